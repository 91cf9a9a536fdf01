import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../shared/ipc/dispatch';
import { createHandlers } from './documentHandlers';
import { listRecoveries } from './recovery';
import { mapFile, startWithFile, tempFolder, useTempFolder } from './testing/controllerHarness';
import { danglingMap, edited, makeMap, writeMap } from './testing/testMaps';

// The IPC handlers check every request against the contract before the controller sees it.
useTempFolder();

describe('the handlers behind the contract', () => {
  it('refuse an invalid map for the recovery copy, naming where it is wrong, and write nothing', async () => {
    const h = await startWithFile();
    const handlers = createHandlers(() => h.controller);
    h.controller.setDirty(true);

    await expect(dispatch(handlers, 'storeRecovery', { map: danglingMap() })).rejects.toThrow(
      /map\.relations\.r-support\.to\.node/,
    );

    await new Promise((done) => setTimeout(done, 20));
    expect(await listRecoveries(tempFolder())).toEqual([]);
  });

  it('store a valid map as the recovery copy', async () => {
    const h = await startWithFile();
    const handlers = createHandlers(() => h.controller);
    const changes = edited(h.screen.map, 'Through the contract.');
    h.controller.setDirty(true);

    await dispatch(handlers, 'storeRecovery', { map: changes });

    await vi.waitFor(async () =>
      expect((await listRecoveries(tempFolder())).map((e) => e.ok && e.map)).toEqual([changes]),
    );
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

  it('open a dropped file', async () => {
    const h = await startWithFile();
    const droppedMap = makeMap('Dropped');
    const dropped = await writeMap(mapFile('dropped.argmap'), droppedMap);
    const handlers = createHandlers(() => h.controller);

    await dispatch(handlers, 'openDroppedFile', dropped);

    expect(h.sent('documentOpened')).toEqual([
      { name: 'dropped.argmap', isSample: false, result: { ok: true, map: droppedMap } },
    ]);
    expect(h.controller.state?.path).toBe(dropped);
  });

  it('say that no window is open when there is none', async () => {
    const handlers = createHandlers(() => undefined);
    await expect(dispatch(handlers, 'runFileCommand', 'save')).rejects.toThrow('No document window is open');
  });
});
