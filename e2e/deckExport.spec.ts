import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import type { Locator } from '@playwright/test';
import { extractPdfText } from '../src/main/services/export/testing/pdfText';
import { readPptx } from '../src/main/services/export/testing/pptxParts';
import { convertToPdf, sofficePath } from '../src/main/services/export/testing/soffice';
import { artifactPath } from './artifacts';
import { expect, test } from './fixtures';
import type { OpenedApp } from './harness';

const run = promisify(execFile);
const STEPS = 13;
/** A 16:9 page per step, two for the mediator claim (its four premises do not fit one at 14 pt). */
const STEP_PAGES = STEPS + 1;
const THESIS = 'Kazakhstan has established a noticeably respected profile';
const PDFTOPPM = ['/usr/bin/pdftoppm', '/usr/local/bin/pdftoppm'].find((path) => existsSync(path));

/** File › Export… with a format chosen, once its preview is drawn. */
async function exportDialogWith(app: OpenedApp, format: string): Promise<Locator> {
  await expect(app.page.locator('.argument-node').first()).toBeVisible();
  await app.page.keyboard.press('Control+Shift+E');
  const dialog = app.page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: format, exact: true }).check();
  await expect(dialog.locator('.export-preview')).toHaveAttribute('aria-busy', 'false');
  await expect(dialog.locator('.export-preview__image')).toBeVisible();
  return dialog;
}

async function exportTo(app: OpenedApp, dialog: Locator, name: string): Promise<Buffer> {
  const target = join(app.dir, name);
  app.dialogs.willExportTo(target);
  await dialog.getByRole('button', { name: 'Export…' }).click();
  await expect(dialog).toBeHidden();
  await expect(app.page.locator('.notice')).toContainText(`Exported ${name}.`);
  return readFile(target);
}

/** Pages of a PDF rasterised into e2e/artifacts (pdftoppm), for a person to look at. */
async function rasterise(pdf: string, prefix: string, last: number): Promise<void> {
  await run(PDFTOPPM!, ['-r', '60', '-png', '-f', '1', '-l', String(last), pdf, artifactPath(prefix)]);
}

test.describe('decks from File › Export…', () => {
  test.skip(!PDFTOPPM, 'pdftoppm (poppler-utils) is not installed: the pages cannot be rasterised to look at');

  test('PDF deck: previewed, written with a generated storyline (and said so), one page per step', async ({ app }) => {
    const dialog = await exportDialogWith(app, 'PDF deck');
    await expect(dialog.getByTestId('export-size')).toHaveText(`${1 + STEP_PAGES} pages · 16:9`);
    await app.page.screenshot({ path: artifactPath('deck-export-dialog.png') });
    const pdf = await exportTo(app, dialog, 'talk.pdf');
    await expect(app.page.locator('.notice')).toContainText('generated one (13 steps)');
    const { pages } = await extractPdfText(pdf);
    expect(pages).toHaveLength(1 + STEP_PAGES);
    expect(pages[1].text).toContain('Step 1 of 13');
    await rasterise(join(app.dir, 'talk.pdf'), 'deck-pdf', 3);
    // The storyline it played is now the map's, to edit.
    await app.page.keyboard.press('Control+Shift+Y');
    await expect(app.page.locator('.story-step')).toHaveCount(STEPS);
  });

  test('PowerPoint: native shapes that LibreOffice Impress opens and prints', async ({ app }) => {
    const dialog = await exportDialogWith(app, 'PowerPoint');
    await expect(dialog.getByTestId('export-size')).toHaveText(`${1 + STEP_PAGES} slides · 16:9`);
    const pptx = await exportTo(app, dialog, 'talk.pptx');
    const { slides, notes } = await readPptx(pptx);
    expect(slides).toHaveLength(1 + STEP_PAGES);
    expect(notes.length).toBeGreaterThanOrEqual(STEPS);
    const soffice = sofficePath();
    test.skip(!soffice, 'LibreOffice is not installed here: the .pptx is checked as XML only');
    const printed = await convertToPdf(soffice!, join(app.dir, 'talk.pptx'), app.dir);
    expect((await extractPdfText(printed)).pages).toHaveLength(1 + STEP_PAGES);
    await rasterise(join(app.dir, 'talk.pdf'), 'deck-pptx-impress', 3);
  });

  test('HTML player: one file that plays the storyline with the arrow keys', async ({ app }) => {
    const dialog = await exportDialogWith(app, 'HTML');
    await exportTo(app, dialog, 'talk.html');
    const player = await app.page.context().newPage();
    const requests: string[] = [];
    player.on('request', (request) => void (request.url().startsWith('file:') || requests.push(request.url())));
    await player.setViewportSize({ width: 1280, height: 760 });
    await player.goto(pathToFileURL(join(app.dir, 'talk.html')).href);
    await expect(player.locator('.player-counter')).toHaveText('Title');
    await player.keyboard.press('ArrowRight');
    await expect(player.locator('.player-counter')).toHaveText(`Step 1 of ${STEPS}`);
    await expect(player.locator('.slide.is-current')).toContainText(THESIS.split(' ').slice(0, 3).join(' '));
    await player.waitForTimeout(600);
    await player.screenshot({ path: artifactPath('deck-html-step-1.png') });
    await player.keyboard.press('End');
    await expect(player.locator('.player-counter')).toHaveText(`Step ${STEPS} of ${STEPS}`);
    expect(requests).toEqual([]);
    await player.close();
  });
});
