import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { snap } from './editing';

const dataTheme = (page: Page) => page.evaluate(() => document.documentElement.dataset.theme);
const canvasBackground = (page: Page) =>
  page.locator('.react-flow').evaluate((element) => getComputedStyle(element).backgroundColor);

async function runFromPalette(page: Page, name: string): Promise<void> {
  await page.keyboard.press('Control+Shift+P');
  const palette = page.getByRole('dialog', { name: 'Command Palette' });
  await palette.getByRole('combobox', { name: 'Action name' }).fill(name);
  await palette.getByRole('option', { name, exact: true }).click();
  await expect(palette).toHaveCount(0);
}

test('the window follows the system’s dark mode, and View › Theme overrides it', async ({ app }) => {
  const { page } = app;
  await page.emulateMedia({ colorScheme: 'light' });
  await expect.poll(() => dataTheme(page)).toBe('light');
  const light = await canvasBackground(page);
  await snap(page, 'theme-0-light.png');

  // The system turns dark: so does the canvas, with every panel.
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(() => dataTheme(page)).toBe('dark');
  const dark = await canvasBackground(page);
  expect(dark).not.toBe(light);
  await snap(page, 'theme-1-dark.png');

  // Theme › Light overrides the system, is ticked in the palette, and is remembered after a reload.
  await runFromPalette(page, 'Theme: Light');
  await expect.poll(() => dataTheme(page)).toBe('light');
  await page.keyboard.press('Control+Shift+P');
  const palette = page.getByRole('dialog', { name: 'Command Palette' });
  await palette.getByRole('combobox', { name: 'Action name' }).fill('theme');
  await expect(palette.getByRole('option')).toHaveText(['Theme: System', 'Theme: Light✓', 'Theme: Dark']);
  await expect(palette.getByRole('option', { name: 'Theme: Light' })).toHaveAttribute('aria-checked', 'true');
  await page.keyboard.press('Escape');
  await page.reload();
  await expect.poll(() => dataTheme(page)).toBe('light');

  // Theme › Dark in a light system; Theme › System follows the system again.
  await page.emulateMedia({ colorScheme: 'light' });
  await runFromPalette(page, 'Theme: Dark');
  await expect.poll(() => dataTheme(page)).toBe('dark');
  await runFromPalette(page, 'Theme: System');
  await expect.poll(() => dataTheme(page)).toBe('light');
});
