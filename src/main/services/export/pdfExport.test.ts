import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSampleMap } from '../../../../scripts/sampleFiles';
import { DEFAULT_EXPORT_OPTIONS, type Orientation, type PageSize } from '../../../shared/render/exportOptions';
import type { Drawing } from '../../../shared/render/shapes';
import { fontsDirIn, loadExportFonts } from './exportFonts';
import { exportMap } from './exportMap';
import { drawingToPdf, type PdfOptions } from './pdfExport';
import {
  HAND_MADE_COLOURS as C,
  HAND_MADE_TEXTS,
  handMadeDrawing,
  type HandMadeOptions,
} from './testing/handMadeDrawing';
import { renderPdfPage } from './testing/pdfRaster';
import { extractPdfText, pdfFontNames } from './testing/pdfText';
import { countDarkPixels, decodePng, hasColour } from './testing/pngPixels';

const fonts = loadExportFonts(fontsDirIn(resolve(import.meta.dirname, '../../../../resources')));

const TITLE_BLOCK = { title: 'Қазақстан as a Mediator', author: 'Assyl Okapova', date: '2016-11-02' };

const drawingOf = (options: HandMadeOptions = {}): Drawing => handMadeDrawing(fonts.measurer, options);

async function pdfOf(drawing: Drawing, options: Partial<PdfOptions> = {}) {
  const pdf = await drawingToPdf(drawing, fonts, { page: 'fit', orientation: 'landscape', ...options });
  const { pages, info } = await extractPdfText(pdf);
  return { pdf, pages, info };
}

