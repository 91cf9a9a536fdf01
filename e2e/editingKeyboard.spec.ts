import { expect, test } from './fixtures';
import { card, cards, EMPTY_MAP, relationKinds, snap, typeText } from './editing';

test.use({ mapFile: EMPTY_MAP });

test('a map built, restructured, undone and redone with the keyboard alone', async ({ app }) => {
  const { page } = app;
  const key = (combo: string) => page.keyboard.press(combo);
  await expect(page.getByText('This map is empty.')).toBeVisible();
  await snap(page, 'keyboard-0-empty.png');

  // Tab on an empty map adds the thesis; Tab adds a reason; Enter after Enter adds a sibling.
  await key('Tab');
  await typeText(page, 'Cities should ban cars downtown');
  await key('Tab');
  await typeText(page, 'Cleaner air');
  await key('Enter');
  await typeText(page, 'Safer streets');
  // Alt+Up walks to the thesis; O adds an objection to it, B a rebuttal to that.
  await key('Alt+ArrowUp');
  await key('o');
  await typeText(page, 'Shops lose customers');
  await key('b');
  await typeText(page, 'Pedestrian zones raise sales');
  await expect
    .poll(() => cards(page))
    .toEqual([
      'Objection: Shops lose customers',
      'Reason: Cleaner air',
      'Reason: Safer streets',
      'Rebuttal: Pedestrian zones raise sales',
      'Thesis: Cities should ban cars downtown',
    ]);
  await expect.poll(() => relationKinds(page)).toEqual({ support: 2, attack: 2 });
  await expect(page.getByRole('button', { name: 'Undo Add rebuttal' })).toBeVisible();
  await snap(page, 'keyboard-1-built.png');

  // F2 edits the selected node's text; the field starts with all of it selected.
  await key('Alt+ArrowUp');
  await key('Alt+ArrowUp');
  await key('Alt+ArrowDown');
  await expect(card(page, 'Cleaner air')).toHaveClass(/selected/);
  await key('F2');
  await typeText(page, 'Cleaner air and less noise');
  await expect(card(page, 'Cleaner air and less noise')).toBeVisible();
  // Escape while editing keeps the old text.
  await key('F2');
  await page.keyboard.type('Nonsense');
  await key('Escape');
  await expect(card(page, 'Cleaner air and less noise')).toBeVisible();

  // Ctrl+K connects the selected node: find the target by typing, then pick Attacks.
  await key('Alt+ArrowUp');
  await key('Alt+ArrowDown');
  await key('Alt+ArrowRight');
  await key('Alt+ArrowRight');
  await expect(card(page, 'Shops lose customers')).toHaveClass(/selected/);
  await key('Control+k');
  await page.keyboard.type('Safer');
  await key('Enter');
  const connectAs = page.getByRole('menu', { name: 'Connect as' });
  await expect(connectAs.getByRole('menuitem', { name: 'Supports' })).toBeFocused();
  await key('ArrowDown');
  await key('Enter');
  await expect.poll(() => relationKinds(page)).toEqual({ support: 2, attack: 3 });
  // A second, identical relation is refused with the reason.
  await key('Control+k');
  await page.keyboard.type('Safer');
  await key('Enter');
  await expect(connectAs.getByRole('menuitem', { name: /Attacks \(The map already has this relation/ })).toBeVisible();
  await key('Escape');
  await snap(page, 'keyboard-2-connected.png');

  // Two reasons for the thesis become one linked argument (Shift+Alt+Right grows the selection).
  await key('Alt+ArrowUp');
  await key('Alt+ArrowDown');
  await key('Shift+Alt+ArrowRight');
  await key('Control+g');
  await expect(page.locator('.junction--linked')).toHaveCount(1);
  await expect.poll(() => relationKinds(page)).toEqual({ support: 1, attack: 3 });
  await snap(page, 'keyboard-3-linked.png');

  // Collapse the thesis: everything below folds away behind a badge; expand brings it back.
  await key('Alt+ArrowUp');
  await expect(card(page, 'Cities should ban cars downtown')).toHaveClass(/selected/);
  await key('Control+.');
  await expect.poll(() => cards(page)).toEqual(['Thesis: Cities should ban cars downtown']);
  // No arrow is left hanging from what the fold hides.
  await expect(page.locator('.react-flow__edge:visible')).toHaveCount(0);
  await expect(page.locator('.junction:visible')).toHaveCount(0);
  await expect(
    card(page, 'Cities should ban cars downtown').getByRole('button', { name: 'Expand, 4 nodes hidden' }),
  ).toBeVisible();
  await snap(page, 'keyboard-4-collapsed.png');
  await key('Control+.');
  await expect.poll(() => cards(page)).toHaveLength(5);

  // Find: matches in text are highlighted, Enter goes to the next one.
  await key('Control+f');
  await expect(page.getByRole('textbox', { name: 'Find in map' })).toBeFocused();
  await page.keyboard.type('s');
  await expect(page.locator('.arg-node.is-match, .arg-node.is-current-match')).toHaveCount(5);
  await page.getByRole('textbox', { name: 'Find in map' }).fill('shops');
  await expect(page.locator('.arg-node.is-current-match')).toContainText('Shops lose customers');
  await key('Enter');
  await snap(page, 'keyboard-5-find.png');
  await key('Escape');
  await expect(card(page, 'Shops lose customers')).toHaveClass(/selected/);

  // Delete a node with a premise below it: asked first; the subtree goes.
  await key('Delete');
  const dialog = page.getByRole('dialog', { name: 'Delete this node?' });
  await expect(dialog).toBeVisible();
  await snap(page, 'keyboard-6-delete-prompt.png');
  // The choice that loses least has the focus; Tab goes on to deleting the subtree too.
  await expect(dialog.getByRole('button', { name: 'Keep 1 node' })).toBeFocused();
  await key('Tab');
  await expect(dialog.getByRole('button', { name: 'Delete with 1 node' })).toBeFocused();
  // The dialog holds the keys: a letter does not add a node behind it.
  await key('o');
  await expect.poll(() => cards(page)).toHaveLength(5);
  await key('Enter');
  const final = [
    'Reason: Cleaner air and less noise',
    'Reason: Safer streets',
    'Thesis: Cities should ban cars downtown',
  ];
  await expect.poll(() => cards(page)).toEqual(final);
  await expect(page.getByRole('button', { name: 'Undo Delete 2 nodes' })).toBeVisible();

  // Undo everything, step by step, back to the empty map; then redo it all.
  // Thesis, reason, sibling, objection, rebuttal (each with its text), text edit, connection, link, delete.
  const steps = 9;
  for (let i = 0; i < steps; i++) await key('Control+z');
  await expect(page.locator('.argument-node')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Undo', exact: true })).toBeDisabled();
  await snap(page, 'keyboard-7-undone.png');
  for (let i = 0; i < steps; i++) await key('Control+y');
  await expect.poll(() => cards(page)).toEqual(final);
  await expect.poll(() => relationKinds(page)).toEqual({ support: 1 });
  await expect(page.locator('.junction--linked')).toHaveCount(1);
  await expect(page.getByRole('button', { name: 'Redo', exact: true })).toBeDisabled();
  await snap(page, 'keyboard-8-redone.png');
});
