import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSampleMap } from '../../../../scripts/sampleFiles';
import { DEFAULT_EXPORT_OPTIONS, type Orientation, type PageSize } from '../../../shared/render/exportOptions';
import { fontsDirIn, loadExportFonts } from './exportFonts';
import { exportMap } from './exportMap';
import { planDirectDrawing } from './pdfDirect';
import { svgToPdf, type PdfOptions } from './pdfExport';
import { svgSize, withReversedMarkers } from './pngPdfSvg';
import { HAND_MADE_COLOURS as C, HAND_MADE_SIZE, HAND_MADE_TEXTS, handMadeSvg } from './testing/handMadeSvg';
import { PARITY_SIZE, paritySvg } from './testing/pdfParitySvg';
import { renderPdfPage } from './testing/pdfRaster';
import { extractPdfText, pdfFontNames } from './testing/pdfText';
import { countDarkPixels, decodePng, hasColour } from './testing/pngPixels';

const fonts = loadExportFonts(fontsDirIn(resolve(import.meta.dirname, '../../../../resources')));

const TITLE_BLOCK = { title: 'Қазақстан as a Mediator', author: 'Assyl Okapova', date: '2016-11-02' };

async function pdfOf(svg: string, options: Partial<PdfOptions> = {}) {
  const warnings: string[] = [];
  const pdf = await svgToPdf(svg, HAND_MADE_SIZE, fonts, {
    page: 'fit',
    orientation: 'landscape',
    onWarning: (message) => warnings.push(message),
    ...options,
  });
  const { pages, info } = await extractPdfText(pdf);
  return { pdf, pages, info, warnings };
}

/** The SVG's text with the font weight set as given. */
const withWeights = (weights: { tag: string; body: string }): string =>
  handMadeSvg().replace('font-weight="700"', weights.tag).replace('font-weight="600"', weights.body);

