import { describe, expect, it } from 'vitest';
import { emptyMap } from '../../shared/model/argumentMap';
import { SAMPLE_FILE_NAME, samplePath } from './documentController';
import { edit, mapFile, resourcesDir, start, startWithFile, useTempFolder } from './testing/controllerHarness';
import { edited, makeMap, readMap, writeMap } from './testing/testMaps';

// The unsaved-changes question before New, Open and Revert; closing the window is in documentController.close.test.ts.
useTempFolder();

describe('unsaved changes', () => {
  describe('New', () => {
    it('Cancel keeps the document', async () => {
      const h = await startWithFile();
      edit(h, edited(h.screen.map, 'Unsaved.'));
      h.dialogs.willAnswerSaveChanges('cancel');

      await h.controller.run('newMap');

      expect(h.dialogs.asked).toEqual([{ kind: 'saveChanges', name: 'plan.argmap', action: 'new' }]);
      expect(h.sent('documentOpened')).toEqual([]);
      expect(h.controller.state).toMatchObject({ name: 'plan.argmap', path: h.path, dirty: true });
    });

    it('Don’t Save opens an empty untitled map and leaves the file as it was', async () => {
      const h = await startWithFile();
      edit(h, edited(h.screen.map, 'Unsaved.'));
      h.dialogs.willAnswerSaveChanges('discard');

      await h.controller.run('newMap');

      expect(h.sent('documentOpened')).toEqual([
        {
          name: 'Untitled.argmap',
          isSample: false,
          result: { ok: true, map: emptyMap() },
          documentId: expect.any(Number),
        },
      ]);
      expect(h.controller.state).toEqual({ name: 'Untitled.argmap', path: null, dirty: false, canRevert: false });
      expect(await readMap(h.path)).toEqual(makeMap('Plan'));
      expect(h.sent('documentSaved')).toEqual([]);
    });

    it('Save writes the changes, then opens the empty map', async () => {
      const h = await startWithFile();
      const changes = edited(h.screen.map, 'Saved on the way to a new map.');
      edit(h, changes);
      h.dialogs.willAnswerSaveChanges('save');

      await h.controller.run('newMap');

      expect(h.dialogs.asked).toEqual([{ kind: 'saveChanges', name: 'plan.argmap', action: 'new' }]);
      expect(await readMap(h.path)).toEqual(changes);
      // Asked whether it is unsaved, then for the map to write.
      expect(h.events.map((e) => e.channel)).toEqual([
        'documentRequested',
        'documentRequested',
        'documentSaved',
        'documentOpened',
      ]);
      expect(h.sent('documentOpened')[0].name).toBe('Untitled.argmap');
    });

    it('Save of the never-saved sample asks where; cancelling that keeps the document', async () => {
      const h = await start();
      edit(h, edited(h.screen.map, 'Unsaved.'));
      h.dialogs.willAnswerSaveChanges('save');
      h.dialogs.willSaveAs(null);

      await h.controller.run('newMap');

      expect(h.dialogs.asked).toEqual([
        { kind: 'saveChanges', name: SAMPLE_FILE_NAME, action: 'new' },
        { kind: 'save', suggested: SAMPLE_FILE_NAME },
      ]);
      expect(h.sent('documentOpened')).toEqual([]);
      expect(h.controller.state).toMatchObject({ name: SAMPLE_FILE_NAME, dirty: true });
    });

    it('asks nothing when nothing is unsaved', async () => {
      const h = await startWithFile();
      await h.controller.run('newMap');
      expect(h.dialogs.asked).toEqual([]);
      // The window is still asked: it might hold text being typed.
      expect(h.events.map((e) => e.channel)).toEqual(['documentRequested', 'documentOpened']);
    });
  });

  describe('Open', () => {
    it('Cancel keeps the document', async () => {
      const h = await startWithFile();
      const other = await writeMap(mapFile('other.argmap'), makeMap('Other'));
      edit(h, edited(h.screen.map, 'Unsaved.'));
      h.dialogs.willOpen(other);
      h.dialogs.willAnswerSaveChanges('cancel');

      await h.controller.run('openFile');

      expect(h.dialogs.asked).toEqual([{ kind: 'open' }, { kind: 'saveChanges', name: 'plan.argmap', action: 'open' }]);
      expect(h.sent('documentOpened')).toEqual([]);
      expect(h.controller.state).toMatchObject({ name: 'plan.argmap', dirty: true });
    });

    it('Don’t Save opens the chosen file', async () => {
      const h = await startWithFile();
      const otherMap = makeMap('Other');
      const other = await writeMap(mapFile('other.argmap'), otherMap);
      edit(h, edited(h.screen.map, 'Unsaved.'));
      h.dialogs.willOpen(other);
      h.dialogs.willAnswerSaveChanges('discard');

      await h.controller.run('openFile');

      expect(h.sent('documentOpened')).toEqual([
        { name: 'other.argmap', isSample: false, result: { ok: true, map: otherMap }, documentId: expect.any(Number) },
      ]);
      expect(h.controller.state).toEqual({ name: 'other.argmap', path: other, dirty: false, canRevert: true });
      expect(await readMap(h.path)).toEqual(makeMap('Plan'));
      expect(h.recent.list()).toEqual([other, h.path]);
    });

    it('Save writes the changes, then opens the chosen file', async () => {
      const h = await startWithFile();
      const other = await writeMap(mapFile('other.argmap'), makeMap('Other'));
      const changes = edited(h.screen.map, 'Saved before opening another map.');
      edit(h, changes);
      h.dialogs.willOpen(other);
      h.dialogs.willAnswerSaveChanges('save');

      await h.controller.run('openFile');

      expect(await readMap(h.path)).toEqual(changes);
      expect(h.sent('documentOpened').map((o) => o.name)).toEqual(['other.argmap']);
      expect(h.controller.state?.path).toBe(other);
    });

    it('reopening the file already open asks nothing and keeps the changes on screen', async () => {
      const h = await startWithFile();
      const changes = edited(h.screen.map, 'Typed, then the file was opened again from Open Recent.');
      edit(h, changes);

      await h.controller.open(h.path);

      expect(h.events).toEqual([]);
      expect(h.dialogs.asked).toEqual([]);
      expect(h.screen.map).toEqual(changes);
      expect(h.controller.state).toEqual({ name: 'plan.argmap', path: h.path, dirty: true, canRevert: true });
      expect(await readMap(h.path)).toEqual(makeMap('Plan'));
    });

    it('choosing the file already open in the Open dialog reads it again, asking about the changes first', async () => {
      const h = await startWithFile();
      const changes = edited(h.screen.map, 'Typed, then the same file chosen again.');
      edit(h, changes);
      const theirs = makeMap('Plan', 'Changed by a colleague meanwhile.');
      await writeMap(h.path, theirs);

      // Cancel keeps the changes on screen.
      h.dialogs.willOpen(h.path).willAnswerSaveChanges('cancel');
      await h.controller.run('openFile');
      expect(h.sent('documentOpened')).toEqual([]);
      expect(h.controller.state?.dirty).toBe(true);

      // Don't Save shows the file as it is on disk now.
      h.dialogs.willOpen(h.path).willAnswerSaveChanges('discard');
      await h.controller.run('openFile');
      expect(h.dialogs.asked).toEqual([
        { kind: 'open' },
        { kind: 'saveChanges', name: 'plan.argmap', action: 'open' },
        { kind: 'open' },
        { kind: 'saveChanges', name: 'plan.argmap', action: 'open' },
      ]);
      expect(h.sent('documentOpened')).toEqual([
        expect.objectContaining({ name: 'plan.argmap', result: { ok: true, map: theirs } }),
      ]);
    });

    it('a cancelled Open dialog changes nothing', async () => {
      const h = await startWithFile();
      edit(h, edited(h.screen.map, 'Unsaved.'));
      h.dialogs.willOpen(null);
      await h.controller.run('openFile');
      expect(h.dialogs.asked).toEqual([{ kind: 'open' }]);
      expect(h.sent('documentOpened')).toEqual([]);
    });

    it('asks nothing but the file when nothing is unsaved', async () => {
      const h = await startWithFile();
      const other = await writeMap(mapFile('other.argmap'), makeMap('Other'));
      h.dialogs.willOpen(other);
      await h.controller.run('openFile');
      expect(h.dialogs.asked).toEqual([{ kind: 'open' }]);
      expect(h.sent('documentOpened').map((o) => o.name)).toEqual(['other.argmap']);
    });
  });

  describe('Revert', () => {
    it('Cancel keeps the changes', async () => {
      const h = await startWithFile();
      const changes = edited(h.screen.map, 'Unsaved.');
      edit(h, changes);
      h.dialogs.willAnswerSaveChanges('cancel');

      await h.controller.run('revert');

      expect(h.dialogs.asked).toEqual([{ kind: 'saveChanges', name: 'plan.argmap', action: 'revert' }]);
      expect(h.sent('documentOpened')).toEqual([]);
      expect(h.screen.map).toEqual(changes);
      expect(h.controller.state?.dirty).toBe(true);
    });

    it('Don’t Save goes back to the file on disk', async () => {
      const original = makeMap('Plan');
      const h = await startWithFile('plan.argmap', original);
      edit(h, edited(original, 'Unsaved.'));
      h.dialogs.willAnswerSaveChanges('discard');

      await h.controller.run('revert');

      expect(h.sent('documentOpened')).toEqual([
        { name: 'plan.argmap', isSample: false, result: { ok: true, map: original }, documentId: expect.any(Number) },
      ]);
      expect(h.controller.state).toEqual({ name: 'plan.argmap', path: h.path, dirty: false, canRevert: true });
    });

    it('Save writes the changes and shows the file as saved', async () => {
      const h = await startWithFile();
      const changes = edited(h.screen.map, 'Kept by saving.');
      edit(h, changes);
      h.dialogs.willAnswerSaveChanges('save');

      await h.controller.run('revert');

      expect(await readMap(h.path)).toEqual(changes);
      expect(h.sent('documentOpened')).toEqual([
        { name: 'plan.argmap', isSample: false, result: { ok: true, map: changes }, documentId: expect.any(Number) },
      ]);
      // What is on screen is what is on disk: the next save asks nothing.
      await h.controller.run('save');
      expect(h.dialogs.asked).toEqual([{ kind: 'saveChanges', name: 'plan.argmap', action: 'revert' }]);
    });

    it('reverts the sample to the shipped sample', async () => {
      const h = await start();
      edit(h, edited(h.screen.map, 'Scribbled on the sample.'));
      h.dialogs.willAnswerSaveChanges('discard');

      await h.controller.run('revert');

      const [opened] = h.sent('documentOpened');
      expect(opened).toMatchObject({ name: SAMPLE_FILE_NAME, isSample: true });
      expect(opened.result.ok && opened.result.map).toEqual(await readMap(samplePath(resourcesDir)));
    });

    it('asks nothing when nothing is unsaved', async () => {
      const h = await startWithFile();
      await h.controller.run('revert');
      expect(h.dialogs.asked).toEqual([]);
      expect(h.sent('documentOpened')).toHaveLength(1);
    });
  });

  describe('the window is asked first', () => {
    it('counts text still being typed that the window had not reported yet', async () => {
      const h = await startWithFile();
      const typing = edited(h.screen.map, 'Still in the text field.');
      // The window holds the typed text but has not said it is unsaved.
      h.screen.map = typing;
      h.screen.dirty = true;
      h.dialogs.willAnswerSaveChanges('save');

      await h.controller.run('newMap');

      expect(h.dialogs.asked).toEqual([{ kind: 'saveChanges', name: 'plan.argmap', action: 'new' }]);
      expect(await readMap(h.path)).toEqual(typing);
      expect(h.sent('documentOpened').map((o) => o.name)).toEqual(['Untitled.argmap']);
    });

    it('asks nothing when the window says its changes were undone', async () => {
      const h = await startWithFile();
      edit(h, edited(h.screen.map, 'Undone before the report came.'));
      // Undone back to the file; the report of it has not reached main yet.
      h.screen.map = makeMap('Plan');
      h.screen.dirty = false;

      await h.controller.run('revert');

      expect(h.dialogs.asked).toEqual([]);
      expect(h.sent('documentOpened').map((o) => o.result.ok && o.result.map)).toEqual([makeMap('Plan')]);
      expect(h.controller.state?.dirty).toBe(false);
    });

    it('a window that does not answer is judged by its last report', async () => {
      const path = await writeMap(mapFile('plan.argmap'), makeMap('Plan'));
      const h = await start({ initialFile: path, requestTimeoutMs: 50 });
      edit(h, edited(h.screen.map, 'In a window that hangs.'));
      h.screen.answering = false;
      h.dialogs.willAnswerSaveChanges('discard');

      await h.controller.run('newMap');

      expect(h.dialogs.asked).toEqual([{ kind: 'saveChanges', name: 'plan.argmap', action: 'new' }]);
      expect(h.sent('documentOpened').map((o) => o.name)).toEqual(['Untitled.argmap']);

      // Nothing unsaved by the last report: New goes ahead without a question.
      await h.controller.run('newMap');
      expect(h.dialogs.asked).toHaveLength(1);
      expect(h.sent('documentOpened')).toHaveLength(2);
    });
  });
});
