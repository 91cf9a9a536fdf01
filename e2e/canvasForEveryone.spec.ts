import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openApp } from './harness';
import { card, cards, EMPTY_MAP, snap, typeText } from './editing';
import { mapOnDisk, SAMPLE_NAME } from './files';

const SAMPLE = join(import.meta.dirname, '..', 'resources', 'examples', SAMPLE_NAME);

const THESIS = 'Kazakhstan has established a noticeably';
const KIND = '(Thesis|Claim|Reason|Evidence|Objection|Rebuttal|Recommendation|Note)';

const focusedCard = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement;
    return active?.classList.contains('argument-node') ? active.getAttribute('aria-label') : null;
  });

/** Where a card's middle is, relative to the canvas's middle, in screen pixels. */
async function offsetFromCentre(page: Page, target: Locator): Promise<{ x: number; y: number }> {
  const canvas = (await page.locator('.react-flow').boundingBox())!;
  const box = (await target.boundingBox())!;
  return {
    x: box.x + box.width / 2 - (canvas.x + canvas.width / 2),
    y: box.y + box.height / 2 - (canvas.y + canvas.height / 2),
  };
}

test('Tab reaches the selected card with a visible focus ring, and Alt+arrows move the focus from card to card', async ({
  app,
}) => {
  const { page } = app;
  const thesis = card(page, THESIS);
  await thesis.click();
  // From the top bar, Tab walks the toolbar and the outline, then lands on the canvas's selected card.
  await page.getByRole('button', { name: 'Fit map to window' }).focus();
  for (let presses = 0; presses < 60 && (await focusedCard(page)) === null; presses++) await page.keyboard.press('Tab');
  expect(await focusedCard(page)).toMatch(/^Thesis: Kazakhstan has established a noticeably/);
  await expect(thesis).toBeFocused();
  // A ring at least 3px wide on screen (the sample fits at about 28%), with a halo: not the selection's outline.
  const zoom = await page.evaluate(() =>
    Number(getComputedStyle(document.querySelector('.react-flow')!).getPropertyValue('--canvas-zoom')),
  );
  const ring = await thesis.locator('.arg-node').evaluate((element) => ({
    width: parseFloat(getComputedStyle(element).outlineWidth),
    halo: getComputedStyle(element).boxShadow,
  }));
  expect(ring.width * zoom).toBeGreaterThanOrEqual(2.9);
  expect(ring.halo).toMatch(/rgb/);
  await snap(page, 'keyboard-0-thesis-focused.png');

  // Alt+Down walks to the first premise: the focus (and what a screen reader reads) follows.
  await page.keyboard.press('Alt+ArrowDown');
  await expect.poll(() => focusedCard(page)).toMatch(/^Claim: /);
  const first = await focusedCard(page);
  await page.keyboard.press('Alt+ArrowRight');
  await expect.poll(() => focusedCard(page)).toMatch(/^Claim: /);
  expect(await focusedCard(page)).not.toBe(first);
  await page.keyboard.press('Alt+ArrowUp');
  await expect.poll(() => focusedCard(page)).toMatch(/^Thesis: /);
  await snap(page, 'keyboard-1-walked-back.png');
});

test('every arrow is announced by the kinds and words of its ends, never by ids', async ({ app }) => {
  const { page } = app;
  await expect(page.locator('.argument-node').first()).toBeVisible();
  const arrows = page.getByRole('img', {
    name: new RegExp(`^${KIND}: .+ (supports|attacks|undercuts|together support|together attack) `),
  });
  // Each of the sample's relations is announced once (a junction's segments are not read out).
  const relations = Object.keys((await mapOnDisk(SAMPLE)).relations).length;
  await expect(arrows).toHaveCount(relations);
  const names = await arrows.evaluateAll((elements) => elements.map((element) => element.getAttribute('aria-label')));
  for (const name of names) expect(name).not.toMatch(/\b(n|r|j)[-:][\w-]+|Edge from/);
  expect(names).toContainEqual(
    expect.stringMatching(/^Claim: Over 25 years .+ supports Thesis: Kazakhstan has established a noticeably/),
  );
  expect(names).toContainEqual(expect.stringMatching(new RegExp(`^Objection: .+ attacks ${KIND}: `)));
  const edgeIds = page.locator('.react-flow__edge:not([aria-hidden="true"])');
  await expect(edgeIds).toHaveCount(relations);
});

