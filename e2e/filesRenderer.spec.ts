/**
 * The window's side of files, where it went wrong before: a kept version without a recovery copy,
 * a Connect palette that outlived its map, a crash screen on which Save did nothing, a recovery
 * dialog that named copies by internal file names, and an empty window with one way out.
 */
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { card, snap, typeText } from './editing';
import { addObjection, openTinyCopy, textsOnDisk, TINY } from './files';
import { expect, test } from './fixtures';
import { openApp } from './harness';

const recoveryCopies = (dataDir: string): Promise<string[]> => readdir(join(dataDir, 'recovery')).catch(() => []);

test('Keep My Version protects the kept map with a recovery copy, like any unsaved change', async ({ app }) => {
  const { page } = app;
  const file = await openTinyCopy(app);
  await writeFile(file, (await readFile(file, 'utf8')).replace('Walking is healthy.', 'Theirs'));
  await app.main.windowFocused();
  await page.getByRole('button', { name: 'Keep My Version' }).click();
  await expect.poll(() => app.windowTitle()).toBe('*tiny.argmap — Argmap');
  // Nothing was edited, yet no file holds the map on screen any more: a crash must not lose it.
  await expect.poll(() => recoveryCopies(app.dataDir), { timeout: 2500 }).toHaveLength(1);
  const [copy] = await recoveryCopies(app.dataDir);
  const kept = await readFile(join(app.dataDir, 'recovery', copy), 'utf8');
  expect(kept).toContain('Walking is healthy.');
  expect(kept).not.toContain('Theirs');
});

test('Connect To… opened after another map was opened starts afresh, with no stale “Connect as” menu', async ({
  app,
}) => {
  const { page } = app;
  await openTinyCopy(app);
  const other = join(app.dir, 'other.argmap');
  await copyFile(TINY, other);
  await card(page, 'Walking is healthy.').click();
  await page.keyboard.press('Control+k');
  await page.keyboard.type('Only if');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menu', { name: 'Connect as' })).toBeVisible();

  app.dialogs.willOpen(other);
  await page.keyboard.press('Control+o');
  await expect.poll(() => app.windowTitle()).toBe('other.argmap — Argmap');
  await expect(page.getByRole('menu', { name: 'Connect as' })).toHaveCount(0);
  const edges = await page.locator('.react-flow__edge').count();

  // Same node id in the other map: the palette must still ask from the start.
  await card(page, 'Walking is healthy.').click();
  await page.keyboard.press('Control+k');
  const find = page.getByRole('combobox', { name: 'Find the node to connect to' });
  await expect(find).toBeFocused();
  await expect(find).toHaveValue('');
  await expect(page.getByRole('menu', { name: 'Connect as' })).toHaveCount(0);
  await snap(page, 'files-renderer-connect-after-open.png');
  await page.keyboard.press('Escape');
  await expect(find).toHaveCount(0);
  await expect(page.locator('.react-flow__edge')).toHaveCount(edges);
  expect(app.windowTitle()).toBe('other.argmap — Argmap');
});

test('after a drawing error the crash screen says the map is safe, and Save still writes it', async ({ app }) => {
  const { page } = app;
  const file = await openTinyCopy(app);
  await addObjection(page, 'We should walk to work.', 'Before the crash screen');
  await expect.poll(() => app.windowTitle()).toBe('*tiny.argmap — Argmap');

  // Staged drawing error: the Connect palette finds the card it puts its menu under with CSS.escape,
  // while drawing; for that one card ("Only if…", n-u) it throws, as a bug in drawing would.
  await page.evaluate(() => {
    const escape = CSS.escape.bind(CSS);
    CSS.escape = (value) => {
      if (value === 'n-u') throw new Error('Staged drawing error');
      return escape(value);
    };
  });
  await card(page, 'Walking is healthy.').click();
  await page.keyboard.press('Control+k');
  await page.keyboard.type('Only if');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Argmap hit an error and cannot show the map.')).toBeVisible();
  await expect(
    page.getByText(
      'Your map is still open: Save (Ctrl+S) writes it, and Reload the window brings it back with its unsaved changes.',
    ),
  ).toBeVisible();
  await expect(page.getByText('Staged drawing error')).toBeVisible();
  await snap(page, 'files-renderer-crash-screen.png');

  // A save that fails (its folder is gone) says why on the crash screen too.
  app.dialogs.willSaveAs(join(app.dir, 'gone', 'elsewhere.argmap'));
  await page.keyboard.press('Control+Shift+s');
  await expect(page.getByRole('alert').filter({ hasText: 'Could not save the map.' })).toBeVisible();
  await snap(page, 'files-renderer-crash-screen-problem.png');
  expect(app.windowTitle()).toBe('*tiny.argmap — Argmap');

  await page.keyboard.press('Control+s');
  await expect.poll(() => app.windowTitle()).toBe('tiny.argmap — Argmap');
  expect(await textsOnDisk(file)).toContain('Before the crash screen');
  await expect(page.getByText('Could not save the map.')).toHaveCount(0);
});

