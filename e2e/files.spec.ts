import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { card, cards, snap, typeText } from './editing';
import { addObjection, crashedSession, mapOnDisk, openTinyCopy, recoveryCopies, SAMPLE_NAME, TINY } from './files';
import { expect, test } from './fixtures';
import { openApp } from './harness';

test('edit the sample, Save As, and a fresh app opened on that file shows the same map', async ({ app }) => {
  const { page } = app;
  await expect.poll(() => app.windowTitle()).toBe(`${SAMPLE_NAME} — Argmap`);
  await addObjection(page, 'lacks the resources essential', 'Money is not what mediators need most');
  // Unsaved: the title and the top bar say so.
  await expect.poll(() => app.windowTitle()).toBe(`*${SAMPLE_NAME} — Argmap`);
  await expect(page.locator('.top-bar__edited')).toBeVisible();
  const before = await cards(page);

  // The sample is the app's own file: Save asks where to put the user's copy.
  const target = join(app.dir, 'my-debate');
  app.dialogs.willSaveAs(target);
  await page.keyboard.press('Control+s');
  await expect.poll(() => app.windowTitle()).toBe('my-debate.argmap — Argmap');
  await expect(page.locator('.top-bar__edited')).toHaveCount(0);
  expect(app.dialogs.asked).toEqual([{ kind: 'save', suggested: SAMPLE_NAME }]);
  const saved = await mapOnDisk(`${target}.argmap`);
  expect(Object.values(saved.nodes).map((n) => n.text)).toContain('Money is not what mediators need most');

  // A second Save writes to the same file without asking.
  await addObjection(page, 'Money is not what mediators need most', 'Trust is');
  // Main has heard of the edit (the title's mark) before the save: the clean title after it then means saved.
  await expect.poll(() => app.windowTitle()).toBe('*my-debate.argmap — Argmap');
  await page.keyboard.press('Control+s');
  await expect.poll(() => app.windowTitle()).toBe('my-debate.argmap — Argmap');
  expect(app.dialogs.asked).toHaveLength(1);
  expect(Object.keys((await mapOnDisk(`${target}.argmap`)).nodes)).toHaveLength(34);
  // The version before that save is kept beside it.
  expect(Object.keys((await mapOnDisk(`${target}.argmap.bak`)).nodes)).toHaveLength(33);
  const after = await cards(page);
  expect(after).toHaveLength(before.length + 1);

  const reopened = await openApp({ file: `${target}.argmap` });
  try {
    await expect.poll(() => reopened.windowTitle()).toBe('my-debate.argmap — Argmap');
    await expect.poll(() => cards(reopened.page)).toEqual(after);
    await snap(reopened.page, 'files-reopened.png');
  } finally {
    await reopened.close();
  }
});

test('unsaved changes: New, Open, Revert and Close ask Save / Don’t Save / Cancel', async ({ app }) => {
  const { page } = app;
  const file = await openTinyCopy(app);
  const original = await cards(page);
  await addObjection(page, 'We should walk to work.', 'Deliveries get dearer');

  // Cancel: nothing happens, the edit stays.
  app.dialogs.willAnswerSaveChanges('cancel');
  await page.keyboard.press('Control+n');
  await expect
    .poll(() => app.dialogs.asked.at(-1))
    .toEqual({ kind: 'saveChanges', name: 'tiny.argmap', action: 'new' });
  await expect(card(page, 'Deliveries get dearer')).toBeVisible();
  await expect.poll(() => app.windowTitle()).toBe('*tiny.argmap — Argmap');

  // Revert, Don't Save: back to the file on disk.
  app.dialogs.willAnswerSaveChanges('discard');
  await app.main.run('revert');
  await expect.poll(() => cards(page)).toEqual(original);
  await expect.poll(() => app.windowTitle()).toBe('tiny.argmap — Argmap');

  // Open a broken file: a clear message, the map on screen stays, nothing asked.
  await addObjection(page, 'We should walk to work.', 'Deliveries get dearer');
  const broken = join(app.dir, 'broken.argmap');
  await writeFile(broken, '{ "format": "argmap", "version": 1, "map": ');
  app.dialogs.willOpen(broken);
  const asked = app.dialogs.asked.length;
  await page.keyboard.press('Control+o');
  await expect(page.getByRole('alert')).toContainText('Could not open the map.');
  await expect(page.getByRole('alert')).toContainText('“broken.argmap”');
  expect(app.dialogs.asked).toHaveLength(asked + 1);
  await expect(card(page, 'Deliveries get dearer')).toBeVisible();
  await snap(page, 'files-broken-open.png');
  await page.getByRole('button', { name: 'Dismiss' }).click();

  // New, Save: the edit goes to the file first, then the empty map opens.
  app.dialogs.willAnswerSaveChanges('save');
  await page.keyboard.press('Control+n');
  await expect.poll(() => app.windowTitle()).toBe('Untitled.argmap — Argmap');
  await expect(page.getByText('This map is empty.')).toBeVisible();
  expect(Object.values((await mapOnDisk(file)).nodes).map((n) => n.text)).toContain('Deliveries get dearer');

  // Close with a never-saved map: Save asks where; the window closes once it is written.
  await page.keyboard.press('Tab');
  await typeText(page, 'Museums should be free');
  app.dialogs.willAnswerSaveChanges('save').willSaveAs(join(app.dir, 'museums.argmap'));
  await page.keyboard.press('Control+w');
  await expect.poll(() => app.windowClosed).toBe(true);
  expect(Object.values((await mapOnDisk(join(app.dir, 'museums.argmap'))).nodes).map((n) => n.text)).toEqual([
    'Museums should be free',
  ]);
});

