import { Resvg, renderAsync, type ResvgRenderOptions } from '@resvg/resvg-js';
import { CSS_DPI } from '../../../shared/render/exportOptions';
import type { ExportFonts } from './exportFonts';
import { withPngDpi } from './pngDpi';
import { removeAttribute, setAttribute, svgSize, viewBoxOf, withReversedMarkers, withRootTag } from './pngPdfSvg';
import { assertPngFits, type PixelSize } from './pngSize';

/**
 * The same drawing with the root sized in whole pixels: resvg rounds a fractional size up, and
 * the PNG must be exactly the size the export dialog announced. The viewBox keeps the drawing's
 * coordinates; stretching it to the rounded size moves nothing by more than half a pixel.
 */
const sizedTo = (svg: string, size: PixelSize, pixels: PixelSize): string =>
  withRootTag(svg, (root) => {
    let tag = removeAttribute(root, 'preserveAspectRatio');
    if (!viewBoxOf(tag)) tag = setAttribute(tag, 'viewBox', `0 0 ${size.width} ${size.height}`);
    tag = setAttribute(setAttribute(tag, 'width', String(pixels.width)), 'height', String(pixels.height));
    return setAttribute(tag, 'preserveAspectRatio', 'none');
  });

/** What resvg is given: the SVG prepared and sized, and the options that use the bundled font. */
function resvgInput(svg: string, fonts: ExportFonts, scale: number): { svg: string; options: ResvgRenderOptions } {
  if (!(Number.isFinite(scale) && scale > 0)) throw new Error(`Invalid PNG scale: ${scale}`);
  const size = svgSize(svg);
  const pixels = assertPngFits(size, scale);
  return {
    svg: sizedTo(withReversedMarkers(svg), size, pixels),
    options: {
      fitTo: { mode: 'original' },
      font: { fontFiles: fonts.faces.map((face) => face.path), loadSystemFonts: false, defaultFontFamily: 'Inter' },
      logLevel: 'off',
    },
  };
}

/**
 * The SVG drawn to a PNG at `scale` pixels per CSS pixel (1× = 96 DPI) with the bundled Inter:
 * round(width × scale) × round(height × scale) pixels, its DPI recorded in the file, transparent
 * wherever the SVG draws nothing (a solid background is the SVG's own rect). Throws, before
 * drawing anything, when the image would pass the size limits (pngSize.ts).
 */
export function svgToPng(svg: string, fonts: ExportFonts, options: { scale: number }): Buffer {
  const input = resvgInput(svg, fonts, options.scale);
  return withPngDpi(new Resvg(input.svg, input.options).render().asPng(), CSS_DPI * options.scale);
}

/**
 * svgToPng drawn on resvg's worker thread: the same bytes, without holding up the calling thread
 * (a big map at 4× takes seconds, which would stall Electron's main process).
 */
export async function svgToPngAsync(svg: string, fonts: ExportFonts, options: { scale: number }): Promise<Buffer> {
  const input = resvgInput(svg, fonts, options.scale);
  const image = await renderAsync(input.svg, input.options);
  return withPngDpi(image.asPng(), CSS_DPI * options.scale);
}
