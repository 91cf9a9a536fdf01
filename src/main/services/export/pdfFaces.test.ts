import { resolve } from 'node:path';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { loadSampleMap } from '../../../../scripts/sampleFiles';
import { drawMap } from '../../../shared/render/drawMap';
import { DEFAULT_EXPORT_OPTIONS } from '../../../shared/render/exportOptions';
import { textShapes } from '../../../shared/render/shapes';
import { FONT_WEIGHTS } from '../../../shared/render/textMetrics';
import { fontsDirIn, loadExportFonts } from './exportFonts';
import { pdfFontName, registerPdfFonts } from './pdfFaces';

const fonts = loadExportFonts(fontsDirIn(resolve(import.meta.dirname, '../../../../resources')));

describe('the faces the PDF embeds (pdfFaces.ts, pdfKernFace.ts)', () => {
  const doc = new PDFDocument({ autoFirstPage: false });
  registerPdfFonts(doc, fonts);

  it.each(FONT_WEIGHTS)('sets text as wide as the drawing measured it, kerning included (weight %d)', (weight) => {
    doc.font(pdfFontName(weight)).fontSize(14);
    for (const text of ['AVATAR Ta Wo Yo.', 'Қазақстан — бітімгер ел', 'T, V; “quoted” 1,234.5'])
      expect(doc.widthOfString(text)).toBeCloseTo(fonts.measurer.width(text, 14, weight), 9);
    // Kerning is there to be matched: "AV" is narrower than "A" plus "V".
    expect(doc.widthOfString('AV')).toBeLessThan(doc.widthOfString('A') + doc.widthOfString('V'));
  });

  it('takes the font’s own glyph and advance for a character the table lacks', () => {
    doc.font(pdfFontName(400)).fontSize(10);
    const width = doc.widthOfString('ẞ');
    expect(width).toBeGreaterThan(3);
    expect(width).toBeCloseTo(fonts.measurer.width('ẞ', 10, 400), 9);
    // Nor is it kerned against its neighbours, as in the measurer.
    expect(doc.widthOfString('AẞV')).toBeCloseTo(fonts.measurer.width('AẞV', 10, 400), 9);
  });

  it('sets every line of the sample as wide as the drawing measured it', () => {
    const drawing = drawMap(loadSampleMap(), DEFAULT_EXPORT_OPTIONS, fonts.measurer);
    const lines = textShapes(drawing.shapes).flatMap((shape) =>
      shape.lines.map((line) => ({
        ...line,
        size: shape.size,
        weight: shape.weight,
        spacing: shape.letterSpacing ?? 0,
      })),
    );
    expect(lines.length).toBeGreaterThan(200);
    for (const line of lines) {
      doc.font(pdfFontName(line.weight)).fontSize(line.size);
      const spacing = line.spacing * [...line.text].length;
      expect(doc.widthOfString(line.text) + spacing, line.text).toBeCloseTo(line.width, 9);
    }
  });
});