test('closing with unsaved changes and Cancel keeps the window and the map', async ({ app }) => {
  const { page } = app;
  await addObjection(page, 'lacks the resources essential', 'Not so');
  app.dialogs.willAnswerSaveChanges('cancel');
  await app.main.run('closeWindow');
  expect(app.windowClosed).toBe(false);
  expect(app.dialogs.asked).toEqual([{ kind: 'saveChanges', name: SAMPLE_NAME, action: 'close' }]);
  await expect(card(page, 'Not so')).toBeVisible();
});

test('after a crash, the next start offers the unsaved map back, and saving it writes the original file', async () => {
  const { dataDir, file, cleanUp } = await crashedSession('Shops will suffer');
  try {
    const second = await openApp({ file, dataDir });
    try {
      const { page } = second;
      const dialog = page.getByRole('dialog', { name: 'Recover unsaved changes?' });
      await expect(dialog).toBeVisible();
      await expect(dialog).toContainText('tiny.argmap');
      await expect(dialog).toContainText(`File: ${file}`);
      await expect(dialog).toContainText(/Unsaved changes from .*\d/);
      await snap(page, 'files-recovery-offer.png');
      await dialog.getByRole('button', { name: 'Restore' }).click();
      await expect(card(page, 'Shops will suffer')).toBeVisible();
      await expect.poll(() => second.windowTitle()).toBe('*tiny.argmap — Argmap');

      // Save writes the original file (no question) and the recovery copy goes.
      await page.keyboard.press('Control+s');
      await expect.poll(() => second.windowTitle()).toBe('tiny.argmap — Argmap');
      expect(Object.values((await mapOnDisk(file)).nodes).map((n) => n.text)).toContain('Shops will suffer');
      await expect.poll(() => recoveryCopies(dataDir)).toHaveLength(0);
      expect(second.dialogs.asked).toEqual([]);
    } finally {
      await second.close();
    }
  } finally {
    await cleanUp();
  }
});

test('another program changes the open file: the app notices on focus, and saving asks first', async ({ app }) => {
  const { page } = app;
  const file = await openTinyCopy(app);

  const changed = (await readFile(file, 'utf8')).replace('We should walk to work.', 'Changed elsewhere');
  await writeFile(file, changed);
  await app.main.windowFocused();
  const banner = page.getByRole('alert');
  await expect(banner).toContainText('“tiny.argmap” was changed by another program.');
  await snap(page, 'files-disk-changed.png');
  await banner.getByRole('button', { name: 'Reload from Disk' }).click();
  await expect(card(page, 'Changed elsewhere')).toBeVisible();

  // Changed again, and the user saves without looking: asked first; Cancel leaves the other program's file.
  await addObjection(page, 'Changed elsewhere', 'Mine');
  const theirs = changed.replace('Changed elsewhere', 'Changed twice');
  await writeFile(file, theirs);
  app.dialogs.willAnswerOverwrite('cancel');
  await page.keyboard.press('Control+s');
  await expect.poll(() => app.dialogs.asked.at(-1)).toEqual({ kind: 'overwrite', name: 'tiny.argmap', deleted: false });
  expect(await readFile(file, 'utf8')).toBe(theirs);
  await expect.poll(() => app.windowTitle()).toBe('*tiny.argmap — Argmap');
});

test('a map file dropped on the window opens', async ({ app }) => {
  const { page } = app;
  const dropped = join(app.dir, 'dropped.argmap');
  await copyFile(TINY, dropped);
  await app.dropFile(dropped);
  await expect.poll(() => app.windowTitle()).toBe('dropped.argmap — Argmap');
  await expect(card(page, 'We should walk to work.')).toBeVisible();
});

test('a dropped map asks once before Save first writes to it: the page could have named it', async ({ app }) => {
  const { page } = app;
  const dropped = join(app.dir, 'dropped.argmap');
  await copyFile(TINY, dropped);
  await app.dropFile(dropped);
  await expect(card(page, 'We should walk to work.')).toBeVisible();
  await addObjection(page, 'We should walk to work.', 'Deliveries get dearer');

  app.dialogs.willAnswerSaveUnchosen('save');
  await page.keyboard.press('Control+s');
  await expect.poll(() => app.windowTitle()).toBe('dropped.argmap — Argmap');
  expect(app.dialogs.asked).toEqual([{ kind: 'saveUnchosen', name: 'dropped.argmap', folder: app.dir }]);
  expect(Object.values((await mapOnDisk(dropped)).nodes).map((n) => n.text)).toContain('Deliveries get dearer');

  // Chosen now: the next Save writes without asking.
  await addObjection(page, 'We should walk to work.', 'Buses run late');
  await page.keyboard.press('Control+s');
  await expect
    .poll(async () => Object.values((await mapOnDisk(dropped)).nodes).map((n) => n.text))
    .toContain('Buses run late');
  expect(app.dialogs.asked).toHaveLength(1);
});
