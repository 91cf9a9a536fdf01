import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { cards, EMPTY_MAP, snap, typeText } from './editing';

test.use({ mapFile: EMPTY_MAP });

const palette = (page: Page) => page.getByRole('dialog', { name: 'Command Palette' });
const option = (page: Page, name: string) => palette(page).getByRole('option', { name, exact: true });

test('Ctrl+Shift+P finds an action by name, shows its shortcut and runs it', async ({ app }) => {
  const { page } = app;
  await page.keyboard.press('Tab');
  await typeText(page, 'Cities should ban cars downtown');

  await page.keyboard.press('Control+Shift+P');
  await expect(palette(page)).toBeVisible();
  const search = palette(page).getByRole('combobox', { name: 'Action name' });
  await expect(search).toBeFocused();
  // Before anything is typed, every action is listed, each with its shortcut.
  await expect(option(page, 'Add Objection')).toContainText('O');
  await snap(page, 'command-palette-0-open.png');

  await page.keyboard.type('rebuttal');
  await expect(palette(page).getByRole('option')).toHaveCount(1);
  const rebuttal = option(page, 'Add Rebuttal');
  await expect(rebuttal).toHaveAttribute('aria-selected', 'true');
  await expect(rebuttal.locator('kbd')).toHaveText('B');
  await expect(rebuttal).toHaveAttribute('aria-keyshortcuts', 'B');
  await snap(page, 'command-palette-1-rebuttal.png');

  await page.keyboard.press('Enter');
  await expect(palette(page)).toHaveCount(0);
  await typeText(page, 'Pedestrian zones raise sales');
  await expect
    .poll(() => cards(page))
    .toEqual(['Rebuttal: Pedestrian zones raise sales', 'Thesis: Cities should ban cars downtown']);
  await expect(page.getByRole('button', { name: 'Undo Add rebuttal' })).toBeVisible();
});

test('the palette shows what cannot run now as disabled, and Enter leaves it be', async ({ app }) => {
  const { page } = app;
  await page.keyboard.press('Control+Shift+P');
  await page.keyboard.type('redo');
  const redo = option(page, 'Redo');
  await expect(redo).toHaveAttribute('aria-disabled', 'true');
  await expect(redo.locator('kbd')).toHaveText('Ctrl+Y');
  await page.keyboard.press('Enter');
  await expect(palette(page)).toBeVisible();

  // Up and Down choose among the matches; the search is of words, in any order.
  await page.getByRole('combobox', { name: 'Action name' }).fill('add node');
  await expect(option(page, 'Add Free-Standing Node')).toHaveAttribute('aria-selected', 'true');
  await page.getByRole('combobox', { name: 'Action name' }).fill('find');
  const rows = palette(page).getByRole('option');
  await expect(rows).toHaveText([/^Find/, /^Find Next/, /^Find Previous/]);
  await page.keyboard.press('ArrowDown');
  await expect(option(page, 'Find Next')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(option(page, 'Find Previous')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Escape');
  await expect(palette(page)).toHaveCount(0);
  await expect.poll(() => cards(page)).toEqual([]);
});

test('the palette gives the focus back where it was, and opens from View › Command Palette…', async ({ app }) => {
  const { page } = app;
  // From the find box: a text field keeps its keys, but Ctrl+Shift+P still opens the palette.
  await page.keyboard.press('Control+f');
  const find = page.locator('input.find-bar__input');
  await expect(find).toBeFocused();
  await page.keyboard.press('Control+Shift+P');
  await expect(palette(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(palette(page)).toHaveCount(0);
  await expect(find).toBeFocused();

  await app.emit('menuCommand', 'commandPalette');
  await expect(palette(page)).toBeVisible();
  // A click beside it closes it, as a search box would.
  await page.mouse.click(8, 600);
  await expect(palette(page)).toHaveCount(0);
});
