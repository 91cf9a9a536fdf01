import { resolve } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { fontsDirIn, loadExportFonts } from './exportFonts';
import type { svgToPdf } from './pdfExport';
import { preparePdfWorker, stopPdfWorker, svgToPdfOffThread } from './pdfOffThread';
import { HAND_MADE_SIZE, HAND_MADE_TEXTS, handMadeSvg } from './testing/handMadeSvg';
import { extractPdfText, pdfFontNames } from './testing/pdfText';

// On this thread svgToPdf is broken: a PDF can only have come from the worker.
vi.mock('./pdfExport', () => ({
  svgToPdf: () => Promise.reject(new Error('made on the calling thread')),
}));

const fonts = loadExportFonts(fontsDirIn(resolve(import.meta.dirname, '../../../../resources')));
const options = { page: 'a4', orientation: 'portrait' } as const;

afterAll(() => stopPdfWorker());

describe('svgToPdfOffThread', () => {
  it('takes svgToPdf’s arguments', () => {
    const swap: typeof svgToPdf = svgToPdfOffThread;
    expect(swap).toBe(svgToPdfOffThread);
  });

  it('makes the PDF on a worker thread, text, fonts and page as svgToPdf makes them', async () => {
    const pdf = await svgToPdfOffThread(handMadeSvg(), HAND_MADE_SIZE, fonts, {
      ...options,
      titleBlock: { title: 'Off the main thread' },
    });
    const { pages } = await extractPdfText(pdf);
    expect([pages[0].width, pages[0].height]).toEqual([595.28, 841.89]);
    for (const text of ['Off the main thread', ...HAND_MADE_TEXTS]) expect(pages[0].text).toContain(text);
    expect(pdfFontNames(pdf)).toEqual(['Inter-Bold', 'Inter-SemiBold']);
  });

  it('runs jobs given at once, each to its own caller, and passes svg-to-pdfkit’s warnings back', async () => {
    const warnings: string[] = [];
    const odd = handMadeSvg().replace('</svg>', '<polyline points="1 2 3" stroke="#000"/></svg>');
    const [first, second] = await Promise.all([
      svgToPdfOffThread(handMadeSvg({ title: 'first' }), HAND_MADE_SIZE, fonts, {
        page: 'fit',
        orientation: 'portrait',
      }),
      svgToPdfOffThread(odd, HAND_MADE_SIZE, fonts, { ...options, onWarning: (m) => warnings.push(m) }),
    ]);
    expect((await extractPdfText(first)).info).toMatchObject({ Title: 'first' });
    expect((await extractPdfText(second)).pages[0].width).toBe(595.28);
    expect(warnings).toEqual(['SvgElemPolyline: uneven number of coordinates']);
  });

  it('rejects with the worker’s error, and the worker goes on serving', async () => {
    const missing = { faces: [{ ...fonts.faces[0], path: '/nonexistent/Inter.ttf' }] };
    await expect(svgToPdfOffThread(handMadeSvg(), HAND_MADE_SIZE, missing, options)).rejects.toThrow(/ENOENT/);
    const pdf = await svgToPdfOffThread(handMadeSvg(), HAND_MADE_SIZE, fonts, options);
    expect((await extractPdfText(pdf)).pages).toHaveLength(1);
  });

  it('starts a worker ahead of an export, and a new one after the last was stopped', async () => {
    await stopPdfWorker();
    preparePdfWorker();
    const pending = svgToPdfOffThread(handMadeSvg(), HAND_MADE_SIZE, fonts, options);
    // Listen before stopping: the stop rejects the export at once.
    const stopped = expect(pending).rejects.toThrow(/stopped/);
    await stopPdfWorker();
    await stopped;
    const pdf = await svgToPdfOffThread(handMadeSvg(), HAND_MADE_SIZE, fonts, options);
    expect((await extractPdfText(pdf)).pages[0].text).toContain(HAND_MADE_TEXTS[0]);
  });
});