test.describe('on an empty map', () => {
  test.use({ mapFile: EMPTY_MAP });

  test('a double-click on empty canvas adds a node where it was clicked', async ({ app }) => {
    const { page } = app;
    const canvas = (await page.locator('.react-flow').boundingBox())!;
    const at = { x: canvas.x + canvas.width * 0.3, y: canvas.y + canvas.height * 0.4 };
    await page.mouse.dblclick(at.x, at.y);
    await typeText(page, 'Cities should ban cars downtown');
    const thesis = card(page, 'Cities should ban cars downtown');
    const box = (await thesis.boundingBox())!;
    // The card is centred on the click (within a few pixels: the zoom is 100% on a new map).
    expect(Math.abs(box.x + box.width / 2 - at.x)).toBeLessThan(8);
    expect(at.y - box.y).toBeGreaterThan(0);
    expect(at.y - box.y).toBeLessThan(40);
    // A second double-click elsewhere adds a claim there; one on a card edits it instead.
    await page.mouse.dblclick(canvas.x + canvas.width * 0.7, canvas.y + canvas.height * 0.7);
    await typeText(page, 'Shops lose customers');
    expect(await cards(page)).toEqual(['Claim: Shops lose customers', 'Thesis: Cities should ban cars downtown']);
    await thesis.dblclick();
    await expect(page.locator('.arg-node__editor')).toBeFocused();
    await page.keyboard.press('Escape');
    await snap(page, 'double-click-adds.png');
  });
});

test('while a connection is dragged the target card lights up, and the handle stays 12px at any zoom', async ({
  app,
}) => {
  const { page } = app;
  await page.keyboard.press('Control+0');
  const thesis = card(page, THESIS);
  await expect(thesis).toBeVisible();
  const source = card(page, 'Astana is known');
  await source.hover();
  const handle = source.locator('.react-flow__handle-top.arg-handle');
  await expect(handle).toHaveCSS('opacity', '1');
  const size = (await handle.locator('.arg-handle__dot').boundingBox())!;
  // The sample fits at about 28%: a 10px handle would be 3px on screen.
  expect(size.width).toBeGreaterThanOrEqual(12);
  expect(size.height).toBeGreaterThanOrEqual(12);

  await page.mouse.move(size.x + size.width / 2, size.y + size.height / 2);
  await page.mouse.down();
  const target = (await thesis.boundingBox())!;
  await page.mouse.move(target.x + target.width / 2, target.y + target.height / 2, { steps: 8 });
  await expect(page.locator('.react-flow')).toHaveClass(/is-connecting/);
  // A ring at least 3px wide on screen, at this zoom too.
  const zoom = await page.evaluate(() =>
    Number(getComputedStyle(document.querySelector('.react-flow')!).getPropertyValue('--canvas-zoom')),
  );
  await expect(thesis.locator('.arg-node')).toHaveCSS('outline-style', 'solid');
  const ring = await thesis
    .locator('.arg-node')
    .evaluate((element) => parseFloat(getComputedStyle(element).outlineWidth));
  expect(ring * zoom).toBeGreaterThanOrEqual(2.9);
  await snap(page, 'connect-drag-target.png');
  await page.mouse.up();
  // The drop offers the kinds of connection; Escape leaves the map as it was.
  await expect(page.getByRole('menu', { name: 'Connect as' })).toBeVisible();
  await page.keyboard.press('Escape');
});

