import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { edit, start, startWithFile, tempFolder, useTempFolder } from './testing/controllerHarness';
import { edited, makeMap, readMap, writeMap } from './testing/testMaps';

// Closing the window with unsaved changes, including a save on the way out that fails.
useTempFolder();

describe('unsaved changes', () => {
  describe('Close', () => {
    it('Cancel keeps the window open', async () => {
      const h = await startWithFile();
      edit(h, edited(h.screen.map, 'Unsaved.'));
      h.dialogs.willAnswerSaveChanges('cancel');

      await h.controller.run('closeWindow');

      expect(h.dialogs.asked).toEqual([{ kind: 'saveChanges', name: 'plan.argmap', action: 'close' }]);
      expect(h.closeWindow).not.toHaveBeenCalled();
      expect(h.controller.mayClose()).toBe(false);
    });

    it('Don’t Save closes the window and leaves the file as it was', async () => {
      const h = await startWithFile();
      edit(h, edited(h.screen.map, 'Unsaved.'));
      h.dialogs.willAnswerSaveChanges('discard');

      await h.controller.run('closeWindow');

      expect(h.closeWindow).toHaveBeenCalledTimes(1);
      expect(h.controller.mayClose()).toBe(true);
      expect(await readMap(h.path)).toEqual(makeMap('Plan'));
    });

    it('Save writes the changes, then closes the window', async () => {
      const h = await startWithFile();
      const changes = edited(h.screen.map, 'Saved on the way out.');
      edit(h, changes);
      h.dialogs.willAnswerSaveChanges('save');

      await h.controller.run('closeWindow');

      expect(await readMap(h.path)).toEqual(changes);
      expect(h.closeWindow).toHaveBeenCalledTimes(1);
      expect(h.controller.mayClose()).toBe(true);
    });

    it('asks nothing when nothing is unsaved', async () => {
      const h = await startWithFile();
      // Every close goes through the command, so the window's own close waits for it.
      expect(h.controller.mayClose()).toBe(false);
      await h.controller.run('closeWindow');
      expect(h.dialogs.asked).toEqual([]);
      expect(h.closeWindow).toHaveBeenCalledTimes(1);
      expect(h.controller.mayClose()).toBe(true);
    });

    it('stays open with a message naming the file when saving on the way out fails', async () => {
      const folder = join(tempFolder(), 'usb-stick');
      await mkdir(folder);
      const path = await writeMap(join(folder, 'plan.argmap'), makeMap('Plan'));
      const h = await start({ initialFile: path });
      edit(h, edited(h.screen.map, 'Unsaved.'));
      // The stick is pulled: the file and its folder are gone.
      await rm(folder, { recursive: true });
      h.dialogs.willAnswerSaveChanges('save');
      h.dialogs.willAnswerOverwrite('overwrite');

      await h.controller.run('closeWindow');

      expect(h.dialogs.asked).toEqual([
        { kind: 'saveChanges', name: 'plan.argmap', action: 'close' },
        { kind: 'overwrite', name: 'plan.argmap', deleted: true },
      ]);
      expect(h.closeWindow).not.toHaveBeenCalled();
      expect(h.controller.mayClose()).toBe(false);
      const problems = h.sent('fileProblem');
      expect(problems).toHaveLength(1);
      expect(problems[0].message).toContain('plan.argmap');
      expect(h.sent('documentSaved')).toEqual([]);
    });
  });
});