describe('drawingToPdf', () => {
  it('keeps every text of the drawing as text, a line at a time, Cyrillic included, on one page', async () => {
    const { pages } = await pdfOf(drawingOf());
    expect(pages).toHaveLength(1);
    for (const line of HAND_MADE_TEXTS) expect(pages[0].text.split('\n')).toContain(line);
  });

  it.each<[PageSize, Orientation, number, number]>([
    ['fit', 'portrait', 480, 300],
    ['fit', 'landscape', 480, 300],
    ['a4', 'portrait', 595.28, 841.89],
    ['a4', 'landscape', 841.89, 595.28],
    ['letter', 'portrait', 612, 792],
    ['letter', 'landscape', 792, 612],
    ['slide', 'portrait', 960, 540],
    ['slide', 'landscape', 960, 540],
  ])('makes a %s page in %s %d × %d pt', async (page, orientation, width, height) => {
    const { pages } = await pdfOf(drawingOf(), { page, orientation });
    expect(pages[0].width).toBeCloseTo(width, 2);
    expect(pages[0].height).toBeCloseTo(height, 2);
  });

  it('caps a fit page at 200 in, scaling a huge drawing down, title block and text kept', async () => {
    const huge = drawingOf({ size: { width: 32_000, height: 20_000 } });
    const { pages } = await pdfOf(huge, { titleBlock: TITLE_BLOCK });
    expect(pages[0].width).toBeCloseTo(14_400, 6);
    expect(pages[0].height).toBeLessThanOrEqual(14_400);
    expect(pages[0].height).toBeGreaterThan(9000);
    for (const text of [TITLE_BLOCK.title, HAND_MADE_TEXTS[1]]) expect(pages[0].text).toContain(text);
  });

  it('sets a title block above the drawing only when asked', async () => {
    const without = await pdfOf(drawingOf());
    expect(without.pages[0].text).not.toContain(TITLE_BLOCK.author);
    const withBlock = await pdfOf(drawingOf(), { titleBlock: TITLE_BLOCK });
    const text = withBlock.pages[0].text;
    for (const part of [TITLE_BLOCK.title, TITLE_BLOCK.author, TITLE_BLOCK.date]) expect(text).toContain(part);
    expect(text.indexOf(TITLE_BLOCK.title)).toBeLessThan(text.indexOf(HAND_MADE_TEXTS[0]));
    // A fit page grows by the block's height; the drawing keeps its size.
    expect(withBlock.pages[0].width).toBeCloseTo(480, 2);
    expect(withBlock.pages[0].height).toBeGreaterThan(300 + 18 + 10);
  });

  it('leaves the date line out when there is neither author nor date', async () => {
    const { pages } = await pdfOf(drawingOf(), { titleBlock: { title: 'Only a title' } });
    expect(pages[0].text).toContain('Only a title');
    expect(pages[0].text).not.toContain('·');
  });

  it('records title, author and creator in the document information', async () => {
    const { info } = await pdfOf(drawingOf(), { titleBlock: TITLE_BLOCK });
    expect(info).toMatchObject({ Title: TITLE_BLOCK.title, Author: TITLE_BLOCK.author, Creator: 'Argmap' });
    // Without a title block the drawing's own title names the document.
    expect((await pdfOf(drawingOf({ title: 'Map & title' }))).info).toMatchObject({ Title: 'Map & title' });
  });

  it('embeds Inter, in the face of each weight, and never a standard font', async () => {
    expect(pdfFontNames((await pdfOf(drawingOf())).pdf)).toEqual(['Inter-Bold', 'Inter-SemiBold']);
    const light = await pdfOf(drawingOf({ weights: { tag: 500, body: 400 } }));
    expect(pdfFontNames(light.pdf)).toEqual(['Inter-Medium', 'Inter-Regular']);
    // The title block adds the regular face for its date line.
    expect(pdfFontNames((await pdfOf(drawingOf(), { titleBlock: TITLE_BLOCK })).pdf)).toEqual([
      'Inter-Bold',
      'Inter-Regular',
      'Inter-SemiBold',
    ]);
  });

  it('draws the shapes, dashed edge and arrowhead (looked at through pdf.js)', async (context) => {
    const { pdf } = await pdfOf(drawingOf());
    const image = await renderPdfPage(pdf, 1, 4);
    if (!image) return context.skip('@napi-rs/canvas (pdfjs-dist’s optional canvas) is not installed');
    const png = decodePng(image);
    for (const colour of [C.cardFill, C.cardBorder, C.support, C.tag])
      expect(hasColour(png, colour, 8, 50), colour).toBe(true);
    expect(countDarkPixels(png)).toBeGreaterThan(1500);
    // 4 px per point, 0.75 pt per map unit: 3 px per unit, the viewBox starting at -32.
    const at = (x: number, y: number) => png.pixel(Math.round((x + 32) * 3), Math.round((y + 32) * 3));
    const isGreen = ([r, g, b]: number[]) => g > 100 && r < 60 && b < 90;
    expect(isGreen(at(300, 106)), 'end arrow turned along the edge').toBe(true);
    expect(isGreen(at(294, 96)), 'no unturned end arrow').toBe(false);
  });

  it('shrinks a large drawing into an A4 page’s margins', async (context) => {
    const { pdf } = await pdfOf(drawingOf({ size: { width: 3200, height: 2000 } }), {
      page: 'a4',
      orientation: 'portrait',
    });
    const image = await renderPdfPage(pdf, 1, 1);
    if (!image) return context.skip('@napi-rs/canvas (pdfjs-dist’s optional canvas) is not installed');
    const png = decodePng(image);
    // 3200 × 2000 px is 2400 × 1500 pt: scaled by 523.28 / 2400 it must fit inside 36 pt margins.
    expect(hasColour(png, C.cardFill, 8, 20)).toBe(true);
    for (let y = 0; y < png.height; y++) {
      for (const x of [10, png.width - 10]) expect(png.pixel(x, y).slice(0, 3)).toEqual([255, 255, 255]);
    }
  });
});

describe('the sample map as PDF (exportMap → mapToPdf)', () => {
  const map = loadSampleMap();
  const nodeTexts = Object.values(map.nodes).map((node) => node.text);

  it('writes a searchable A4 PDF with the title block and every node’s words', async () => {
    const options = { ...DEFAULT_EXPORT_OPTIONS, format: 'pdf' as const, page: 'a4' as const };
    const { data } = await exportMap(map, options, fonts);
    const { pages, info } = await extractPdfText(data);
    expect(pages).toHaveLength(1);
    expect([pages[0].width, pages[0].height]).toEqual([841.89, 595.28]);
    expect(pages[0].text).toContain(map.meta.title);
    // Card text is wrapped into lines: compare the words, in order, without the line breaks.
    const words = pages[0].text.replace(/\s+/g, ' ');
    for (const text of nodeTexts)
      expect(words).toContain(text.replace(/\s+/g, ' ').trim().split(' ').slice(0, 3).join(' '));
    expect(info).toMatchObject({ Title: map.meta.title, Creator: 'Argmap' });
    expect(pdfFontNames(data).every((name) => name.startsWith('Inter-'))).toBe(true);
  });
});
