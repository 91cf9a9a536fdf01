import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serializeArgmap } from '../src/shared/formats/argmapFormat';
import type { ArgumentMap } from '../src/shared/model/argumentMap';
import { mapOnDisk } from './files';
import { expect, test } from './fixtures';
import { openApp } from './harness';
import { snap } from './editing';

const LONG =
  'Banning private cars from the downtown core cuts nitrogen dioxide near schools, frees road space for buses and ' +
  'bicycles, makes the streets safer for children walking to school, and brings shoppers back to the high street ' +
  'once the traffic is gone, as Oslo, Ghent and Pontevedra found within a few years of their own bans.';

/** A map with an Argdown-style titled argument and a long text, as an import leaves it. */
function titledMap(): ArgumentMap {
  return {
    meta: { title: 'Car-free downtown' },
    nodes: {
      t: {
        id: 't',
        kind: 'thesis',
        text: 'Our city should ban private cars downtown.',
        position: { x: 0, y: 0 },
        tags: [],
      },
      r: {
        id: 'r',
        kind: 'reason',
        title: 'No harm, no ban',
        text: LONG,
        position: { x: 0, y: 220 },
        tags: [],
      },
    },
    relations: { s: { id: 's', kind: 'support', from: ['r'], to: { node: 't' } } },
  } as unknown as ArgumentMap;
}

test('a titled node shows its title as the card’s heading; Compact Cards shortens long texts, the whole text on demand', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'argmap-titles-'));
  const file = join(dir, 'titled.argmap');
  await writeFile(file, serializeArgmap(titledMap()));
  const app = await openApp({ file });
  try {
    const { page } = app;
    const reason = page.locator('.argument-node[data-id="r"]');
    await expect(reason.getByRole('heading', { name: 'No harm, no ban' })).toBeVisible();
    await expect(reason.locator('.arg-node__text')).toHaveText(LONG);
    const fullHeight = (await reason.boundingBox())!.height;
    await snap(page, 'card-titles-0-full.png');

    // View › Compact Cards, from the palette: the text shows two lines under the title, the rest in a tooltip.
    await page.keyboard.press('Control+Shift+P');
    await page.getByRole('combobox', { name: 'Action name' }).fill('compact');
    await page.keyboard.press('Enter');
    const text = reason.locator('.arg-node__text');
    await expect(text).toHaveClass(/is-shortened/);
    await expect(text).toHaveAttribute('title', LONG);
    await expect.poll(async () => (await text.boundingBox())!.height).toBeLessThanOrEqual(41);
    expect((await reason.boundingBox())!.height).toBeLessThan(fullHeight - 60);
    await snap(page, 'card-titles-1-compact.png');

    // Selecting the card shows the whole text again.
    await reason.click();
    await expect.poll(async () => (await text.boundingBox())!.height).toBeGreaterThan(100);
    await snap(page, 'card-titles-2-selected.png');

    // The view is the map's: saved with it, and undone like an edit.
    await page.keyboard.press('Control+s');
    await expect.poll(async () => (await mapOnDisk(file)).meta.cards).toBe('compact');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+z');
    await expect(text).not.toHaveClass(/is-shortened/);
  } finally {
    await app.close();
    await rm(dir, { recursive: true, force: true });
  }
});
