import type { Locator, Page } from '@playwright/test';
import { artifactPath } from './artifacts';
import { expect, test } from './fixtures';
import { openApp } from './harness';

const THESIS = 'Kazakhstan has established a noticeably respected profile';
const STEPS = 13;

const inspector = (page: Page): Locator => page.getByRole('complementary', { name: 'Inspector' });
const storyline = (page: Page): Locator => page.getByRole('complementary', { name: 'Storyline' });
const stepRows = (page: Page): Locator => storyline(page).locator('.story-step');
const presentation = (page: Page): Locator => page.getByRole('region', { name: 'Presentation' });

/** The step rows' focus texts, in order. */
const rowTexts = (page: Page): Promise<string[]> => stepRows(page).locator('.story-step__text').allTextContents();

/** The smallest text on the presented slide, in CSS pixels as drawn on screen. */
function smallestSlideText(page: Page): Promise<number> {
  return page.evaluate(() => {
    const slide = document.querySelector('.presentation__slide:not([aria-hidden]) svg');
    if (!slide) return 0;
    const sizes = [...slide.querySelectorAll('text')].map(
      (text) => Number(text.getAttribute('font-size')) * (text.getScreenCTM()?.a ?? 0),
    );
    return Math.min(...sizes);
  });
}

test.describe('map details', () => {
  test('the inspector edits the title, author, date and description, each an undoable step', async ({ app }) => {
    const { page } = app;
    await expect(page.locator('.argument-node').first()).toBeVisible();
    const title = inspector(page).getByLabel('Title', { exact: true });
    await expect(title).toHaveValue('Kazakhstan as a Mediator in International Affairs');
    await title.fill('Kazakhstan, the mediator');
    await title.press('Enter');
    await inspector(page).getByLabel('Author').fill('Debate club');
    await inspector(page).getByLabel('Author').press('Enter');
    await inspector(page).getByLabel('Date').fill('2026-12-08');
    await inspector(page).getByLabel('Date').press('Enter');
    await inspector(page).getByLabel('Description').fill('For the Thursday session.');
    await inspector(page).getByLabel('Description').press('Control+Enter');
    await expect(title).toHaveValue('Kazakhstan, the mediator');
    await expect(page.getByRole('button', { name: /Undo Edit map description/ })).toBeVisible();

    // A date that is no day is refused, saying why; the date kept is the last good one.
    await inspector(page).getByLabel('Date').fill('2026-02-30');
    await inspector(page).getByLabel('Date').press('Enter');
    await expect(page.locator('.notice')).toHaveText('2026-02-30 is not a day of the calendar.');
    await expect(inspector(page).getByLabel('Date')).toHaveValue('2026-12-08');
    await page.screenshot({ path: artifactPath('presentation-map-details.png') });

    // Each field was one step: four undos bring the sample's details back.
    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
    for (let i = 0; i < 4; i++) await page.keyboard.press('Control+Z');
    await expect(title).toHaveValue('Kazakhstan as a Mediator in International Affairs');
    await expect(inspector(page).getByLabel('Date')).toHaveValue('2016-11-02');
  });
});

