import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { card, cards, EMPTY_MAP, snap, typeText } from './editing';

test.use({ mapFile: EMPTY_MAP });

interface Placed {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Every card's place on the map (flow coordinates, from React Flow's transform), by its text. */
async function placed(page: Page): Promise<Map<string, Placed>> {
  const list = await page.locator('.argument-node').evaluateAll((elements) =>
    elements.map((element) => {
      const match = /translate\(([-\d.]+)px,\s*([-\d.]+)px\)/.exec((element as HTMLElement).style.transform);
      const html = element as HTMLElement;
      return {
        text: element.querySelector('.arg-node__text')?.textContent ?? '',
        x: Number(match?.[1] ?? NaN),
        y: Number(match?.[2] ?? NaN),
        width: html.offsetWidth,
        height: html.offsetHeight,
      };
    }),
  );
  return new Map(list.map((entry) => [entry.text, entry]));
}

const overlaps = (a: Placed, b: Placed): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * "Should our city ban private cars from the downtown core?", built as a new user would: 17
 * points typed one after another with the keyboard, never pressing Ctrl+L. After each step: a
 * screenshot, the new card in view and clear of the minimap, no cards overlapping, and no card
 * that was already there moved by more than a card's width (or up or down).
 */
test('the 17-node car-ban map built by keyboard lands in place without Ctrl+L', async ({ app }) => {
  test.setTimeout(240_000);
  const { page } = app;
  const key = (combo: string) => page.keyboard.press(combo);
  let before = await placed(page);
  let step = 0;

  const add = async (keys: string[], text: string, adds: string) => {
    for (const combo of keys.slice(0, -1)) await key(combo);
    await key(keys[keys.length - 1]);
    await typeText(page, text);
    step += 1;
    await expect(card(page, text)).toHaveCount(1);
    await expect(card(page, text).locator('.arg-node__kind')).toHaveText(adds);
    // Let the reveal's short pan finish before the picture and the checks.
    await page.waitForTimeout(350);
    await snap(page, `car-ban-${String(step).padStart(2, '0')}.png`);
    const now = await placed(page);
    expect(now.size, 'every card drawn').toBe(step);
    const fresh = now.get(text)!;
    for (const [other, box] of now) {
      if (other !== text) expect(overlaps(fresh, box), `“${text}” overlaps “${other}”`).toBe(false);
    }
    for (const [other, was] of before) {
      const is = now.get(other)!;
      expect(Math.abs(is.x - was.x), `“${other}” moved sideways when “${text}” came`).toBeLessThanOrEqual(was.width);
      expect(is.y, `“${other}” moved up or down when “${text}” came`).toBe(was.y);
    }
    // In view, and not under the minimap.
    const box = (await card(page, text).boundingBox())!;
    const pane = (await page.locator('.react-flow').boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(pane.x);
    expect(box.y).toBeGreaterThanOrEqual(pane.y);
    expect(box.x + box.width).toBeLessThanOrEqual(pane.x + pane.width);
    expect(box.y + box.height).toBeLessThanOrEqual(pane.y + pane.height);
    const minimap = await page.locator('.react-flow__minimap').boundingBox();
    if (minimap) {
      const under =
        box.x < minimap.x + minimap.width &&
        minimap.x < box.x + box.width &&
        box.y < minimap.y + minimap.height &&
        minimap.y < box.y + box.height;
      expect(under, `“${text}” is under the minimap`).toBe(false);
    }
    before = now;
  };

  await add(['Tab'], 'Our city should ban private cars from the downtown core.', 'Thesis');
  await add(['Tab'], 'Cars are the main source of downtown air pollution.', 'Reason');
  await add(['Enter'], 'Fewer cars means fewer pedestrians hurt.', 'Reason');
  await add(['Enter'], 'Transit already carries most commuters.', 'Reason');
  await add(['Alt+ArrowUp', 'o'], 'Downtown shops depend on customers who drive.', 'Objection');
  // Alt+Down from the thesis reaches its first premise: the first reason typed, still leftmost.
  await add(['Alt+ArrowUp', 'Alt+ArrowDown', 'e'], 'Sensors show NO2 at twice the limit at rush hour.', 'Evidence');
  await add(['Alt+ArrowUp', 'o'], 'Buses and deliveries pollute too.', 'Objection');
  await add(['b'], 'Buses are being electrified by 2027.', 'Rebuttal');
  await add(
    ['Alt+ArrowUp', 'Alt+ArrowUp', 'Alt+ArrowRight', 'e'],
    'Half of pedestrian injuries happen downtown.',
    'Evidence',
  );
  await add(['Alt+ArrowUp', 'Alt+ArrowRight', 'e'], 'Two thirds of commuters arrive by train.', 'Evidence');
  await add(['Alt+ArrowUp', 'Alt+ArrowRight', 'b'], 'Oslo’s car-free centre saw footfall rise.', 'Rebuttal');
  await add(['Alt+ArrowUp', 'Alt+ArrowUp', 'o'], 'Disabled residents need car access.', 'Objection');
  await add(['b'], 'Permits can exempt disabled drivers.', 'Rebuttal');
  await add(['Alt+ArrowUp', 'Alt+ArrowUp', 'm'], 'Phase the ban in over two years.', 'Recommendation');
  await add(['m'], 'Start with a one-year pilot.', 'Recommendation');
  await add(['o'], 'A pilot only delays the benefits.', 'Objection');
  await add(
    ['Alt+ArrowUp', 'Alt+ArrowUp', 'Alt+ArrowUp', 'Alt+ArrowDown', 'Tab'],
    'Traffic noise harms residents’ sleep.',
    'Reason',
  );
  expect(await cards(page)).toHaveLength(17);
  await page.keyboard.press('Control+0');
  await page.waitForTimeout(400);
  await snap(page, 'car-ban-whole.png');

  // The thesis's premises stand in one row, in the order they were typed.
  const map = await placed(page);
  const row = [
    'Cars are the main source of downtown air pollution.',
    'Fewer cars means fewer pedestrians hurt.',
    'Transit already carries most commuters.',
    'Downtown shops depend on customers who drive.',
    'Disabled residents need car access.',
  ].map((text) => map.get(text)!);
  expect(new Set(row.map((entry) => entry.y)).size).toBe(1);
  const xs = row.map((entry) => entry.x);
  expect(xs).toEqual([...xs].sort((a, b) => a - b));
  // The recommendation follows from the thesis: below it.
  expect(map.get('Phase the ban in over two years.')!.y).toBeGreaterThan(
    map.get('Our city should ban private cars from the downtown core.')!.y,
  );
  // The noise reason, added last to the first reason, joined its row beside the evidence.
  expect(map.get('Traffic noise harms residents’ sleep.')!.y).toBe(
    map.get('Sensors show NO2 at twice the limit at rush hour.')!.y,
  );
});

test('Ctrl+Alt+Left/Right move a premise among its siblings, and the outline follows', async ({ app }) => {
  const { page } = app;
  const key = (combo: string) => page.keyboard.press(combo);
  await key('Tab');
  await typeText(page, 'Ban cars downtown.');
  await key('Tab');
  await typeText(page, 'First reason.');
  await key('Enter');
  await typeText(page, 'Second reason.');
  await key('Enter');
  await typeText(page, 'Third reason.');
  await expect(card(page, 'Third reason.')).toHaveCount(1);
  const xOf = async (text: string) => (await placed(page)).get(text)?.x ?? NaN;
  expect(await xOf('Third reason.')).toBeGreaterThan(await xOf('Second reason.'));
  await key('Control+Alt+ArrowLeft');
  await key('Control+Alt+ArrowLeft');
  await expect.poll(() => xOf('Third reason.')).toBeLessThan(await xOf('First reason.'));
  expect(await xOf('First reason.')).toBeLessThan(await xOf('Second reason.'));
  await expect(page.getByRole('button', { name: 'Undo Move left among siblings' })).toBeVisible();
  await snap(page, 'reorder-moved-left.png');
  // The order is the map's: the command palette lists the action with its key.
  await key('Control+Shift+p');
  await page.keyboard.type('Move Right Among');
  await expect(page.getByRole('option', { name: /Move Right Among Siblings/ })).toBeVisible();
  await key('Escape');
  await key('Control+Alt+ArrowRight');
  await expect.poll(() => xOf('Third reason.')).toBeGreaterThan(await xOf('First reason.'));
});
