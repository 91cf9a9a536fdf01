import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../shared/ipc/dispatch';
import { createHandlers } from './documentHandlers';
import { listRecoveries } from './recovery';
import { startWithFile, tempFolder, useTempFolder } from './testing/controllerHarness';
import { danglingMap, edited, makeMap } from './testing/testMaps';

// The IPC handlers check every request against the contract before the controller sees it.
useTempFolder();

describe('the handlers behind the contract', () => {
  it('refuse an invalid map for the recovery copy, naming where it is wrong, and write nothing', async () => {
    const h = await startWithFile();
    const handlers = createHandlers(() => h.controller);
    h.controller.setDirty(true);

    await expect(
      dispatch(handlers, 'storeRecovery', { map: danglingMap(), documentId: h.opened.documentId }),
    ).rejects.toThrow(/map\.relations\.r-support\.to\.node/);

    await new Promise((done) => setTimeout(done, 20));
    expect(await listRecoveries(tempFolder())).toEqual([]);
  });

  it('store a valid map as the recovery copy', async () => {
    const h = await startWithFile();
    const handlers = createHandlers(() => h.controller);
    const changes = edited(h.screen.map, 'Through the contract.');
    h.controller.setDirty(true);

    await dispatch(handlers, 'storeRecovery', { map: changes, documentId: h.opened.documentId });

    await vi.waitFor(async () =>
      expect((await listRecoveries(tempFolder())).map((e) => e.ok && e.map)).toEqual([changes]),
    );
  });

  it('refuse a recovery copy that does not say which document it is of', async () => {
    const h = await startWithFile();
    const handlers = createHandlers(() => h.controller);
    h.controller.setDirty(true);

    await expect(dispatch(handlers, 'storeRecovery', { map: makeMap('Plan') })).rejects.toThrow(
      /Invalid request for "storeRecovery" at documentId/,
    );

    await new Promise((done) => setTimeout(done, 20));
    expect(await listRecoveries(tempFolder())).toEqual([]);
  });

  it('drop a recovery copy of a document no longer shown', async () => {
    const h = await startWithFile();
    const handlers = createHandlers(() => h.controller);
    const late = edited(h.screen.map, 'Sent after the window moved on.');
    await h.controller.run('newMap');
    const [shown] = h.sent('documentOpened');
    h.controller.setDirty(true);

    await dispatch(handlers, 'storeRecovery', { map: late, documentId: h.opened.documentId });
    await new Promise((done) => setTimeout(done, 20));
    expect(await listRecoveries(tempFolder())).toEqual([]);

    const typed = makeMap('Untitled', 'Typed in the new map.');
    await dispatch(handlers, 'storeRecovery', { map: typed, documentId: shown.documentId });
    await vi.waitFor(async () =>
      expect((await listRecoveries(tempFolder())).map((e) => e.ok && [e.name, e.map])).toEqual([
        ['Untitled.argmap', typed],
      ]),
    );
  });

  it('ignore a report of unsaved changes about a document no longer shown', async () => {
    const h = await startWithFile();
    const handlers = createHandlers(() => h.controller);
    await h.controller.run('newMap');
    const [shown] = h.sent('documentOpened');
    const report = (dirty: boolean, documentId: number | null | undefined) =>
      dispatch(handlers, 'setEditState', {
        undoLabel: 'Edit',
        redoLabel: null,
        hasSelection: false,
        copyScope: 'map',
        dirty,
        compactCards: false,
        theme: 'system',
        documentId,
      });

    // From the page of plan.argmap, and from a page still loading: neither is about the new map.
    await report(true, h.opened.documentId);
    await report(true, null);
    expect(h.controller.state).toMatchObject({ name: 'Untitled.argmap', dirty: false });

    await report(true, shown.documentId);
    expect(h.controller.state).toMatchObject({ name: 'Untitled.argmap', dirty: true });
  });

  it('hand the window’s map and whether it is unsaved to the request waiting for it', async () => {
    const h = await startWithFile();
    const handlers = createHandlers(() => h.controller);
    h.screen.answering = false;
    h.dialogs.willAnswerSaveChanges('cancel');

    const newMap = h.controller.run('newMap');
    await vi.waitFor(() => expect(h.sent('documentRequested')).toHaveLength(1));
    const [{ requestId }] = h.sent('documentRequested');
    await expect(dispatch(handlers, 'provideDocument', { requestId, map: h.screen.map })).rejects.toThrow(
      /Invalid request for "provideDocument" at dirty/,
    );
    await dispatch(handlers, 'provideDocument', { requestId, map: h.screen.map, dirty: true });
    await newMap;

    expect(h.dialogs.asked).toEqual([{ kind: 'saveChanges', name: 'plan.argmap', action: 'new' }]);
    expect(h.controller.state?.dirty).toBe(true);
  });

  it.each([['unknownCommand'], [join(tmpdir(), 'elsewhere', 'plan.argmap')]])(
    'refuse the file command %s',
    async (command) => {
      const h = await startWithFile();
      const handlers = createHandlers(() => h.controller);
      await expect(dispatch(handlers, 'runFileCommand', command)).rejects.toThrow(
        /Invalid request for "runFileCommand"/,
      );
      expect(h.events).toEqual([]);
      expect(h.dialogs.asked).toEqual([]);
    },
  );

  it('say that no window is open when there is none', async () => {
    const handlers = createHandlers(() => undefined);
    await expect(dispatch(handlers, 'runFileCommand', 'save')).rejects.toThrow('No document window is open');
  });
});
