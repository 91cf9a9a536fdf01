import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { openApp } from './harness';
import { artifactPath } from './artifacts';

test('a drag moves a node as one step that Undo takes back and Redo (Ctrl+Shift+Z) replays', async ({ app }) => {
  const { page } = app;
  const node = page.getByTestId('rf__node-n-profile');
  await expect(node).toBeVisible();
  const before = await node.boundingBox();
  if (!before) throw new Error('thesis not drawn');
  await page.mouse.move(before.x + before.width / 2, before.y + before.height / 2);
  await page.mouse.down();
  for (let step = 1; step <= 5; step++)
    await page.mouse.move(before.x + before.width / 2 + step * 20, before.y + before.height / 2 + step * 12);
  await page.mouse.up();
  const moved = await node.boundingBox();
  expect(moved!.x - before.x).toBeGreaterThan(60);

  await app.emit('menuCommand', 'undo');
  await expect.poll(async () => Math.round((await node.boundingBox())!.x)).toBe(Math.round(before.x));
  // Selecting is not an edit: clicking a node keeps the step to redo.
  await page.getByTestId('rf__node-n-mediator').click();
  await page.keyboard.press('Control+Shift+Z');
  await expect.poll(async () => Math.round((await node.boundingBox())!.x)).toBe(Math.round(moved!.x));
  // One drag was one step: a second undo brings the start back, a third does nothing more.
  await app.emit('menuCommand', 'undo');
  await app.emit('menuCommand', 'undo');
  await expect.poll(async () => Math.round((await node.boundingBox())!.x)).toBe(Math.round(before.x));
});

test('View menu commands show and hide the legend and the minimap', async ({ app }) => {
  const { page } = app;
  const legend = page.getByRole('complementary', { name: 'Legend' });
  // The inspector's map summary carries the key while it is open, so the floating legend starts hidden.
  await expect(legend).toBeHidden();
  await app.emit('menuCommand', 'toggleLegend');
  await expect(legend).toBeVisible();
  await expect(page.locator('.react-flow__minimap')).toBeVisible();
  await app.emit('menuCommand', 'toggleLegend');
  await app.emit('menuCommand', 'toggleMinimap');
  await expect(legend).toBeHidden();
  await expect(page.locator('.react-flow__minimap')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Show legend' })).toHaveAttribute('aria-pressed', 'false');
  await page.getByRole('button', { name: 'Show legend' }).click();
  await expect(legend).toBeVisible();
  await expect(page.getByRole('button', { name: 'Show legend' })).toHaveAttribute(
    'title',
    'Show legend (Ctrl+Shift+L)',
  );
});

test('a broken map file gets a clear message, and Help → Open Sample Map still works', async () => {
  const app = await openApp({ file: '/nonexistent/never.argmap' });
  const { page, dir } = app;
  try {
    await expect(page.getByRole('alert')).toContainText('“never.argmap” does not exist');
    await expect(page.locator('.react-flow__node')).toHaveCount(0);

    await expect(page.getByText('No map is open.')).toBeVisible();
    // No map, no counts or zoom to report.
    await expect(page.getByTestId('zoom-level')).toHaveCount(0);
    await page.screenshot({ path: artifactPath('missing-file.png') });

    // What the Help menu item does: main reads the sample and sends it to the window.
    await page.evaluate(() => window.argmap.runFileCommand('openSample'));
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(page.locator('.argument-node')).toHaveCount(32);

    // A file from a newer version is refused; the map on screen stays.
    const future = join(dir, 'future.argmap');
    await writeFile(future, JSON.stringify({ format: 'argmap', version: 99, map: {} }));
    const app2 = await openApp({ file: future });
    try {
      await expect(app2.page.getByRole('alert')).toContainText('newer version of Argmap');
      await app2.page.screenshot({ path: artifactPath('too-new-file.png') });
      await app2.page.getByRole('button', { name: 'Open the sample map' }).click();
      await expect(app2.page.locator('.argument-node')).toHaveCount(32);
    } finally {
      await app2.close();
    }
  } finally {
    await app.close();
  }
});

test('a request that breaks the contract is refused by the main-process side', async ({ app }) => {
  const outcome = await app.page.evaluate(async () => {
    const untyped = window.argmap.getInitialDocument as unknown as (request: unknown) => Promise<unknown>;
    try {
      await untyped({ path: '/etc/passwd' });
      return 'accepted';
    } catch (error) {
      return String(error);
    }
  });
  expect(outcome).toMatch(/Invalid request for "getInitialDocument"/);
});

test('keyboard focus is visible: Tab reaches the outline, arrows walk it, the canvas shows the selection', async ({
  app,
}) => {
  const { page } = app;
  await expect(page.locator('.argument-node')).toHaveCount(32);
  const onTreeItem = () => page.evaluate(() => document.activeElement?.getAttribute('role') === 'treeitem');
  for (let i = 0; i < 30 && !(await onTreeItem()); i++) await page.keyboard.press('Tab');
  expect(await onTreeItem()).toBe(true);
  const row = page.locator('[role="treeitem"]:focus');
  expect(await row.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const selected = page.locator('.argument-node.selected .arg-node');
  await expect(selected).toHaveCount(1);
  expect(await selected.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
  await expect(page.locator('[role="treeitem"]:focus')).toHaveAttribute('aria-selected', 'true');
  await page.screenshot({ path: artifactPath('keyboard-focus.png') });
});
