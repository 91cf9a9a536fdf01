import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSampleMap } from '../../../../scripts/sampleFiles';
import { drawMap } from '../../../shared/render/drawMap';
import { DEFAULT_EXPORT_OPTIONS, type ExportTheme } from '../../../shared/render/exportOptions';
import { PT_PER_PX } from '../../../shared/render/pageLayout';
import type { Drawing } from '../../../shared/render/shapes';
import { svgDocument } from '../../../shared/render/svgDocument';
import { fontsDirIn, loadExportFonts } from './exportFonts';
import { drawingToPdf } from './pdfExport';
import { handMadeDrawing } from './testing/handMadeDrawing';
import { renderPdfPage } from './testing/pdfRaster';
import { extractPdfText } from './testing/pdfText';
import { decodePng } from './testing/pngPixels';
import { compareRasters } from './testing/rasterCompare';
import { rasterSvg } from './testing/svgRaster';

const fonts = loadExportFonts(fontsDirIn(resolve(import.meta.dirname, '../../../../resources')));
const sampleIn = (theme: ExportTheme): Drawing =>
  drawMap(loadSampleMap(), { ...DEFAULT_EXPORT_OPTIONS, theme }, fonts.measurer);

describe('the PDF painter (pdfPainter.ts) paints what the SVG painter draws', () => {
  it.for<[string, () => Drawing, number]>([
    ['the hand-made card', () => handMadeDrawing(fonts.measurer), 3],
    // Dashed rounded cards, junctions, undercuts and the legend's arrowheads, in two themes.
    ['the sample in the light theme', () => sampleIn('light'), 1.5],
    ['the sample in the print theme', () => sampleIn('print'), 1.5],
  ])('%s: rasterised, the PDF matches the SVG', { timeout: 60_000 }, async ([, draw, zoom], context) => {
    const drawing = draw();
    const pdf = await drawingToPdf(drawing, fonts, { page: 'fit', orientation: 'landscape' });
    // pdf.js at `zoom / PT_PER_PX` pixels a point is `zoom` pixels a map unit, as resvg draws the SVG.
    const fromPdf = await renderPdfPage(pdf, 1, zoom / PT_PER_PX);
    if (!fromPdf) return context.skip('@napi-rs/canvas (pdfjs-dist’s optional canvas) is not installed');
    const [a, b] = [decodePng(fromPdf), decodePng(rasterSvg(svgDocument(drawing), fonts, zoom))];
    expect([a.width, a.height]).toEqual([b.width, b.height]);
    // Measured: 0.05% differing, 0.002% apart, 27 in the worst block. The sample painted without
    // its arrowheads is 0.03% apart with 170 in a block; without its dashes 0.1% and 68; its text
    // half a map unit to the right 0.85% and 141.
    const difference = compareRasters(a, b);
    expect(difference.differing).toBeLessThan(0.015);
    expect(difference.blurredApart).toBeLessThan(0.0002);
    expect(difference.worstBlock).toBeLessThan(48);
  });

  it('sets each line of text as one run a reader selects and searches whole', async () => {
    const drawing = sampleIn('light');
    const { pages } = await extractPdfText(
      await drawingToPdf(drawing, fonts, { page: 'fit', orientation: 'landscape' }),
    );
    const runs = new Set(pages[0].text.split('\n'));
    for (const shape of drawing.shapes.flatMap(function texts(s): string[] {
      return s.type === 'group' ? s.children.flatMap(texts) : s.type === 'text' ? s.lines.map((l) => l.text) : [];
    }))
      expect(runs.has(shape), shape).toBe(true);
  });
});
