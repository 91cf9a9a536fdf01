import type { ArgumentMap } from '../../../shared/model/argumentMap';
import type { ExportOptions } from '../../../shared/render/exportOptions';
import { drawMap } from '../../../shared/render/drawMap';
import { textShapes } from '../../../shared/render/shapes';
import { svgDocument } from '../../../shared/render/svgDocument';
import type { FontWeight } from '../../../shared/render/textMetrics';
import type { ExportFonts } from './exportFonts';

/** An SVG document and its size in CSS pixels (map units). */
export interface RenderedSvg {
  svg: string;
  size: { width: number; height: number };
}

/**
 * The map drawn as a self-contained SVG: the text set in the bundled Inter, either as text with
 * a subset of the font embedded (searchable, editable in Inkscape or Illustrator) or as outlines.
 * PNG and PDF skip the embedding (`embedFont: false`): they read the font files themselves.
 */
export async function renderMapSvg(
  map: ArgumentMap,
  options: Pick<ExportOptions, 'theme' | 'padding' | 'legend' | 'title' | 'background' | 'textAs'>,
  fonts: ExportFonts,
  { embedFont = true }: { embedFont?: boolean } = {},
): Promise<RenderedSvg> {
  const drawing = drawMap(map, options, fonts.measurer);
  const size = { width: drawing.viewBox.width, height: drawing.viewBox.height };
  if (options.textAs === 'outlines') {
    return { svg: svgDocument(drawing, { outline: { glyphs: fonts, measurer: fonts.measurer } }), size };
  }
  if (!embedFont) return { svg: svgDocument(drawing), size };
  const characters = new Map<FontWeight, Set<string>>();
  for (const shape of textShapes(drawing.shapes)) {
    const seen = characters.get(shape.weight) ?? new Set<string>();
    characters.set(shape.weight, seen);
    for (const line of shape.lines) for (const char of line.text) seen.add(char);
  }
  const usage = new Map([...characters].map(([weight, chars]) => [weight, [...chars].join('')]));
  return { svg: svgDocument(drawing, { fontCss: await fonts.fontFaceCss(usage) }), size };
}
