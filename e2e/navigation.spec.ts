import { expect, test } from './fixtures';
import { card } from './editing';
import { artifactPath } from './artifacts';

test('back and forward go through the nodes visited; the breadcrumb leads from the thesis to the selection', async ({
  app,
}) => {
  const { page } = app;
  const tree = page.getByRole('tree', { name: 'Outline' });
  const rows = tree.getByRole('treeitem');
  const first = rows.nth(1);
  const second = rows.nth(4);
  await first.click();
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await second.click();
  await expect(second).toHaveAttribute('aria-selected', 'true');

  // The breadcrumb starts at the thesis and ends at the selected node.
  const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('button');
  const thesisText = (await rows.first().getAttribute('aria-label'))!.replace(/^Thesis: /, '');
  await expect(crumbs.first()).toHaveAttribute('title', `Thesis: ${thesisText}`);
  await expect(crumbs.last()).toHaveAttribute('aria-current', 'location');

  // Alt+[ goes back to the first node, Alt+] forward again.
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 300 } });
  await expect(page.locator('.argument-node.selected')).toHaveCount(0);
  await page.keyboard.press('Alt+BracketLeft');
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Alt+BracketLeft');
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('.notice')).toHaveText('Nothing to go back to.');
  await page.keyboard.press('Alt+BracketRight');
  await expect(second).toHaveAttribute('aria-selected', 'true');

  // A crumb selects its node: the thesis.
  await crumbs.first().click();
  await expect(rows.first()).toHaveAttribute('aria-selected', 'true');
  await page.screenshot({ path: artifactPath('navigation-breadcrumb.png') });
});

test('focus mode shows the selected node with levels of context, dims the rest, and Escape leaves it', async ({
  app,
}) => {
  const { page } = app;
  const rows = page.getByRole('tree', { name: 'Outline' }).getByRole('treeitem');
  await rows.nth(3).click();
  const name = (await rows.nth(3).getAttribute('aria-label'))!.replace(/^[^:]*: /, '');
  await card(page, name.slice(0, 30)).click();
  await page.keyboard.press('f');
  const controls = page.getByRole('group', { name: 'Focus' });
  await expect(controls).toBeVisible();
  await expect(controls).toContainText('2 levels');
  await expect(page.locator('.argument-node.is-dimmed').first()).toBeAttached();
  const dimmedAtTwo = await page.locator('.argument-node.is-dimmed').count();
  await controls.getByRole('button', { name: 'Less context' }).click();
  await expect(controls).toContainText('1 level');
  await expect.poll(() => page.locator('.argument-node.is-dimmed').count()).toBeGreaterThan(dimmedAtTwo);
  await page.screenshot({ path: artifactPath('navigation-focus.png') });
  // The focused card itself is never dimmed.
  await expect(card(page, name.slice(0, 30))).not.toHaveClass(/is-dimmed/);
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 300 } });
  await page.keyboard.press('Escape');
  await expect(controls).toHaveCount(0);
  await expect(page.locator('.argument-node.is-dimmed')).toHaveCount(0);
});

test('Go Back, Go Forward and Focus on Selection are in the command palette with their keys', async ({ app }) => {
  const { page } = app;
  await page.keyboard.press('Control+Shift+P');
  const palette = page.getByRole('dialog');
  await palette.getByRole('combobox').fill('go back');
  await expect(palette.getByRole('option', { name: /Go Back/ })).toContainText('Alt+[');
  await palette.getByRole('combobox').fill('focus on');
  await expect(palette.getByRole('option', { name: /Focus on Selection/ })).toContainText('F');
});
