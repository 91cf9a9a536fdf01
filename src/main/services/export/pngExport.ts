import { renderAsync, type RenderedImage, type ResvgRenderOptions } from '@resvg/resvg-js';
import { drawingBands } from '../../../shared/render/drawingBands';
import { CSS_DPI } from '../../../shared/render/exportOptions';
import type { Drawing } from '../../../shared/render/shapes';
import { svgDocument } from '../../../shared/render/svgDocument';
import type { ExportFonts } from './exportFonts';
import { assertPngFits } from './pngSize';
import { PngWriter } from './pngWriter';

/**
 * The most pixels a band holds: 4 MiB of RGBA, where the whole of a big map's image would take
 * 512 MiB. Measured on the 1,000-node map at 0.27× (14,996 × 8,875 pixels): bands of 1 Mi pixels
 * peak at about 250 MB of memory; 2 Mi at about 320 MB; ½ Mi at about 220 MB but a third more
 * CPU, as every long arrow crossing a band is stroked and dashed again in each.
 */
export const BAND_PIXELS = 2 ** 20;
/** Pixels past a band's edges whose shapes are still drawn in it: antialiasing reaches one. */
const OVERLAP_PIXELS = 2;

export interface PngOptions {
  /** Pixels per map unit (1× = 96 DPI). */
  scale: number;
  /** The most pixels drawn at once (tests draw in narrow bands to compare them with one). */
  bandPixels?: number;
}

/**
 * The drawing as a PNG at `scale` pixels per map unit, with the bundled Inter: round(width ×
 * scale) × round(height × scale) pixels, its DPI recorded in the file, transparent wherever the
 * drawing has no background. resvg draws the SVG painter's document (text as Inter's glyph
 * outlines) in horizontal bands, each holding only the shapes that reach into it, while the
 * previous band is written (pngWriter.ts): the whole bitmap is never in memory, and resvg works
 * on libuv's threads. Throws, before drawing anything, past the size limits (pngSize.ts).
 */
export async function drawingToPng(drawing: Drawing, fonts: ExportFonts, options: PngOptions): Promise<Buffer> {
  const { scale, bandPixels = BAND_PIXELS } = options;
  if (!(Number.isFinite(scale) && scale > 0)) throw new Error(`Invalid PNG scale: ${scale}`);
  const { viewBox } = drawing;
  const pixels = assertPngFits(viewBox, scale);
  const rowsPerBand = Math.max(1, Math.floor(bandPixels / pixels.width));
  // Each side is rounded to whole pixels on its own: a row is this many map units high.
  const unitsPerRow = viewBox.height / pixels.height;
  const bandOf = drawingBands(drawing);
  // The text goes as glyph outlines: resvg, given text, reads the whole font file again for
  // every line it sets (180,000 reads of 340 KB for the 1,000-node map) and shapes it anew, three
  // seconds of CPU; outlines it only fills. No font is loaded at all.
  const settings = { arrowheads: 'paths', outline: { glyphs: fonts, measurer: fonts.measurer } } as const;
  const resvgOptions: ResvgRenderOptions = {
    fitTo: { mode: 'original' },
    font: { loadSystemFonts: false },
    logLevel: 'off',
  };
  const draw = (top: number): Promise<RenderedImage> => {
    const rows = Math.min(rowsPerBand, pixels.height - top);
    const frame = {
      viewBox: { ...viewBox, y: viewBox.y + top * unitsPerRow, height: rows * unitsPerRow },
      width: pixels.width,
      height: rows,
    };
    const overlap = OVERLAP_PIXELS * unitsPerRow;
    const part = bandOf(frame.viewBox.y - overlap, frame.viewBox.y + frame.viewBox.height + overlap);
    const image = renderAsync(svgDocument(part, { ...settings, frame }), resvgOptions);
    // Awaited in turn below; until then a failure must not count as unhandled.
    image.catch(() => undefined);
    return image;
  };
  const writer = new PngWriter(pixels.width, pixels.height, CSS_DPI * scale);
  let next = draw(0);
  for (let top = 0; top < pixels.height; top += rowsPerBand) {
    const image = await next;
    if (top + rowsPerBand < pixels.height) next = draw(top + rowsPerBand);
    await writer.addRows(image.pixels);
  }
  return writer.finish();
}