test.describe('storyline', () => {
  test('generate a storyline, then reorder, add, remove and annotate its steps, each undoable', async ({ app }) => {
    const { page } = app;
    await expect(page.locator('.argument-node').first()).toBeVisible();
    await page.keyboard.press('Control+Shift+Y');
    await expect(storyline(page)).toBeVisible();
    await expect(storyline(page)).toContainText('No storyline yet');
    await storyline(page).getByRole('button', { name: 'Generate storyline' }).click();
    await expect(stepRows(page)).toHaveCount(STEPS);
    const generated = await rowTexts(page);
    expect(generated[0]).toContain(THESIS);

    // Alt+Down moves the focused step one place down; Alt+Up back.
    await stepRows(page).nth(1).focus();
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(() => rowTexts(page)).toEqual([generated[0], generated[2], generated[1], ...generated.slice(3)]);
    await expect(stepRows(page).nth(2)).toBeFocused();

    // Dragged back above the second row, by its line (the open step's fields below it are for typing).
    await stepRows(page)
      .nth(2)
      .dragTo(stepRows(page).nth(1), { sourcePosition: { x: 60, y: 12 }, targetPosition: { x: 60, y: 4 } });
    await expect.poll(() => rowTexts(page)).toEqual(generated);

    // Speaker notes on the open step.
    await stepRows(page).first().click();
    const notes = storyline(page).getByLabel('Speaker notes');
    await notes.fill('Open with the profile: everyone agrees on it.');
    await notes.press('Control+Enter');
    await expect(stepRows(page).first()).toHaveAttribute('aria-current', 'step');

    // Remove the last step, then add the selected node (the CICA evidence) at the end.
    await stepRows(page).last().getByRole('button', { name: 'Remove step' }).click();
    await expect(stepRows(page)).toHaveCount(STEPS - 1);
    // Selected in the outline (the card may lie outside the view).
    await page.getByRole('treeitem', { name: /CICA \(Conference on Interaction/ }).click();
    await storyline(page).getByRole('button', { name: 'Add selected node as a step' }).click();
    await expect(stepRows(page)).toHaveCount(STEPS);
    await expect(stepRows(page).last()).toContainText('CICA (Conference on Interaction');
    await page.screenshot({ path: artifactPath('presentation-storyline-panel.png') });

    // Undo takes back the add, the removal, the notes, the drag, the move and the generation, one by one.
    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+Z');
    await expect(stepRows(page)).toHaveCount(STEPS - 1);
    await page.keyboard.press('Control+Z');
    await expect(stepRows(page)).toHaveCount(STEPS);
    await page.keyboard.press('Control+Z');
    await stepRows(page).first().click();
    await expect(storyline(page).getByLabel('Speaker notes')).toHaveValue('');
    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
    for (let i = 0; i < 3; i++) await page.keyboard.press('Control+Z');
    await expect(stepRows(page)).toHaveCount(0);
  });
});

test.describe('presentation', () => {
  test('F5 presents the sample step by step with the presenter view open; both windows stay in step', async () => {
    const app = await openApp({ viewport: { width: 1920, height: 1080 } });
    try {
      const { page } = app;
      await expect(page.locator('.argument-node').first()).toBeVisible();
      await page.keyboard.press('F5');
      const shown = presentation(page);
      await expect(shown).toBeVisible();
      // The sample has no storyline: F5 made one, and says so.
      await expect(shown.getByRole('status')).toContainText('generated one (13 steps)');
      await expect(shown.locator('.presentation__counter')).toHaveText(`Step 1 of ${STEPS}`);
      // The canvas alone: no panels, no bars.
      await expect(page.getByRole('complementary')).toHaveCount(0);
      await expect(page.locator('.react-flow')).toBeHidden();

      const presenter = await app.presenter();
      const view = presenter.getByRole('main', { name: 'Presenter view' });
      await expect(view.locator('.presenter__step')).toHaveText(`Step 1 of ${STEPS}`);
      await expect(view.getByRole('region', { name: 'Current step' }).getByRole('img')).toHaveAccessibleName(
        new RegExp(`^Thesis: ${THESIS}`),
      );
      await expect(view.getByRole('region', { name: 'Next' })).toBeVisible();
      await expect(view.getByLabel('Clock')).toHaveText(/^\d\d:\d\d$/);
      await expect(view.getByLabel('Elapsed time')).toHaveText(/^\d\d:\d\d$/);

      // Readable whatever the map's size: no text under 24 px on a 1920 × 1080 screen.
      await page.waitForTimeout(1200); // the camera's glide and the fade-in, for the screenshot
      expect(await smallestSlideText(page)).toBeGreaterThanOrEqual(24);
      await page.screenshot({ path: artifactPath('presentation-step-1.png') });
      await presenter.screenshot({ path: artifactPath('presenter-step-1.png') });

      // Keys in the main window move the presenter view.
      await page.keyboard.press('ArrowRight');
      await expect(shown.locator('.presentation__counter')).toHaveText(`Step 2 of ${STEPS}`);
      await expect(view.locator('.presenter__step')).toHaveText(`Step 2 of ${STEPS}`);
      await page.waitForTimeout(1200);
      expect(await smallestSlideText(page)).toBeGreaterThanOrEqual(24);
      await page.screenshot({ path: artifactPath('presentation-step-2.png') });
      await presenter.screenshot({ path: artifactPath('presenter-step-2.png') });

      // Space and Page Down go on, Left and Page Up back, Home to the first.
      await page.keyboard.press('Space');
      await page.keyboard.press('PageDown');
      await expect(shown.locator('.presentation__counter')).toHaveText(`Step 4 of ${STEPS}`);
      await page.keyboard.press('PageUp');
      await page.keyboard.press('ArrowLeft');
      await expect(shown.locator('.presentation__counter')).toHaveText(`Step 2 of ${STEPS}`);
      await page.keyboard.press('Home');
      await expect(view.locator('.presenter__step')).toHaveText(`Step 1 of ${STEPS}`);

      // Keys in the presenter view move the main window: End, to the last step.
      await presenter.keyboard.press('End');
      await expect(shown.locator('.presentation__counter')).toHaveText(`Step ${STEPS} of ${STEPS}`);
      await expect(view.locator('.presenter__step')).toHaveText(`Step ${STEPS} of ${STEPS}`);
      await expect(view.getByRole('region', { name: 'Next' })).toContainText('End of the storyline');
      await page.keyboard.press('ArrowRight');
      await expect(shown.locator('.presentation__counter')).toHaveText(`Step ${STEPS} of ${STEPS}`);
      await page.waitForTimeout(1200);
      expect(await smallestSlideText(page)).toBeGreaterThanOrEqual(24);
      await page.screenshot({ path: artifactPath('presentation-step-last.png') });
      await presenter.screenshot({ path: artifactPath('presenter-step-last.png') });

      // Escape ends it: the editor is back, the presenter view closes, the storyline stays.
      await page.keyboard.press('Escape');
      await expect(shown).toBeHidden();
      await expect(page.locator('.argument-node').first()).toBeVisible();
      await expect.poll(() => presenter.isClosed()).toBe(true);
      await page.keyboard.press('Control+Shift+Y');
      await expect(stepRows(page)).toHaveCount(STEPS);
    } finally {
      await app.close();
    }
  });
});
