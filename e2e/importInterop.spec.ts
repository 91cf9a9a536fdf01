import { copyFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { card, relationKinds, snap } from './editing';
import { expect, test } from './fixtures';

const FIXTURES = resolve(import.meta.dirname, '..', 'fixtures');
const allCards = (page: Page) => page.locator('.argument-node');
const importReport = (page: Page) => page.getByRole('dialog', { name: /^Imported/ });

/** File › Import… by its shortcut, answering the open dialog with `path`. */
async function importFile(app: { page: Page; dialogs: { willImport(path: string): unknown } }, path: string) {
  app.dialogs.willImport(path);
  await app.page.keyboard.press('Control+i');
}

test('File › Import… reads a Kialo discussion export as a laid-out map', async ({ app }) => {
  const { page } = app;
  await expect(card(page, 'Kazakhstan has established a noticeably')).toBeVisible();
  const source = join(app.dir, 'should-zoos-exist.txt');
  await copyFile(join(FIXTURES, 'kialo', 'should-zoos-exist.txt'), source);
  await importFile(app, source);
  await expect.poll(() => app.windowTitle()).toBe('*should-zoos-exist.argmap — Argmap');
  await expect(allCards(page)).toHaveCount(15);
  await expect(page.locator('.argument-node[aria-label="Thesis: Zoos should exist."]')).toBeVisible();
  // 14 claims each answer one above; two "-> See" links add two more relations.
  await expect.poll(() => relationKinds(page)).toEqual({ support: 8, attack: 8 });
  await page.keyboard.press('Control+0');
  await snap(page, 'import-kialo-map.png');
});

test('a SADFace file dropped on the window is imported, with a report in plain words', async ({ app }) => {
  const { page } = app;
  const dropped = join(app.dir, 'cycle-helmets.json');
  await copyFile(join(FIXTURES, 'sadface', 'cycle-helmets.json'), dropped);
  await expect(card(page, 'Kazakhstan has established a noticeably')).toBeVisible();
  await app.dropFile(dropped);
  await expect.poll(() => app.windowTitle()).toBe('*cycle-helmets.argmap — Argmap');
  const report = importReport(page);
  await expect(report).toContainText('Read as SADFace JSON');
  await expect(report).toContainText('the analyst’s e-mail and the notes were not kept');
  await snap(page, 'import-sadface-report.png');
  await report.getByRole('button', { name: 'OK' }).click();
  await expect(allCards(page)).toHaveCount(8);
  await expect.poll(() => relationKinds(page)).toEqual({ support: 3, attack: 2, undercut: 1 });
  await page.keyboard.press('Control+0');
  await snap(page, 'import-sadface-map.png');
});

test('a tag longer than its card ends in "…" inside its pill and shows whole on hover', async ({ app }) => {
  const { page } = app;
  const hash = '3f9a2c71d0b84e6a95c1f7e2b3d4a5c6e7f80912';
  const source = join(app.dir, 'speakers.argdown');
  await writeFile(source, `[Claim]: OVA names its speakers by hash. #${hash} #short\n`);
  await importFile(app, source);
  await expect.poll(() => app.windowTitle()).toBe('*speakers.argmap — Argmap');
  const node = card(page, 'OVA names its speakers by hash');
  const tag = node.locator('.arg-node__tag', { hasText: hash });
  await expect(tag).toHaveAttribute('title', hash);
  const fit = await tag.evaluate((element) => {
    const cardBox = element.closest('.arg-node')!.getBoundingClientRect();
    const box = element.getBoundingClientRect();
    return { cut: element.scrollWidth > element.clientWidth, inside: box.right <= cardBox.right - 1 };
  });
  expect(fit).toEqual({ cut: true, inside: true });
  await node.hover();
  await snap(page, 'long-tag-card.png');
});