test('the recovery dialog names a damaged copy as such, and each file on a line of its own', async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'argmap-data-'));
  // A long path, as maps kept deep in a documents folder have: it must wrap inside itself.
  const maps = await mkdtemp(join(tmpdir(), 'argmap-maps-'));
  const folder = join(maps, 'debate-club-season-2026', 'regional-tournament-round-two-preparation-material');
  await mkdir(folder, { recursive: true });
  const file = join(folder, 'tiny.argmap');
  await copyFile(TINY, file);
  try {
    const first = await openApp({ file, dataDir });
    await expect.poll(() => first.windowTitle()).toBe('tiny.argmap — Argmap');
    await addObjection(first.page, 'We should walk to work.', 'Offices are far');
    await expect.poll(() => recoveryCopies(dataDir), { timeout: 5000 }).toHaveLength(1);
    await first.crash();

    // A new map, never saved, lost in a second crash.
    const second = await openApp({ dataDir });
    await second.page.getByRole('button', { name: 'Decide Later' }).click();
    await second.page.keyboard.press('Control+n');
    await expect.poll(() => second.windowTitle()).toBe('Untitled.argmap — Argmap');
    await expect(second.page.getByText('This map is empty.')).toBeVisible();
    await second.page.keyboard.press('Tab');
    await typeText(second.page, 'Cities need more cycle lanes.');
    await expect.poll(() => recoveryCopies(dataDir), { timeout: 5000 }).toHaveLength(2);
    await second.crash();

    await writeFile(join(dataDir, 'recovery', 'map_damaged.json'), '{ "format": "argmap-recov');
    const third = await openApp({ dataDir });
    try {
      const { page } = third;
      const dialog = page.getByRole('dialog', { name: 'Recover unsaved changes?' });
      await expect(dialog.getByRole('listitem')).toHaveCount(3);
      const damaged = dialog.getByRole('listitem').filter({ hasText: 'A damaged recovery copy' });
      // Main's message (which file, what is wrong) is the detail; the title is for people, not a file name.
      await expect(damaged.getByText('A damaged recovery copy', { exact: true })).toBeVisible();
      await expect(damaged).toContainText('is damaged (not valid JSON)');
      await expect(damaged.getByRole('button', { name: 'Restore' })).toHaveCount(0);
      await expect(dialog.getByText('Not saved to a file yet.')).toBeVisible();
      await expect(dialog).not.toContainText('Never saved');
      const path = dialog.getByText(`File: ${file}`);
      await expect(path).toBeVisible();
      // "File:" and the path's first characters share a line: a long path breaks inside itself.
      const lines = await path.evaluate((element) => {
        const range = document.createRange();
        range.setStart(element.firstChild as Text, 0);
        range.setEnd(element.firstChild as Text, 'File: /'.length);
        return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
      });
      expect(lines).toBe(1);
      expect((await path.boundingBox())?.height).toBeGreaterThan(20);
      await snap(page, 'files-renderer-recovery-dialog.png');

      await damaged.getByRole('button', { name: 'Discard' }).click();
      await expect(dialog.getByRole('listitem')).toHaveCount(2);
      await expect.poll(() => recoveryCopies(dataDir)).not.toContain('map_damaged.json');
      await dialog.getByRole('button', { name: 'Decide Later' }).click();
    } finally {
      await third.close();
    }
  } finally {
    await rm(dataDir, { recursive: true, force: true });
    await rm(maps, { recursive: true, force: true });
  }
});

test.describe('the window after an open failed', () => {
  test.use({ mapFile: '/nonexistent/never.argmap' });

  test('offers Open…, New Map and the sample map; Open… opens the chosen file', async ({ app }) => {
    const { page } = app;
    await expect(page.getByText('No map is open.')).toBeVisible();
    for (const name of ['Open…', 'New Map', 'Open the sample map']) {
      await expect(page.getByRole('button', { name, exact: true })).toBeVisible();
    }
    await snap(page, 'files-renderer-empty-state.png');
    const file = join(app.dir, 'tiny.argmap');
    await copyFile(TINY, file);
    app.dialogs.willOpen(file);
    await page.getByRole('button', { name: 'Open…' }).click();
    await expect.poll(() => app.windowTitle()).toBe('tiny.argmap — Argmap');
    await expect(card(page, 'Walking is healthy.')).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('New Map starts an empty map', async ({ app }) => {
    const { page } = app;
    await page.getByRole('button', { name: 'New Map' }).click();
    await expect.poll(() => app.windowTitle()).toBe('Untitled.argmap — Argmap');
    await expect(page.getByText('This map is empty.')).toBeVisible();
  });
});
