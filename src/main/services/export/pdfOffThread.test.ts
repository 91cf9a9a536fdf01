import { resolve } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { DEFAULT_EXPORT_OPTIONS } from '../../../shared/render/exportOptions';
import { tinyMap } from '../../../shared/testing/tinyMap';
import { fontsDirIn, loadExportFonts } from './exportFonts';
import type { mapToPdf } from './pdfExport';
import { mapToPdfOffThread, preparePdfWorker, stopPdfWorker } from './pdfOffThread';
import { extractPdfText, pdfFontNames } from './testing/pdfText';

// On this thread mapToPdf is broken: a PDF can only have come from the worker.
vi.mock('./pdfExport', () => ({
  mapToPdf: () => Promise.reject(new Error('made on the calling thread')),
}));

const fonts = loadExportFonts(fontsDirIn(resolve(import.meta.dirname, '../../../../resources')));
const options = { page: 'a4', orientation: 'portrait' } as const;
const { theme, padding, legend, background } = DEFAULT_EXPORT_OPTIONS;
const drawing = { theme, padding, legend, title: false, background };
const TEXTS = ['THESIS', 'We should walk to work.', 'Walking is healthy.', 'LEGEND'];

afterAll(() => stopPdfWorker());

describe('mapToPdfOffThread', () => {
  it('takes mapToPdf’s arguments', () => {
    const swap: typeof mapToPdf = mapToPdfOffThread;
    expect(swap).toBe(mapToPdfOffThread);
  });

  it('makes the PDF on a worker thread, text, fonts and page as mapToPdf makes them', async () => {
    const pdf = await mapToPdfOffThread(tinyMap(), drawing, fonts, {
      ...options,
      titleBlock: { title: 'Off the main thread' },
    });
    const { pages } = await extractPdfText(pdf);
    expect([pages[0].width, pages[0].height]).toEqual([595.28, 841.89]);
    for (const text of ['Off the main thread', ...TEXTS]) expect(pages[0].text).toContain(text);
    expect(pdfFontNames(pdf)).toEqual(['Inter-Bold', 'Inter-Regular', 'Inter-SemiBold']);
  });

  it('runs jobs given at once, each to its own caller', async () => {
    const [first, second] = await Promise.all([
      mapToPdfOffThread({ ...tinyMap(), meta: { title: 'first' } }, drawing, fonts, {
        page: 'fit',
        orientation: 'portrait',
      }),
      mapToPdfOffThread({ ...tinyMap(), meta: { title: 'second' } }, drawing, fonts, options),
    ]);
    expect((await extractPdfText(first)).info).toMatchObject({ Title: 'first' });
    const other = await extractPdfText(second);
    expect(other.info).toMatchObject({ Title: 'second' });
    expect(other.pages[0].width).toBe(595.28);
  });

  it('rejects with the worker’s error, and the worker goes on serving', async () => {
    const missing = {
      ...fonts,
      faces: fonts.faces.map((face) => ({ ...face, path: `/nonexistent/${face.weight}.ttf` })),
    };
    await expect(mapToPdfOffThread(tinyMap(), drawing, missing, options)).rejects.toThrow(/ENOENT/);
    const pdf = await mapToPdfOffThread(tinyMap(), drawing, fonts, options);
    expect((await extractPdfText(pdf)).pages).toHaveLength(1);
  });

  it('starts a worker ahead of an export, and a new one after the last was stopped', async () => {
    await stopPdfWorker();
    preparePdfWorker();
    const pending = mapToPdfOffThread(tinyMap(), drawing, fonts, options);
    // Listen before stopping: the stop rejects the export at once.
    const stopped = expect(pending).rejects.toThrow(/stopped/);
    await stopPdfWorker();
    await stopped;
    const pdf = await mapToPdfOffThread(tinyMap(), drawing, fonts, options);
    expect((await extractPdfText(pdf)).pages[0].text).toContain(TEXTS[1]);
  });
});
