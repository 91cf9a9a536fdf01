import { interMetrics, type FontMetricsTable, type WeightMetrics } from '../../../shared/render/fontMetrics';
import type { FontWeight } from '../../../shared/render/textMetrics';

/** What pdfkit's embedded font keeps of a fontkit glyph. */
interface Glyph {
  id: number;
  advanceWidth: number;
  codePoints: number[];
}

interface GlyphPosition {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
  advanceWidth: number;
}

/** The part of pdfkit's EmbeddedFont (not exported by pdfkit) whose layout this module replaces. */
interface EmbeddedFont {
  /** 1000 / units per em: pdfkit's positions are in thousandths of the font size. */
  scale: number;
  font: { glyphForCodePoint(codePoint: number): Glyph };
  layout(text: string, features?: unknown, onlyWidth?: boolean): LaidOut;
}

interface LaidOut {
  glyphs: Glyph[];
  positions: GlyphPosition[];
  advanceWidth: number;
}

/**
 * A layout for pdfkit's embedded Inter face from the metrics table the drawing was measured with
 * (shared/render/interMetrics.ts, shaped ahead of time with HarfBuzz): each character's glyph from the
 * font's cmap, its advance and the table's pair kerning. fontkit's shaper, which pdfkit uses
 * otherwise, spends a quarter of a second per face reading the layout tables before its first
 * word and about a millisecond on every new word; this costs microseconds and places every
 * glyph exactly where the drawing's line widths (and so its text-anchor and wrapping) put it.
 * Characters the table lacks take the font's own advance and are not kerned, as in the measurer.
 */
function tableLayout(font: EmbeddedFont, metrics: WeightMetrics, table: FontMetricsTable): EmbeddedFont['layout'] {
  const index = new Map([...table.chars].map((char, i) => [char, i]));
  const rightClasses = Math.max(...metrics.right) + 1;
  const kerning = new Map(metrics.kerning.map(([left, right, value]) => [left * rightClasses + right, value]));
  const known = new Map<string, { glyph: Glyph; advance: number; index: number | undefined }>();
  const unitScale = font.scale;
  return (text) => {
    const glyphs: Glyph[] = [];
    const positions: GlyphPosition[] = [];
    let advanceWidth = 0;
    let previous: number | undefined;
    for (const char of text) {
      let entry = known.get(char);
      if (!entry) {
        const glyph = font.font.glyphForCodePoint(char.codePointAt(0)!);
        const i = index.get(char);
        entry = { glyph, advance: i === undefined ? glyph.advanceWidth : metrics.advances[i], index: i };
        known.set(char, entry);
      }
      const i = entry.index;
      if (previous !== undefined && i !== undefined) {
        const kern = kerning.get(metrics.left[previous] * rightClasses + metrics.right[i]);
        // HarfBuzz puts a pair's kerning on the first glyph's advance.
        if (kern) {
          positions[positions.length - 1].xAdvance += kern * unitScale;
          advanceWidth += kern * unitScale;
        }
      }
      const advance = entry.advance * unitScale;
      glyphs.push(entry.glyph);
      positions.push({
        xAdvance: advance,
        yAdvance: 0,
        xOffset: 0,
        yOffset: 0,
        advanceWidth: entry.glyph.advanceWidth * unitScale,
      });
      advanceWidth += advance;
      previous = i;
    }
    return { glyphs, positions, advanceWidth };
  };
}

/**
 * Gives each bundled face registered with the document (by name) the table layout, for the
 * drawing's text and the title block alike. pdfkit embeds only the faces a page uses.
 */
export function useTableLayout(doc: PDFKit.PDFDocument, faces: readonly { weight: FontWeight; name: string }[]): void {
  const table = interMetrics();
  for (const { weight, name } of faces) {
    doc.font(name);
    const font = (doc as unknown as { _font: EmbeddedFont })._font;
    font.layout = tableLayout(font, table.weights[weight], table);
  }
}
