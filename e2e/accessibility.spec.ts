import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openApp, type OpenedApp } from './harness';
import { card, EMPTY_MAP, snap } from './editing';

/**
 * axe-core over every view of the window, in the light and the dark theme: no serious or critical
 * violation anywhere (contrast, names, roles, landmarks). Each view's screenshot is saved to look at.
 */
type Theme = 'light' | 'dark';

/** Serious and critical violations, one line each: rule, impact, and the elements that break it. */
async function seriousViolations(page: Page, include?: string): Promise<string[]> {
  let builder = new AxeBuilder({ page });
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.nodes
          .slice(0, 5)
          .map((node) => `${node.target.join(' ')} ${node.failureSummary?.split('\n')[1] ?? ''}`)
          .join(' | ')}`,
    );
}

async function check(page: Page, view: string, theme: Theme, include?: string): Promise<void> {
  await snap(page, `axe-${theme}-${view}.png`);
  expect(await seriousViolations(page, include), `${view} in the ${theme} theme`).toEqual([]);
}

const ready = async (app: OpenedApp, theme: Theme): Promise<void> => {
  await app.page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
  await expect.poll(() => app.page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
  await expect(app.page.locator('.argument-node').first()).toBeVisible();
};

for (const theme of ['light', 'dark'] as const) {
  test.describe(`in the ${theme} theme`, () => {
    test('the main window with its outline, inspector, minimap, legend and find bar', async ({ app }) => {
      const { page } = app;
      await ready(app, theme);
      await check(page, 'main', theme);
      // A selected card: the inspector shows the node, the card its focus ring.
      await card(page, 'Kazakhstan has established a noticeably').click();
      await check(page, 'node-selected', theme);
      await page.keyboard.press('Control+Shift+L');
      await expect(page.locator('.legend')).toBeVisible();
      await page.keyboard.press('Control+F');
      await page.keyboard.type('Astana');
      await check(page, 'legend-and-find', theme);
    });

    test('the export dialog, with one banner and one contentinfo landmark', async ({ app }) => {
      const { page } = app;
      await ready(app, theme);
      await page.keyboard.press('Control+Shift+E');
      const dialog = page.getByRole('dialog', { name: 'Export' });
      await expect(dialog).toBeVisible();
      await expect(dialog.locator('.export-preview')).toHaveAttribute('aria-busy', 'false');
      await expect(page.getByRole('banner')).toHaveCount(1);
      await expect(page.getByRole('contentinfo')).toHaveCount(1);
      await check(page, 'export', theme);
    });

    test('the command palette, the context menus and the delete dialog', async ({ app }) => {
      const { page } = app;
      await ready(app, theme);
      await page.keyboard.press('Control+Shift+P');
      await expect(page.getByRole('dialog', { name: 'Command Palette' })).toBeVisible();
      await check(page, 'palette', theme);
      await page.keyboard.press('Escape');

      await card(page, 'Kazakhstan has established a noticeably').click({ button: 'right' });
      await expect(page.getByRole('menu')).toBeVisible();
      await check(page, 'node-menu', theme);
      await page.keyboard.press('Escape');

      const arrow = page.locator('.react-flow__edge.relation-attack').first();
      await arrow.click({ button: 'right', force: true });
      await expect(page.getByRole('menu')).toBeVisible();
      await check(page, 'arrow-menu', theme);
      await page.keyboard.press('Escape');

      await card(page, 'Kazakhstan has established a noticeably').click();
      await page.keyboard.press('Delete');
      await expect(page.getByRole('dialog')).toBeVisible();
      await check(page, 'delete-dialog', theme);
    });

    test('Connect To…, a narrow window with folded panels, and an empty map with compact cards', async () => {
      const app = await openApp({ viewport: { width: 1100, height: 760 } });
      try {
        const { page } = app;
        await ready(app, theme);
        await expect(page.getByRole('complementary', { name: 'Outline (folded)' })).toBeVisible();
        await check(page, 'narrow', theme);
        await page.getByRole('button', { name: 'Open the inspector' }).click();
        await card(page, 'Kazakhstan has established a noticeably').click();
        await page.keyboard.press('Control+k');
        await expect(page.getByRole('dialog')).toBeVisible();
        await check(page, 'connect-to', theme);
        await page.keyboard.press('Escape');
        await page.keyboard.press('Control+Shift+P');
        await page.getByRole('combobox', { name: 'Action name' }).fill('compact cards');
        await page.keyboard.press('Enter');
        await expect(page.locator('.arg-node__text.is-shortened').first()).toBeVisible();
        await check(page, 'compact-cards', theme);
      } finally {
        await app.close();
      }
      const empty = await openApp({ file: EMPTY_MAP });
      try {
        await empty.page.emulateMedia({ colorScheme: theme });
        await expect(empty.page.locator('.canvas-hint')).toBeVisible();
        await check(empty.page, 'empty-map', theme);
      } finally {
        await empty.close();
      }
    });
  });
}