describe('svgToPdf', () => {
  it('keeps every text of the drawing as text, Cyrillic included, on one page', async () => {
    const { pages, warnings } = await pdfOf(handMadeSvg());
    expect(pages).toHaveLength(1);
    for (const line of HAND_MADE_TEXTS) expect(pages[0].text).toContain(line);
    expect(warnings).toEqual([]);
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
    const { pages } = await pdfOf(handMadeSvg(), { page, orientation });
    expect(pages[0].width).toBeCloseTo(width, 2);
    expect(pages[0].height).toBeCloseTo(height, 2);
  });

  it('caps a fit page at 200 in, scaling a huge drawing down, title block and text kept', async () => {
    const huge = handMadeSvg().replace('width="640" height="400"', 'width="32000" height="20000"');
    const pdf = await svgToPdf(huge, { width: 32_000, height: 20_000 }, fonts, {
      page: 'fit',
      orientation: 'landscape',
      titleBlock: TITLE_BLOCK,
    });
    const { pages } = await extractPdfText(pdf);
    expect(pages[0].width).toBeCloseTo(14_400, 6);
    expect(pages[0].height).toBeLessThanOrEqual(14_400);
    expect(pages[0].height).toBeGreaterThan(9000);
    for (const text of [TITLE_BLOCK.title, HAND_MADE_TEXTS[1]]) expect(pages[0].text).toContain(text);
  });

  it('sets a title block above the drawing only when asked', async () => {
    const without = await pdfOf(handMadeSvg());
    expect(without.pages[0].text).not.toContain(TITLE_BLOCK.author);
    const withBlock = await pdfOf(handMadeSvg(), { titleBlock: TITLE_BLOCK });
    const text = withBlock.pages[0].text;
    for (const part of [TITLE_BLOCK.title, TITLE_BLOCK.author, TITLE_BLOCK.date]) expect(text).toContain(part);
    expect(text.indexOf(TITLE_BLOCK.title)).toBeLessThan(text.indexOf(HAND_MADE_TEXTS[0]));
    // A fit page grows by the block's height; the drawing keeps its size.
    expect(withBlock.pages[0].width).toBeCloseTo(480, 2);
    expect(withBlock.pages[0].height).toBeGreaterThan(300 + 18 + 10);
  });

  it('leaves the date line out when there is neither author nor date', async () => {
    const { pages } = await pdfOf(handMadeSvg(), { titleBlock: { title: 'Only a title' } });
    expect(pages[0].text).toContain('Only a title');
    expect(pages[0].text).not.toContain('·');
  });

  it('records title, author and creator in the document information', async () => {
    const { info } = await pdfOf(handMadeSvg(), { titleBlock: TITLE_BLOCK });
    expect(info).toMatchObject({ Title: TITLE_BLOCK.title, Author: TITLE_BLOCK.author, Creator: 'Argmap' });
    // Without a title block the SVG's own <title> names the document.
    expect((await pdfOf(handMadeSvg({ title: 'Map & title' }))).info).toMatchObject({ Title: 'Map & title' });
  });

  it('embeds Inter, in the face of each weight, and never a standard font', async () => {
    expect(pdfFontNames((await pdfOf(handMadeSvg())).pdf)).toEqual(['Inter-Bold', 'Inter-SemiBold']);
    const light = await pdfOf(withWeights({ tag: 'font-weight="500"', body: 'font-weight="400"' }));
    expect(pdfFontNames(light.pdf)).toEqual(['Inter-Medium', 'Inter-Regular']);
    // The title block adds the regular face for its date line.
    expect(pdfFontNames((await pdfOf(handMadeSvg(), { titleBlock: TITLE_BLOCK })).pdf)).toEqual([
      'Inter-Bold',
      'Inter-Regular',
      'Inter-SemiBold',
    ]);
  });

  it('finds weights set on a group, in a style attribute, as keywords, or on no family it knows', async () => {
    const svg = withWeights({ tag: 'style="font-weight: 500"', body: '' })
      .replace('<g><rect', '<g font-weight="bold"><rect')
      .replace('font-family="Inter"', 'font-family="Helvetica, sans-serif"');
    expect(pdfFontNames((await pdfOf(svg)).pdf)).toEqual(['Inter-Bold', 'Inter-Medium']);
  });

  it('tolerates an @font-face style sheet in the SVG', async () => {
    const css = await fonts.fontFaceCss(new Map([[600, 'First line']]));
    const { pages, warnings, pdf } = await pdfOf(handMadeSvg({ fontFace: css }));
    expect(pages[0].text).toContain(HAND_MADE_TEXTS[1]);
    expect(warnings).toEqual([]);
    expect(pdfFontNames(pdf)).toEqual(['Inter-Bold', 'Inter-SemiBold']);
  });

  it('draws the shapes, dashed edge and arrowheads (looked at through pdf.js)', async (context) => {
    const { pdf } = await pdfOf(handMadeSvg({ markerStart: true }));
    const image = await renderPdfPage(pdf, 1, 4);
    if (!image) return context.skip('@napi-rs/canvas (pdfjs-dist’s optional canvas) is not installed');
    const png = decodePng(image);
    for (const colour of [C.cardFill, C.cardBorder, C.support, C.tag])
      expect(hasColour(png, colour, 8, 50), colour).toBe(true);
    expect(countDarkPixels(png)).toBeGreaterThan(1500);
    // 4 px per point, 0.75 pt per CSS px: 3 px per drawing unit, the viewBox starting at -32.
    const at = (x: number, y: number) => png.pixel(Math.round((x + 32) * 3), Math.round((y + 32) * 3));
    const isGreen = ([r, g, b]: number[]) => g > 100 && r < 60 && b < 90;
    expect(isGreen(at(304, 106)), 'end arrow turned along the edge').toBe(true);
    expect(isGreen(at(294, 96)), 'no unturned end arrow').toBe(false);
    expect(isGreen(at(124, 194)), 'start arrow reversed').toBe(true);
    expect(isGreen(at(124, 206)), 'start arrow not pointing along the edge').toBe(false);
  });

  it('shrinks a large drawing into an A4 page’s margins', async (context) => {
    const big = handMadeSvg().replace('width="640" height="400"', 'width="3200" height="2000"');
    const pdf = await svgToPdf(big, { width: 3200, height: 2000 }, fonts, { page: 'a4', orientation: 'portrait' });
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

describe('drawing runs directly (pdfDirect.ts) instead of through svg-to-pdfkit', () => {
  const printSample = readFileSync(resolve(import.meta.dirname, 'golden/sample-print.svg'), 'utf8');
  it.for<[string, string, { width: number; height: number }]>([
    ['the parity drawing', paritySvg(), PARITY_SIZE],
    ['the hand-made card', handMadeSvg({ markerStart: true }), HAND_MADE_SIZE],
    // Dashed rounded cards: the dashes fall where svg-to-pdfkit's corner curves put them.
    ['the sample in the print theme', printSample, svgSize(printSample)],
  ])('draws %s as svg-to-pdfkit draws it', { timeout: 30_000 }, async ([, svg, size], context) => {
    // Four PDFs and two rasters of the whole sample: seconds on a busy machine, so a longer timeout.
    // The plan takes over all of it but what it must not (the reversed marker's rotated group).
    const plan = planDirectDrawing(withReversedMarkers(svg));
    expect(plan.runs.length).toBeGreaterThan(0);
    expect(plan.svg.replace(/<defs>[\s\S]*<\/defs>/, '')).not.toMatch(/<(?:text|rect|polygon|polyline|line)\b/);
    const options = { page: 'fit' as const, orientation: 'landscape' as const };
    const warnings: string[] = [];
    const direct = await svgToPdf(svg, size, fonts, { ...options, onWarning: (m) => warnings.push(m) });
    const through = await svgToPdf(svg, size, fonts, { ...options, drawDirectly: false });
    expect(warnings).toEqual([]);
    const scale = size.width > 1000 ? 1.5 : 3;
    const [a, b] = await Promise.all([renderPdfPage(direct, 1, scale), renderPdfPage(through, 1, scale)]);
    if (!a || !b) return context.skip('@napi-rs/canvas (pdfjs-dist’s optional canvas) is not installed');
    const [pa, pb] = [decodePng(a), decodePng(b)];
    expect([pa.width, pa.height]).toEqual([pb.width, pb.height]);
    let differ = 0;
    for (let i = 0; i < pa.data.length; i += 4) {
      const d = Math.max(...[0, 1, 2].map((c) => Math.abs(pa.data[i + c] - pb.data[i + c])));
      if (d > 64) differ++;
    }
    // The same pixels: a glyph, an arrowhead or a dash out of place shows as dozens.
    expect(differ).toBeLessThanOrEqual(4);
    // Text stays text, a line at a time.
    const { pages } = await extractPdfText(direct);
    const line = svg === paritySvg() ? 'Centred · Қазақ & more' : svg === printSample ? 'THESIS' : 'First line of text';
    expect(pages[0].text.split('\n')).toContain(line);
  });
});

describe('the sample map as PDF and PNG (exportMap → renderMapSvg → svgToPdf / svgToPng)', () => {
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

  it('writes a PNG at the scale asked', async () => {
    const options = { ...DEFAULT_EXPORT_OPTIONS, format: 'png' as const, scale: 1 };
    const { data } = await exportMap(map, options, fonts);
    const png = decodePng(data);
    expect(png.width).toBeGreaterThan(1000);
    expect(countDarkPixels(png)).toBeGreaterThan(20_000);
  });
});
