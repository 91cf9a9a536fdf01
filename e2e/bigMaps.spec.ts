import { readFile, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { writeGeneratedMap } from '../scripts/bench/generateMap';
import { parseArgmap } from '../src/shared/formats/argmapFormat';
import type { ArgumentMap } from '../src/shared/model/argumentMap';
import { estimateNodeSize } from '../src/shared/layout/nodeSize';
import { openApp, type OpenedApp } from './harness';
import { artifactPath } from './artifacts';
import { card } from './editing';

// Generating, laying out and opening maps of thousands of nodes takes a while on a loaded machine.
test.describe.configure({ timeout: 240_000 });

const VIEWPORT = { width: 1440, height: 900 };

async function openGenerated(
  size: number,
): Promise<{ app: OpenedApp; map: ArgumentMap; cleanUp: () => Promise<void> }> {
  const file = await writeGeneratedMap(size, { seed: 1 });
  const parsed = parseArgmap(await readFile(file, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.message);
  const app = await openApp({ file, viewport: VIEWPORT });
  await expect(app.page.getByTestId('node-count')).toHaveText(`${size} nodes`, { timeout: 120_000 });
  return {
    app,
    map: parsed.map,
    cleanUp: async () => {
      await app.close();
      await rm(dirname(file), { recursive: true, force: true });
    },
  };
}

/** The view's transform: a map point p shows at p × zoom + (x, y) in the pane. */
async function viewport(page: Page): Promise<{ x: number; y: number; zoom: number }> {
  const style = await page.locator('.react-flow__viewport').getAttribute('style');
  const [, x, y, zoom] = /translate\(([-\d.e]+)px, ([-\d.e]+)px\) scale\(([-\d.e]+)\)/.exec(style ?? '') ?? [];
  return { x: Number(x), y: Number(y), zoom: Number(zoom) };
}

/** Whether every node of the map lies inside the pane at the current view. */
async function everyNodeInView(page: Page, map: ArgumentMap): Promise<boolean> {
  const pane = await page.locator('.react-flow').boundingBox();
  const view = await viewport(page);
  if (!pane) return false;
  return Object.values(map.nodes).every((node) => {
    const { width, height } = estimateNodeSize(node);
    const left = node.position.x * view.zoom + view.x;
    const top = node.position.y * view.zoom + view.y;
    return left >= 0 && top >= 0 && left + width * view.zoom <= pane.width && top + height * view.zoom <= pane.height;
  });
}

test('a generated 5,000-node map opens to the whole map; a node is found, edited and undone; Tab adds one and keeps every key', async () => {
  const { app, map, cleanUp } = await openGenerated(5000);
  const { page } = app;
  try {
    // Opened fitted: the whole map is drawn as the overview, every node inside the window.
    await expect(page.getByTestId('map-overview')).toBeVisible();
    await expect.poll(() => everyNodeInView(page, map)).toBe(true);
    await page.screenshot({ path: artifactPath('big-map-5000-opened.png') });
    const openedZoom = await page.getByTestId('zoom-level').innerText();

    // Zoom in, then Fit (Ctrl+0) shows all of it again.
    await page.keyboard.press('Control+1');
    await expect(page.getByTestId('zoom-level')).toHaveText('Zoom 100%');
    await page.keyboard.press('Control+0');
    await expect.poll(() => everyNodeInView(page, map)).toBe(true);
    // Fitted to the window: the same zoom as when the map opened.
    await expect(page.getByTestId('zoom-level')).toHaveText(openedZoom);

    // Find a node deep in the map: the view flies to it and its card is drawn, readable.
    const target = Object.values(map.nodes)[4321];
    await page.keyboard.press('Control+f');
    await page.getByRole('textbox', { name: 'Find in map' }).fill(target.text);
    await page.keyboard.press('Enter');
    const found = card(page, target.text).first();
    await expect(found).toBeVisible();
    await expect(found).toBeInViewport();
    await page.keyboard.press('Escape');
    await page.screenshot({ path: artifactPath('big-map-5000-found.png') });

    // Edit its text, then undo the edit.
    await found.click();
    await page.keyboard.press('F2');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Edited on a big map');
    await page.keyboard.press('Enter');
    await expect(card(page, 'Edited on a big map')).toBeVisible();
    await page.keyboard.press('Control+z');
    await expect(card(page, 'Edited on a big map')).toHaveCount(0);
    await expect(card(page, target.text).first()).toBeVisible();

    // Tab adds a reason: its card comes into view with its field focused, and no key typed is lost.
    await card(page, target.text).first().click();
    await page.keyboard.press('Tab');
    await page.keyboard.type('Every key lands');
    await page.keyboard.press('Enter');
    await expect(card(page, 'Every key lands')).toBeInViewport();
    await expect(page.getByTestId('node-count')).toHaveText('5001 nodes');
    await page.screenshot({ path: artifactPath('big-map-5000-added.png') });
    await page.keyboard.press('Control+z');
    await expect(page.getByTestId('node-count')).toHaveText('5000 nodes');
  } finally {
    await cleanUp();
  }
});

test('a 10,000-row outline builds only the rows in view and scrolls from end to end', async () => {
  const { app, map, cleanUp } = await openGenerated(10000);
  const { page } = app;
  try {
    const tree = page.getByRole('tree', { name: 'Outline' });
    await expect(tree.getByRole('treeitem').first()).toBeVisible();
    expect(await tree.getByRole('treeitem').count()).toBeLessThan(200);
    const thesis = Object.values(map.nodes).find((node) => node.kind === 'thesis')!;
    await expect(tree.getByRole('treeitem').first()).toContainText(thesis.text.slice(0, 20));

    // Scrolled to the end, the last row of the whole outline is built and in view.
    await tree.evaluate((element) => (element.scrollTop = element.scrollHeight));
    const last = tree.locator('[role="treeitem"][aria-level]').last();
    await expect(last).toBeInViewport();
    await page.screenshot({ path: artifactPath('big-map-10000-outline-end.png') });
    // Half way down, rows are there too, never a blank stretch.
    await tree.evaluate((element) => (element.scrollTop = element.scrollHeight / 2));
    await expect(tree.getByRole('treeitem').first()).toBeAttached();
    const rowsInView = await tree.getByRole('treeitem').evaluateAll(
      (rows) =>
        rows.filter((row) => {
          const box = row.getBoundingClientRect();
          return box.top >= 0 && box.bottom <= window.innerHeight;
        }).length,
    );
    expect(rowsInView).toBeGreaterThan(15);
    await page.screenshot({ path: artifactPath('big-map-10000-outline-middle.png') });
    // Clicking a row there selects it and brings it into view on the canvas.
    const row = tree.getByRole('treeitem').nth(20);
    await row.click();
    await expect(row).toHaveAttribute('aria-selected', 'true');
    await expect(page.locator('.argument-node.selected')).toBeInViewport();
  } finally {
    await cleanUp();
  }
});
