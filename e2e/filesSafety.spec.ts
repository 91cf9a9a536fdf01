import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { card, snap } from './editing';
import { addObjection, crashedSession, openTinyCopy, recoveryCopies, textsOnDisk } from './files';
import { expect, test } from './fixtures';
import { openApp } from './harness';

test('text still being typed in a card counts: closing asks, and Save keeps it', async ({ app }) => {
  const { page } = app;
  const file = await openTinyCopy(app);
  await card(page, 'Walking is healthy.').dblclick();
  await page.keyboard.press('End');
  await page.keyboard.type(' And cheap.');
  // Not committed yet: the title cannot know; the close still asks, and Save writes the words.
  app.dialogs.willAnswerSaveChanges('save');
  await page.keyboard.press('Control+w');
  await expect.poll(() => app.windowClosed).toBe(true);
  expect(app.dialogs.asked.at(-1)).toEqual({ kind: 'saveChanges', name: 'tiny.argmap', action: 'close' });
  expect(await textsOnDisk(file)).toContain('Walking is healthy. And cheap.');
});

test('Keep My Version makes the map unsaved; a save over another program’s file clears its banner', async ({ app }) => {
  const { page } = app;
  const file = await openTinyCopy(app);
  const theirs = (await readFile(file, 'utf8')).replace('Walking is healthy.', 'Theirs');
  await writeFile(file, theirs);
  await app.main.windowFocused();
  await page.getByRole('button', { name: 'Keep My Version' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect.poll(() => app.windowTitle()).toBe('*tiny.argmap — Argmap');
  // Saving now writes ours without asking again: the user already chose.
  await page.keyboard.press('Control+s');
  await expect.poll(() => app.windowTitle()).toBe('tiny.argmap — Argmap');
  expect(await textsOnDisk(file)).toContain('Walking is healthy.');

  // Changed again; this time the user ignores the banner, edits and saves over it.
  await writeFile(file, theirs);
  await app.main.windowFocused();
  await expect(page.getByRole('alert')).toContainText('was changed by another program');
  await addObjection(page, 'Walking is healthy.', 'Not in the rain');
  app.dialogs.willAnswerOverwrite('overwrite');
  // Main has heard of the edit (the title's mark) before the save: the clean title after it then means saved.
  await expect.poll(() => app.windowTitle()).toBe('*tiny.argmap — Argmap');
  await page.keyboard.press('Control+s');
  await expect.poll(() => app.windowTitle()).toBe('tiny.argmap — Argmap');
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(await textsOnDisk(file)).toContain('Not in the rain');
});

test('a window that reloads gets its unsaved map back, and is not offered its own copy', async ({ app }) => {
  const { page } = app;
  await openTinyCopy(app);
  await addObjection(page, 'We should walk to work.', 'Offices are far');
  await expect.poll(() => recoveryCopies(app.dataDir), { timeout: 5000 }).toHaveLength(1);
  // What the crash screen's "Reload the window" does.
  await page.reload();
  await expect(card(page, 'Offices are far')).toBeVisible();
  await expect.poll(() => app.windowTitle()).toBe('*tiny.argmap — Argmap');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  expect(await recoveryCopies(app.dataDir)).toHaveLength(1);
});

test('Decide Later keeps the crash copy, even when the same file is edited, saved and closed', async () => {
  const { dataDir, file, cleanUp } = await crashedSession('Kept for later');
  try {
    const second = await openApp({ file, dataDir });
    try {
      const { page } = second;
      const dialog = page.getByRole('dialog', { name: 'Recover unsaved changes?' });
      await expect(dialog.getByRole('button', { name: 'Restore' })).toBeFocused();
      // The focus stays in the dialog: Tab and Shift+Tab cycle through its buttons.
      const focusInDialog = () => page.evaluate(() => document.activeElement?.closest('[role="dialog"]') !== null);
      for (const key of ['Tab', 'Tab', 'Tab', 'Shift+Tab', 'Shift+Tab']) {
        await page.keyboard.press(key);
        expect(await focusInDialog()).toBe(true);
      }
      await snap(page, 'files-recovery-focus.png');
      await page.keyboard.press('Escape');
      await expect(dialog).toHaveCount(0);

      await addObjection(page, 'We should walk to work.', 'Edited after Decide Later');
      // Main has heard of the edit (the title's mark) before the save: the clean title after it then means saved.
      await expect.poll(() => second.windowTitle()).toBe('*tiny.argmap — Argmap');
      await page.keyboard.press('Control+s');
      await expect.poll(() => second.windowTitle()).toBe('tiny.argmap — Argmap');
      await second.main.run('closeWindow');
      expect(second.windowClosed).toBe(true);
    } finally {
      await second.close();
    }

    const third = await openApp({ file, dataDir });
    try {
      const dialog = third.page.getByRole('dialog', { name: 'Recover unsaved changes?' });
      await expect(dialog).toContainText('tiny.argmap');
      await dialog.getByRole('button', { name: 'Restore' }).click();
      await expect(card(third.page, 'Kept for later')).toBeVisible();
      // Restored over the file as it was when the crash happened: the later save is a change on disk.
      third.dialogs.willAnswerOverwrite('cancel');
      await third.page.keyboard.press('Control+s');
      await expect
        .poll(() => third.dialogs.asked.at(-1))
        .toEqual({ kind: 'overwrite', name: 'tiny.argmap', deleted: false });
      expect(await textsOnDisk(file)).toContain('Edited after Decide Later');
    } finally {
      await third.close();
    }
  } finally {
    await cleanUp();
  }
});

test('a dropped file that is not a map is refused by name, without reading it', async ({ app }) => {
  const { page } = app;
  await expect(page.locator('.argument-node')).toHaveCount(32);
  // Not .txt: a text file may be a Kialo export, which is read (and refused if it is not one).
  const notes = join(app.dir, 'notes.docx');
  await writeFile(notes, 'Meeting notes');
  await app.dropFile(notes);
  await expect(page.getByRole('alert')).toContainText('“notes.docx” is not a map Argmap reads');
  await expect(page.locator('.argument-node')).toHaveCount(32);
});
