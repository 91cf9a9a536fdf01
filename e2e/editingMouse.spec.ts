import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { card, cards, EMPTY_MAP, relationKinds, snap, typeText } from './editing';

test.use({ mapFile: EMPTY_MAP });

async function contextMenu(page: Page, target: Locator, item: string): Promise<void> {
  await target.click({ button: 'right' });
  await page.getByRole('menuitem', { name: item, exact: true }).click();
}

/** Drags from a card's connection handle (its top edge) onto the middle of another card. */
async function dragConnection(page: Page, from: Locator, to: Locator): Promise<void> {
  await from.hover();
  const handle = await from.locator('.react-flow__handle-top').boundingBox();
  const target = await to.boundingBox();
  if (!handle || !target) throw new Error('cards not drawn');
  await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
  await page.mouse.down();
  for (let step = 1; step <= 8; step++) {
    await page.mouse.move(
      handle.x + ((target.x + target.width / 2 - handle.x) * step) / 8,
      handle.y + ((target.y + target.height / 2 - handle.y) * step) / 8,
    );
  }
  await page.mouse.up();
}

test('a map built and restructured with the mouse through context menus, then undone and redone', async ({ app }) => {
  const { page } = app;
  const pane = page.locator('.react-flow__pane');
  await pane.click({ button: 'right', position: { x: 320, y: 160 } });
  await page.getByRole('menuitem', { name: 'Add Thesis Here' }).click();
  await typeText(page, 'Cities should ban cars downtown');
  const thesis = card(page, 'Cities should ban cars downtown');

  await contextMenu(page, thesis, 'Add Reason to This');
  await typeText(page, 'Cleaner air');
  await contextMenu(page, thesis, 'Add Reason to This');
  await typeText(page, 'Safer streets');
  await contextMenu(page, thesis, 'Add Objection to This');
  await typeText(page, 'Shops lose customers');
  await contextMenu(page, card(page, 'Shops lose customers'), 'Add Rebuttal to This');
  await typeText(page, 'Pedestrian zones raise sales');
  await expect.poll(() => relationKinds(page)).toEqual({ support: 2, attack: 2 });
  await snap(page, 'mouse-1-built.png');

  // Double-click edits the text; leaving the field commits it.
  await card(page, 'Cleaner air').dblclick();
  await expect(page.locator('.arg-node__editor')).toBeFocused();
  await page.keyboard.type('Cleaner air and less noise');
  await pane.click({ position: { x: 20, y: 20 } });
  await expect(card(page, 'Cleaner air and less noise')).toBeVisible();

  // Drag from the objection's handle onto a reason and choose "Attacks".
  await dragConnection(page, card(page, 'Shops lose customers'), card(page, 'Safer streets'));
  await page.getByRole('menu', { name: 'Connect as' }).getByRole('menuitem', { name: 'Attacks' }).click();
  await expect.poll(() => relationKinds(page)).toEqual({ support: 2, attack: 3 });
  // A node dropped onto itself is no relation: nothing is offered, nothing changes.
  await dragConnection(page, card(page, 'Safer streets'), card(page, 'Safer streets'));
  await expect(page.getByRole('menu', { name: 'Connect as' })).toHaveCount(0);
  await snap(page, 'mouse-2-connected.png');

  // Shift-click two reasons, then link them from the context menu.
  await card(page, 'Cleaner air and less noise').click();
  await card(page, 'Safer streets').click({ modifiers: ['Shift'] });
  await contextMenu(page, card(page, 'Safer streets'), 'Link as Premises');
  await expect(page.locator('.junction--linked')).toHaveCount(1);
  await expect.poll(() => relationKinds(page)).toEqual({ support: 1, attack: 3 });

  // The fold button on the thesis hides what hangs below it; its badge brings it back.
  await thesis.hover();
  await thesis.getByRole('button', { name: 'Collapse' }).click();
  await expect.poll(() => cards(page)).toEqual(['Thesis: Cities should ban cars downtown']);
  await expect(page.locator('.react-flow__edge:visible')).toHaveCount(0);
  await snap(page, 'mouse-3-collapsed.png');
  await thesis.getByRole('button', { name: 'Expand, 4 nodes hidden' }).click();
  await expect.poll(() => cards(page)).toHaveLength(5);

  // Find from the toolbar.
  await page.getByRole('button', { name: 'Find' }).click();
  await page.getByRole('textbox', { name: 'Find in map' }).fill('pedestrian');
  await expect(page.locator('.arg-node.is-current-match')).toContainText('Pedestrian zones raise sales');
  await snap(page, 'mouse-4-find.png');
  await page.getByRole('button', { name: /^Close/ }).click();

  // Delete the objection from its context menu, keeping its rebuttal as a loose node.
  await contextMenu(page, card(page, 'Shops lose customers'), 'Delete');
  await page.getByRole('dialog').getByRole('button', { name: 'Keep 1 node' }).click();
  const final = [
    'Reason: Cleaner air and less noise',
    'Reason: Safer streets',
    'Rebuttal: Pedestrian zones raise sales',
    'Thesis: Cities should ban cars downtown',
  ];
  await expect.poll(() => cards(page)).toEqual(final);
  await expect.poll(() => relationKinds(page)).toEqual({ support: 1 });
  await snap(page, 'mouse-5-deleted.png');

  // The toolbar's Undo takes every step back to the empty map; Redo replays them all.
  const undo = page.getByRole('button', { name: /^Undo/ });
  const redo = page.getByRole('button', { name: /^Redo/ });
  let undone = 0;
  while (await undo.isEnabled()) {
    await undo.click();
    undone += 1;
  }
  expect(undone).toBe(9);
  await expect(page.locator('.argument-node')).toHaveCount(0);
  while (await redo.isEnabled()) await redo.click();
  await expect.poll(() => cards(page)).toEqual(final);
  await expect(page.locator('.junction--linked')).toHaveCount(1);
  await snap(page, 'mouse-6-redone.png');
});
