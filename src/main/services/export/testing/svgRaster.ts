import { Resvg } from '@resvg/resvg-js';
import type { ExportFonts } from '../exportFonts';

/**
 * An SVG drawn by resvg with the bundled Inter at `zoom` pixels per user unit, on white unless
 * told otherwise (test helper: the reference a painter's raster is compared with).
 */
export function rasterSvg(
  svg: string,
  fonts: Pick<ExportFonts, 'faces'>,
  zoom: number,
  background = '#ffffff',
): Buffer {
  return new Resvg(svg, {
    fitTo: { mode: 'zoom', value: zoom },
    background,
    font: { fontFiles: fonts.faces.map((face) => face.path), loadSystemFonts: false, defaultFontFamily: 'Inter' },
    logLevel: 'off',
  })
    .render()
    .asPng();
}
