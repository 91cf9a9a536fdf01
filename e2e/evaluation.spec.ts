import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { card, EMPTY_MAP, snap, typeText } from './editing';

test.use({ mapFile: EMPTY_MAP });

const status = (page: Page, text: string) => card(page, text).locator('.status-chip');

test('a debate evaluated live: reject a premise, watch the claim fall, read why, ask what if', async ({ app }) => {
  const { page } = app;
  const key = (combo: string) => page.keyboard.press(combo);

  // A small debate: a thesis, a reason for it, an objection, and a rebuttal of the objection.
  await key('Tab');
  await typeText(page, 'We should adopt the plan');
  await key('Tab');
  await typeText(page, 'It saves money');
  await key('Alt+ArrowUp');
  await key('o');
  await typeText(page, 'It is risky');
  await key('b');
  await typeText(page, 'The risks are insured');

  // View › Show Evaluation (Ctrl+E): each card says its status in colour, shape and word.
  await expect(page.locator('.status-chip')).toHaveCount(0);
  await key('Control+e');
  await expect(status(page, 'We should adopt the plan')).toHaveText('Stands');
  await expect(status(page, 'It is risky')).toHaveText('Falls');
  await expect(status(page, 'The risks are insured')).toHaveText('Stands');
  await expect(status(page, 'It saves money')).toHaveText('Stands');
  await expect(card(page, 'It is risky').locator('.status-chip svg')).toHaveCount(1);
  // The objection's attack fails, so its arrow is faded.
  await expect(page.locator('.react-flow__edge[data-relation-kind="attack"][data-status="fails"]')).toHaveCount(1);
  await expect(page.getByRole('status', { name: 'Evaluation' })).toContainText('3');
  await snap(page, 'evaluation-1-shown.png');

  // Reject the premise: the thesis it supported falls.
  await card(page, 'It saves money').click();
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  await inspector.getByRole('group', { name: 'Your mark' }).getByRole('button', { name: 'Rejected' }).click();
  await expect(status(page, 'It saves money')).toHaveText('Falls · rejected');
  await expect(status(page, 'We should adopt the plan')).toHaveText('Falls');
  await snap(page, 'evaluation-2-rejected.png');

  // The inspector explains why, and the named reason is a link that selects it.
  await card(page, 'We should adopt the plan').click();
  const explanation = inspector.getByLabel('Explanation');
  await expect(explanation).toHaveText(
    'Falls: its only support fails, because you rejected the reason ‘It saves money’.',
  );
  await snap(page, 'evaluation-3-explained.png');
  await explanation.getByRole('button', { name: 'the reason ‘It saves money’' }).click();
  await expect(card(page, 'It saves money')).toHaveClass(/selected/);

  // The mark is an edit like any other: Undo takes it back and the thesis stands again.
  await page.locator('.react-flow__pane').click({ position: { x: 20, y: 20 } });
  await key('Control+z');
  await expect(status(page, 'We should adopt the plan')).toHaveText('Stands');

  // What if the rebuttal were rejected? The objection would stand and the thesis fall; the map stays as it is.
  await page
    .getByRole('tree', { name: 'Outline' })
    .getByRole('treeitem', { name: /The risks are insured/ })
    .click();
  await inspector.getByRole('button', { name: 'What if rejected?' }).click();
  const whatIf = page.getByRole('status', { name: 'What if' });
  await expect(whatIf).toContainText('What if ‘The risks are insured’ were rejected: 3 statuses change.');
  await expect(status(page, 'We should adopt the plan')).toHaveText('Falls (was stands)');
  await expect(status(page, 'It is risky')).toHaveText('Stands (was falls)');
  await snap(page, 'evaluation-4-what-if.png');
  await whatIf.getByRole('button', { name: 'End What-If' }).click();
  await expect(status(page, 'We should adopt the plan')).toHaveText('Stands');
  await expect(page.getByRole('button', { name: /^Undo/ })).toHaveAccessibleName('Undo Add rebuttal');

  // The outline lists the statuses too.
  await expect(
    page
      .getByRole('tree', { name: 'Outline' })
      .getByRole('treeitem', { name: /Thesis.*stands: We should adopt the plan/ }),
  ).toBeVisible();
});
