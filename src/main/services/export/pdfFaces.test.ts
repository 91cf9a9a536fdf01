import { resolve } from 'node:path';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { loadSampleMap } from '../../../../scripts/sampleFiles';
import { drawMap } from '../../../shared/render/drawMap';
import { DEFAULT_EXPORT_OPTIONS } from '../../../shared/render/exportOptions';
import { textShapes } from '../../../shared/render/shapes';
import { FONT_WEIGHTS } from '../../../shared/render/textMetrics';
import { fontsDirIn, loadExportFonts } from './exportFonts';
import * as fontkit from 'fontkit';
import { interMetrics } from '../../../shared/render/fontMetrics';
import { pdfFontName, registerPdfFonts } from './pdfFaces';
import { kernFace } from './pdfKernFace';
import { readTables } from './sfntTables';

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

  it('is a well-formed font: layout tables swapped for a kern table, checksums as the format asks', () => {
    const face = kernFace(fonts.faces[0].bytes, interMetrics().weights[400], interMetrics());
    const tags = readTables(face).map((entry) => entry.tag);
    expect(tags).toContain('kern');
    for (const gone of ['GSUB', 'GPOS', 'GDEF']) expect(tags).not.toContain(gone);
    expect([...tags].sort()).toEqual(tags);
    // Whole-file sum, with head's checkSumAdjustment in it, is the constant the format names.
    let sum = 0;
    for (let at = 0; at < face.length; at += 4) sum = (sum + face.readUInt32BE(at)) >>> 0;
    expect(sum).toBe(0xb1b0afba);
    const font = fontkit.create(face) as fontkit.Font;
    expect(font.postscriptName).toBe('Inter-Regular');
    expect(font.numGlyphs).toBe((fontkit.create(fonts.faces[0].bytes) as fontkit.Font).numGlyphs);
  });
});
