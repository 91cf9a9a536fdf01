import type { ArgumentMap } from '../../../shared/model/argumentMap';
import type { ExportOptions } from '../../../shared/render/exportOptions';
import { drawMap } from '../../../shared/render/drawMap';
import { textShapes, type Drawing } from '../../../shared/render/shapes';
import { svgDocument, writeSvgDocument, type SvgSettings } from '../../../shared/render/svgDocument';
import type { FontWeight } from '../../../shared/render/textMetrics';
import type { ExportFonts, FontUsage } from './exportFonts';

/** An SVG document and its size in CSS pixels (map units). */
export interface RenderedSvg {
  svg: string;
  size: { width: number; height: number };
}

type SvgOptions = Pick<ExportOptions, 'theme' | 'padding' | 'legend' | 'title' | 'background' | 'textAs'>;

/**
 * The map drawn as a self-contained SVG: the text set in the bundled Inter, either as text with
 * a subset of the font embedded (searchable, editable in Inkscape or Illustrator) or as outlines.
 * PNG and PDF skip the embedding (`embedFont: false`): they read the font files themselves.
 */
export async function renderMapSvg(
  map: ArgumentMap,
  options: SvgOptions,
  fonts: ExportFonts,
  { embedFont = true }: { embedFont?: boolean } = {},
): Promise<RenderedSvg> {
  const { drawing, settings, size } = await drawForSvg(map, options, fonts, embedFont);
  return { svg: svgDocument(drawing, settings), size };
}

/**
 * renderMapSvg's document (font embedded) as UTF-8 bytes, for a file: encoded a chunk at a time
 * as it is written, so the lines of a large map never all wait in memory for one string.
 */
export async function renderMapSvgFile(
  map: ArgumentMap,
  options: SvgOptions,
  fonts: ExportFonts,
): Promise<{ data: Buffer; size: RenderedSvg['size'] }> {
  const { drawing, settings, size } = await drawForSvg(map, options, fonts, true);
  const chunks: Buffer[] = [];
  let pending: string[] = [];
  let length = 0;
  writeSvgDocument(drawing, settings, (part) => {
    pending.push(part);
    length += part.length;
    if (length >= CHUNK_LENGTH) {
      chunks.push(Buffer.from(pending.join(''), 'utf8'));
      pending = [];
      length = 0;
    }
  });
  chunks.push(Buffer.from(pending.join(''), 'utf8'));
  return { data: Buffer.concat(chunks), size };
}

/** Characters per encoded chunk: enough to make few buffers, few enough to stay in the young generation. */
const CHUNK_LENGTH = 32 * 1024;

async function drawForSvg(
  map: ArgumentMap,
  options: SvgOptions,
  fonts: ExportFonts,
  embedFont: boolean,
): Promise<{ drawing: Drawing; settings: SvgSettings; size: RenderedSvg['size'] }> {
  const drawing = drawMap(map, options, fonts.measurer);
  const size = { width: drawing.viewBox.width, height: drawing.viewBox.height };
  if (options.textAs === 'outlines') {
    return { drawing, settings: { outline: { glyphs: fonts, measurer: fonts.measurer } }, size };
  }
  if (!embedFont) return { drawing, settings: {}, size };
  return { drawing, settings: { fontCss: await fonts.fontFaceCss(charactersByWeight(drawing)) }, size };
}

/**
 * The characters drawn in each weight, weights in the order they first appear (the order of the
 * `@font-face` rules): what the embedded font subsets must cover. Marked in a table per weight,
 * not gathered one string at a time: a large map draws a hundred thousand characters.
 */
export function charactersByWeight(drawing: Pick<Drawing, 'shapes'>): FontUsage {
  // Per weight: a mark per UTF-16 unit seen, and the code points in the order first seen.
  const seen = new Map<FontWeight, { units: Uint8Array; astral: Set<number>; codes: number[] }>();
  const shapes = textShapes(drawing.shapes);
  for (let i = 0; i < shapes.length; i++) {
    const shape = shapes[i];
    let used = seen.get(shape.weight);
    if (!used) seen.set(shape.weight, (used = { units: new Uint8Array(0x10000), astral: new Set(), codes: [] }));
    for (let j = 0; j < shape.lines.length; j++) {
      const { text } = shape.lines[j];
      for (let at = 0; at < text.length; at++) {
        const code = text.codePointAt(at)!;
        if (code > 0xffff) {
          at++;
          if (used.astral.has(code)) continue;
          used.astral.add(code);
        } else {
          if (used.units[code]) continue;
          used.units[code] = 1;
        }
        used.codes.push(code);
      }
    }
  }
  const usage = new Map<FontWeight, string>();
  for (const [weight, { codes }] of seen) usage.set(weight, String.fromCodePoint(...codes));
  return usage;
}