test('below 1,280px the side panels fold to icons, and showing or hiding a panel keeps the map centred', async () => {
  const app = await openApp({ viewport: { width: 1180, height: 800 } });
  try {
    const { page } = app;
    await expect(page.locator('.argument-node').first()).toBeVisible();
    // Folded by themselves: each panel is an icon on a rail, the canvas has the width.
    await expect(page.getByRole('complementary', { name: 'Outline (folded)' })).toBeVisible();
    await expect(page.getByRole('complementary', { name: 'Inspector (folded)' })).toBeVisible();
    await expect(page.locator('.outline-panel')).toHaveCount(0);
    await expect(page.locator('.inspector')).toHaveCount(0);
    expect((await page.locator('.react-flow').boundingBox())!.width).toBeGreaterThan(1000);
    await snap(page, 'narrow-0-folded.png');

    const thesis = card(page, THESIS);
    const before = await offsetFromCentre(page, thesis);
    await page.getByRole('button', { name: 'Open the outline' }).click();
    await expect(page.locator('.outline-panel')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Fold the outline' })).toHaveAttribute('aria-pressed', 'true');
    // The canvas narrowed; the map's middle stayed in the middle.
    const opened = await offsetFromCentre(page, thesis);
    expect(Math.abs(opened.x - before.x)).toBeLessThan(2);
    expect(Math.abs(opened.y - before.y)).toBeLessThan(2);
    await snap(page, 'narrow-1-outline-open.png');

    // Opening the inspector folds the outline again: one panel at a time in a narrow window.
    await page.getByRole('button', { name: 'Open the inspector' }).click();
    await expect(page.locator('.inspector')).toBeVisible();
    await expect(page.locator('.outline-panel')).toHaveCount(0);
    const swapped = await offsetFromCentre(page, thesis);
    expect(Math.abs(swapped.x - before.x)).toBeLessThan(2);

    // Wide again: both panels unfold.
    await page.setViewportSize({ width: 1440, height: 900 });
    await expect(page.locator('.outline-panel')).toBeVisible();
    await expect(page.locator('.inspector')).toBeVisible();
    await expect(page.locator('.panel-rail')).toHaveCount(0);
  } finally {
    await app.close();
  }
});

test('hiding a panel in a wide window keeps the map centred', async ({ app }) => {
  const { page } = app;
  const thesis = card(page, THESIS);
  await expect(thesis).toBeVisible();
  const before = await offsetFromCentre(page, thesis);
  await page.keyboard.press('Control+Shift+O');
  await expect(page.locator('.outline-panel')).toHaveCount(0);
  const hidden = await offsetFromCentre(page, thesis);
  expect(Math.abs(hidden.x - before.x)).toBeLessThan(2);
  await page.keyboard.press('Control+Shift+I');
  await expect(page.locator('.inspector')).toHaveCount(0);
  const both = await offsetFromCentre(page, thesis);
  expect(Math.abs(both.x - before.x)).toBeLessThan(2);
});

test.describe('on an empty map at 100%', () => {
  test.use({ mapFile: EMPTY_MAP });

  test('the minimap never covers the card being typed in, nor does the panel beside the canvas', async ({ app }) => {
    const { page } = app;
    await expect(page.locator('.react-flow__minimap')).toBeVisible();
    // A node added just above the minimap's corner would run under it as it opens.
    const minimap = (await page.locator('.react-flow__minimap').boundingBox())!;
    await page.mouse.click(minimap.x + 40, minimap.y - 20, { button: 'right' });
    await page.getByRole('menuitem', { name: 'Add Note Here' }).click();
    const editor = page.locator('.arg-node__editor');
    await expect(editor).toBeFocused();
    const editing = page.locator('.argument-node', { has: editor });
    // Clear of the minimap, and wholly on the canvas (not past its edge, under the inspector).
    const clear = async (): Promise<boolean> => {
      const box = (await editing.boundingBox())!;
      const map = (await page.locator('.react-flow__minimap').boundingBox())!;
      const canvas = (await page.locator('.react-flow').boundingBox())!;
      const inside = box.x >= canvas.x && box.x + box.width <= canvas.x + canvas.width && box.y >= canvas.y;
      return inside && (box.x + box.width <= map.x || box.y + box.height <= map.y);
    };
    await expect.poll(clear).toBe(true);
    // A text that grows the card keeps it clear too.
    await page.keyboard.type('A note typed in the corner of the canvas, long enough to take three or four lines');
    await expect.poll(clear).toBe(true);
    await snap(page, 'minimap-clear-of-editing.png');
    await page.keyboard.press('Enter');
  });
});
