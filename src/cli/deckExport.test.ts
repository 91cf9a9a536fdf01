import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from './main';
import { extractPdfText, openPdf } from '../main/services/export/testing/pdfText';
import { readPptx, slideText } from '../main/services/export/testing/pptxParts';
import { convertToPdf, sofficePath } from '../main/services/export/testing/soffice';
import { serializeArgmap } from '../shared/formats/argmapFormat';
import { generateStoryline } from '../shared/storyline/generateStoryline';
import { SAMPLE_PATH, loadSampleMap } from '../../scripts/sampleFiles';
import { writeFile } from 'node:fs/promises';

// `argmap export --format pdf-deck|pptx|html` from the sample: pages or slides counted, text read
// back. The sample has no storyline: each deck plays the one generated from its thesis (and says so).

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'argmap-deck-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const sample = loadSampleMap();
const steps = generateStoryline(sample);
const GENERATED = `argmap: note: The map had no storyline, so Argmap generated one (${steps.length} steps) from its thesis.`;
const thesis = sample.nodes['n-profile' as keyof typeof sample.nodes];
/** A 16:9 page per step, but two for the mediator claim: its four premises do not fit one page at 14 pt. */
const STEP_PAGES = steps.length + 1;
const squash = (text: string): string => text.replace(/\s+/g, '');

async function exportDeck(format: string, name: string, ...more: string[]): Promise<Buffer> {
  const out = join(dir, name);
  const outcome = await runCli(['export', SAMPLE_PATH, '--format', format, '--out', out, ...more]);
  expect(outcome.exitCode).toBe(0);
  expect(outcome.stderr).toEqual([GENERATED]);
  return readFile(out);
}

/** The smallest text size on each page of a PDF, in points. */
async function smallestText(pdf: Uint8Array): Promise<number[]> {
  const document = await openPdf(pdf);
  try {
    const sizes: number[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const content = await (await document.getPage(number)).getTextContent();
      const heights = content.items.flatMap((item) =>
        'str' in item && item.str.trim() ? [Math.hypot(item.transform[2], item.transform[3])] : [],
      );
      sizes.push(Math.min(...heights));
    }
    return sizes;
  } finally {
    await document.destroy();
  }
}

// Drawing a deck of the sample takes seconds on a busy machine, LibreOffice longer.
const SLOW = { timeout: 180_000 };

describe('argmap export: decks of the storyline', SLOW, () => {
  it('pdf-deck: a title page and one 16:9 page per step, text selectable and at least 14 pt', async () => {
    const pdf = await exportDeck('pdf-deck', 'talk.pdf');
    const { pages, info } = await extractPdfText(pdf);
    expect(pages).toHaveLength(1 + STEP_PAGES);
    expect(pages.filter((page) => page.text.includes('Step 4 of 13'))).toHaveLength(2);
    expect(info.Title).toBe(sample.meta.title);
    for (const page of pages) expect([page.width, page.height]).toEqual([960, 540]);
    expect(squash(pages[0].text)).toContain(squash(sample.meta.title));
    expect(pages[0].text).toContain('2016-11-02');
    expect(pages[1].text).toContain('Step 1 of 13');
    expect(squash(pages[1].text)).toContain(squash(thesis.text));
    expect(pages.at(-1)!.text).toContain(`Step ${steps.length} of ${steps.length}`);
    // Every node of the map is on some page.
    const all = squash(pages.map((page) => page.text).join(''));
    for (const node of Object.values(sample.nodes)) expect(all).toContain(squash(node.text));
    for (const size of await smallestText(pdf)) expect(size).toBeGreaterThanOrEqual(14 - 0.01);
  });

  it('pdf-deck on A4 with notes pages: a notes page after each step, with the step’s notes', async () => {
    const path = join(dir, 'noted.argmap');
    const storyline = steps.map((step, i) => (i === 0 ? { ...step, notes: 'Open with the profile.' } : step));
    await writeFile(path, serializeArgmap({ ...sample, storyline }));
    const out = join(dir, 'noted.pdf');
    const outcome = await runCli(['export', path, '--format', 'pdf-deck', '--page', 'a4', '--notes', '--out', out]);
    expect(outcome).toMatchObject({ exitCode: 0, stderr: [] });
    const { pages } = await extractPdfText(await readFile(out));
    const notesPages = pages.filter((page) => page.text.includes('Notes ·'));
    expect(notesPages).toHaveLength(steps.length);
    expect(pages.length).toBeGreaterThanOrEqual(1 + 2 * steps.length);
    expect(pages[1].width).toBeCloseTo(841.89, 1);
    expect(pages[2].text).toContain('Open with the profile.');
    expect(pages[4].text).toContain('No speaker notes for this step.');
  });

  it('pptx: a title slide and a slide per step of native shapes, no pictures, the notes in each slide’s notes', async () => {
    const pptx = await exportDeck('pptx', 'talk.pptx');
    const { slides, notes, names } = await readPptx(pptx);
    expect(slides).toHaveLength(1 + STEP_PAGES);
    // No pictures in the package (pptxgenjs leaves an empty media folder).
    expect(names.filter((name) => name.startsWith('ppt/media/') && !name.endsWith('/'))).toEqual([]);
    for (const slide of slides) expect(slide).not.toContain('<p:pic>');
    expect(slideText(slides[0])).toContain(sample.meta.title.split(' ')[0]);
    // The thesis's card: a rounded rectangle holding its kind and text.
    expect(slides[1]).toContain('prst="roundRect"');
    expect(squash(slideText(slides[1]))).toContain(squash(thesis.text));
    expect(slideText(slides[1])).toContain('Step 1 of 13');
    // Relations as freeforms with Bézier curves.
    expect(slides[1]).toContain('<a:custGeom>');
    expect(notes.some((xml) => slideText(xml).includes('Step 1 of 13'))).toBe(true);
  });

  it.skipIf(!sofficePath())(
    'pptx: LibreOffice Impress opens it and prints every slide (skipped where LibreOffice is not installed)',
    async () => {
      const pptx = await exportDeck('pptx', 'talk.pptx');
      const printed = await convertToPdf(sofficePath()!, join(dir, 'talk.pptx'), dir);
      const { pages } = await extractPdfText(printed);
      expect(pages).toHaveLength(1 + STEP_PAGES);
      expect(squash(pages[1].text)).toContain(squash(thesis.text));
      expect(pptx.length).toBeGreaterThan(0);
    },
  );

  it('html: one self-contained file, a slide per step, nothing fetched from anywhere', async () => {
    const html = (await exportDeck('html', 'talk.html')).toString('utf8');
    expect(html.match(/<section class="slide"/g)).toHaveLength(1 + STEP_PAGES);
    expect(html).toContain('aria-label="Step 13 of 13"');
    expect(html).toContain("default-src 'none'");
    expect(html).toContain('@font-face');
    // No address to fetch: every src and href is data or a fragment.
    expect(html).not.toMatch(/(src|href)=["'](?!data:|#)/);
    expect(html).not.toMatch(/url\((?!["']?data:)/);
    expect(squash(html.replace(/<[^>]+>/g, ''))).toContain(squash(thesis.text));
  });
});
