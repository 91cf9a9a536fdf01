import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { card, cards, relationKinds, snap, typeText } from './editing';

const TINY = resolve(import.meta.dirname, 'fixtures-data', 'tiny.argmap');
test.use({ mapFile: TINY });

/** Pastes as another app would: a paste event carrying plain text. */
async function pasteText(page: Page, text: string): Promise<void> {
  await page.evaluate((value) => {
    const data = new DataTransfer();
    data.setData('text/plain', value);
    document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

/** Where a card sits on the map, in map units (independent of zoom). */
const mapPosition = async (page: Page, text: string) => {
  const transform = await card(page, text).evaluate((element) => (element as HTMLElement).style.transform);
  const [, x, y] = /translate\(([-\d.]+)px, ([-\d.]+)px\)/.exec(transform) ?? [];
  return { x: Number(x), y: Number(y) };
};

const position = async (page: Page, text: string) => {
  const box = await card(page, text).boundingBox();
  if (!box) throw new Error(`${text} is not drawn`);
  return box;
};

test('copy and paste nodes within a map and into another one, and paste text lines as nodes', async ({ app }) => {
  const { page } = app;
  await card(page, 'Walking is healthy.').click();
  await card(page, 'It takes too long.').click({ modifiers: ['Shift'] });
  await page.keyboard.press('Control+c');
  await page.keyboard.press('Control+v');
  await expect.poll(async () => (await cards(page)).filter((c) => c === 'Reason: Walking is healthy.')).toHaveLength(2);
  // The pasted copies are selected; one undo takes the whole paste back.
  await expect(page.locator('.argument-node.selected')).toHaveCount(2);
  await expect(page.getByRole('button', { name: 'Undo Paste 2 nodes' })).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect.poll(() => cards(page)).toHaveLength(4);

  // Ctrl+D duplicates with the relation between the copies (here: none between a reason and an objection).
  await card(page, 'Only if you live far away.').click();
  await page.keyboard.press('Control+d');
  await expect.poll(async () => (await cards(page)).filter((c) => c.startsWith('Rebuttal'))).toHaveLength(2);

  // Cut the thesis and its reason, open another map, paste them there with their support.
  await card(page, 'We should walk to work.').click();
  await card(page, 'Walking is healthy.').click({ modifiers: ['Shift'] });
  await page.keyboard.press('Control+x');
  await expect.poll(() => cards(page)).not.toContain('Thesis: We should walk to work.');
  // The map has unsaved changes: opening the sample asks first (the test answers Don't Save).
  app.dialogs.willAnswerSaveChanges('discard');
  await app.main.run('openSample');
  expect(app.dialogs.asked).toContainEqual(expect.objectContaining({ kind: 'saveChanges', action: 'open' }));
  await expect(page.getByRole('heading', { level: 1, name: /Kazakhstan/ })).toBeVisible();
  await expect(page.getByTestId('node-count')).toHaveText('32 nodes');
  await page.locator('.react-flow__pane').hover({ position: { x: 200, y: 200 } });
  await page.keyboard.press('Control+v');
  await expect(page.getByTestId('node-count')).toHaveText('34 nodes');
  await expect(card(page, 'We should walk to work.')).toBeVisible();
  await snap(page, 'restructure-1-pasted-into-sample.png');

  // Plain text from another app: each line a node, indentation makes the tree, labels set the kind.
  await pasteText(page, 'Museums should be free\n  Reason: More visitors learn\n  Objection: Someone has to pay');
  await expect(card(page, 'Museums should be free')).toBeVisible();
  await expect(card(page, 'Someone has to pay')).toHaveAttribute('data-kind', 'objection');
  await expect(page.getByRole('button', { name: 'Undo Paste 3 nodes' })).toBeVisible();
});

test('move by arrow keys, select all, box select, reconnect, change and refuse relations', async ({ app }) => {
  const { page } = app;
  // Arrow keys nudge the selection by 10 px (Shift: 50 px), one undo step each.
  await card(page, 'It takes too long.').click();
  expect(await mapPosition(page, 'It takes too long.')).toEqual({ x: 400, y: 200 });
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Shift+ArrowDown');
  await expect.poll(() => mapPosition(page, 'It takes too long.')).toEqual({ x: 410, y: 250 });
  await expect(page.getByRole('button', { name: 'Undo Nudge node' })).toBeVisible();
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await expect.poll(() => mapPosition(page, 'It takes too long.')).toEqual({ x: 400, y: 200 });

  // Ctrl+A selects every node; Escape clears the selection.
  await page.keyboard.press('Control+a');
  await expect(page.locator('.argument-node.selected')).toHaveCount(4);
  await page.keyboard.press('Escape');
  await expect(page.locator('.argument-node.selected')).toHaveCount(0);

  // Shift-drag draws a selection box.
  const reason = await position(page, 'Walking is healthy.');
  const objection = await position(page, 'It takes too long.');
  await page.keyboard.down('Shift');
  await page.mouse.move(Math.min(reason.x, objection.x) - 20, reason.y - 20);
  await page.mouse.down();
  await page.mouse.move(
    Math.max(reason.x + reason.width, objection.x + objection.width) + 20,
    reason.y + reason.height + 20,
    {
      steps: 8,
    },
  );
  await page.mouse.up();
  await page.keyboard.up('Shift');
  await expect(page.locator('.argument-node.selected')).toHaveCount(2);

  // Right-click the support arrow: turn it into an attack; an undercut needs a relation, so it is refused.
  const support = page.locator('.react-flow__edge[data-relation-kind="support"]');
  await support.locator('.react-flow__edge-interaction').click({ button: 'right', force: true });
  await page.getByRole('menuitem', { name: 'Change to Attacks' }).click();
  await expect.poll(() => relationKinds(page)).toEqual({ attack: 2, undercut: 1 });
  await page
    .locator('.react-flow__edge[data-id="r-1"] .react-flow__edge-interaction')
    .click({ button: 'right', force: true });
  // Undercut is shown disabled, the reason it cannot apply here in its tooltip (the menu stays narrow).
  const undercut = page.getByRole('menuitem', { name: 'Change to Undercuts', exact: true });
  await expect(undercut).toHaveAttribute('aria-disabled', 'true');
  await expect(undercut).toHaveAttribute('title', /^An undercut attacks a relation/);
  await expect(undercut).toHaveAccessibleDescription(/^An undercut attacks a relation/);
  expect((await page.getByRole('menu').boundingBox())!.width).toBeLessThan(300);
  await page.keyboard.press('Escape');
  // The inspector's radio can still ask for it; the refusal says why.
  await page.getByRole('radio', { name: /Undercut/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'An undercut attacks a relation' })).toBeVisible();
  await expect.poll(() => relationKinds(page)).toEqual({ attack: 2, undercut: 1 });
  await snap(page, 'restructure-2-refused.png');

  // Drag the arrow's head from the thesis onto the objection: the reason now bears on the objection.
  const head = page.locator('.react-flow__edge[data-id="r-1"] .react-flow__edgeupdater-target');
  await page.locator('.react-flow__edge[data-id="r-1"] .react-flow__edge-interaction').click({ force: true });
  const from = await head.boundingBox();
  const to = await position(page, 'It takes too long.');
  if (!from) throw new Error('the arrow has no draggable head');
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(to.x + to.width / 2, to.y + to.height - 2, { steps: 10 });
  await page.mouse.up();
  await expect(page.getByRole('button', { name: 'Undo Reconnect relation' })).toBeVisible();
});

test('toolbar Add menu, Escape on a new node, folds of leaves, and editing a card scrolled out of view', async ({
  app,
}) => {
  const { page } = app;
  await card(page, 'We should walk to work.').click();
  await page.getByRole('button', { name: 'Add node' }).click();
  await snap(page, 'restructure-3-add-menu.png');
  await page.getByRole('menuitem', { name: 'Add Evidence to the Selected Node' }).click();
  await typeText(page, 'Commuters who walk report less stress.');
  await expect(card(page, 'Commuters who walk report less stress.')).toHaveAttribute('data-kind', 'evidence');

  // Escape on a node just added takes it away and selects what it was being added to.
  await page.keyboard.press('Alt+ArrowUp');
  await page.keyboard.press('o');
  await expect(page.locator('.arg-node__editor')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('node-count')).toHaveText('5 nodes');
  await expect(card(page, 'We should walk to work.')).toHaveClass(/selected/);

  // Folding a leaf has nothing to hide: it says so instead of showing "+0".
  await page.getByRole('treeitem', { name: /Walking is healthy/ }).click();
  await page.keyboard.press('Control+.');
  await expect(page.getByRole('status').filter({ hasText: 'Nothing hangs below this node' })).toBeVisible();

  // F2 from the outline on a card far out of view brings it in and opens its text.
  const row = page.getByRole('treeitem', { name: /too long/ });
  await page.locator('.react-flow__pane').hover();
  await page.mouse.wheel(0, 4000);
  await row.click();
  await page.keyboard.press('F2');
  await expect(page.locator('.arg-node__editor')).toBeFocused();
  await page.keyboard.type('It takes much too long.');
  await page.keyboard.press('Enter');
  await expect(card(page, 'It takes much too long.')).toBeVisible();
  // The keyboard is back on the outline row it started from.
  await expect(row).toBeFocused();
});
