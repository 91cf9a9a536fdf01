import { copyFile, readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { card, relationKinds, snap } from './editing';
import { expect, test } from './fixtures';

const FIXTURES = resolve(import.meta.dirname, '..', '..', 'shared', 'fixtures');
const CENSORSHIP = join(FIXTURES, 'argdown', 'state-censorship.argdown');
/** An AraucariaDB graph: 7 statements, 2 inferences (RA) and 2 conflicts (CA). */
const NODESET = join(FIXTURES, 'aif-araucaria', 'nodeset137.json');

/** Cards on the canvas (a folded subtree's are not drawn; imports show everything). */
const allCards = (page: Page) => page.locator('.argument-node');
/** The imported thesis, by its accessible name (its text is also a premise's substring elsewhere). */
const censorshipThesis = (page: Page) =>
  page.locator('.argument-node[aria-label="Thesis: Censorship is not wrong in principle."]');

const importReport = (page: Page) => page.getByRole('dialog', { name: /^Imported/ });

/** File › Import… by its shortcut, answering the open dialog with `path`. */
async function importFile(app: { page: Page; dialogs: { willImport(path: string): unknown } }, path: string) {
  app.dialogs.willImport(path);
  await app.page.keyboard.press('Control+i');
}

test('File › Import… reads an Argdown file as a new unsaved map and says what it approximated', async ({ app }) => {
  const { page } = app;
  await expect(card(page, 'Kazakhstan has established a noticeably')).toBeVisible();
  // From the test's own folder, so that a file written beside it would show.
  const source = join(app.dir, 'state-censorship.argdown');
  await copyFile(CENSORSHIP, source);
  await importFile(app, source);

  await expect.poll(() => app.windowTitle()).toBe('*state-censorship.argmap — Argmap');
  await expect(censorshipThesis(page)).toBeVisible();
  await expect(card(page, 'Kazakhstan has established a noticeably')).toHaveCount(0);
  // Argdown's statements and arguments are all on the map; nothing was written beside the file.
  // 28 statements and 7 arguments.
  await expect(allCards(page)).toHaveCount(35);
  expect(await readdir(app.dir)).not.toContain('state-censorship.argmap');

  const report = importReport(page);
  await expect(report).toBeVisible();
  await expect(report).toContainText('Read as Argdown');
  await snap(page, 'import-argdown-report.png');
  await report.getByRole('button', { name: 'OK' }).click();
  await expect(report).toBeHidden();
  await page.keyboard.press('Control+0');
  await snap(page, 'import-argdown-map.png');
});

test('File › Import… reads an AraucariaDB AIF graph with its inferences and conflicts', async ({ app }) => {
  const { page } = app;
  await expect(card(page, 'Kazakhstan has established a noticeably')).toBeVisible();
  await importFile(app, NODESET);

  await expect.poll(() => app.windowTitle()).toBe('*nodeset137.argmap — Argmap');
  await expect(card(page, 'An exemption should be given to the laws')).toBeVisible();
  await expect(allCards(page)).toHaveCount(7);
  await expect.poll(() => relationKinds(page)).toEqual({ support: 2, attack: 2 });
  // Araucaria names an argumentation scheme for each S node; a map has nowhere to keep it, and says so.
  const report = importReport(page);
  await expect(report).toContainText('Argumentation schemes of 2 relations dropped');
  await expect(report).toContainText('ExpertOpinion');
  await snap(page, 'import-aif-report.png');
  await report.getByRole('button', { name: 'OK' }).click();
  await snap(page, 'import-aif-map.png');
});

test('an Argdown file dropped on the window is imported', async ({ app }) => {
  const { page } = app;
  const dropped = join(app.dir, 'dropped.argdown');
  await copyFile(CENSORSHIP, dropped);
  await expect(card(page, 'Kazakhstan has established a noticeably')).toBeVisible();
  await app.dropFile(dropped);
  await expect.poll(() => app.windowTitle()).toBe('*dropped.argmap — Argmap');
  await expect(censorshipThesis(page)).toBeVisible();
});

test('Argdown pasted onto the canvas joins the map as one undoable step', async ({ app }) => {
  const { page } = app;
  await expect(card(page, 'Kazakhstan has established a noticeably')).toBeVisible();
  const before = await allCards(page).count();
  await page.evaluate((value) => {
    const data = new DataTransfer();
    data.setData('text/plain', value);
    document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, '[Neutral]: Kazakhstan is a neutral broker.\n  + <Trust>: Both sides trust Astana.\n  - <Small>: A small state lacks leverage.');

  await expect(card(page, 'Kazakhstan is a neutral broker.')).toBeVisible();
  await expect(card(page, 'Both sides trust Astana.')).toBeVisible();
  await expect(allCards(page)).toHaveCount(before + 3);
  await snap(page, 'import-argdown-pasted.png');
  await page.keyboard.press('Control+z');
  await expect(allCards(page)).toHaveCount(before);
});
