import { writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createHandlers } from './documentHandlers';
import { listRecoveries } from './recovery';
import { edit, mapFile, start, startWithFile, tempFolder, useTempFolder } from './testing/controllerHarness';
import { edited, makeMap, readMap, writeMap } from './testing/testMaps';

// A file dropped on the window: main learns its path from Chromium's navigation (security.ts), never from the page.
// The page could make that navigation too, so Save asks once before writing to a dropped map.
useTempFolder();

/** A window showing plan.argmap, onto which the user drops dropped.argmap (and the map it holds). */
async function dropped() {
  const h = await startWithFile();
  const map = makeMap('Dropped');
  const path = await writeMap(mapFile('dropped.argmap'), map);
  await h.controller.openDropped(path);
  return { ...h, droppedPath: path, droppedMap: map };
}

describe('a file dropped on the window', () => {
  it('opens when it is a map', async () => {
    const h = await dropped();
    expect(h.sent('documentOpened')).toEqual([
      { name: 'dropped.argmap', isSample: false, result: { ok: true, map: h.droppedMap }, documentId: 2 },
    ]);
    expect(h.controller.state?.path).toBe(h.droppedPath);
  });

  it('opens when its extension is in capitals', async () => {
    const h = await startWithFile();
    await h.controller.openDropped(await writeMap(mapFile('FROM-WINDOWS.ARGMAP'), makeMap('Shouting')));
    expect(h.sent('documentOpened').map((o) => o.name)).toEqual(['FROM-WINDOWS.ARGMAP']);
  });

  it('is not read when it is no map, and the window says why', async () => {
    const h = await startWithFile();
    const notes = mapFile('x.csv');
    await writeFile(notes, JSON.stringify({ format: 'argmap', version: 1, map: makeMap('Hidden in a text file') }));

    await h.controller.openDropped(notes);

    expect(h.sent('fileProblem')).toEqual([
      {
        title: 'Could not open the file.',
        message: '“x.csv” is not a map Argmap reads: it opens .argmap, .argdown, .ad, .json, .txt files.',
      },
    ]);
    expect(h.sent('documentOpened')).toEqual([]);
    expect(h.dialogs.asked).toEqual([]);
    expect(h.controller.state?.path).toBe(h.path);
  });

  it('is not read when named by a relative path', async () => {
    const h = await startWithFile();
    await writeMap(mapFile('other.argmap'), makeMap('Other'));
    await h.controller.openDropped('other.argmap');
    expect(h.sent('fileProblem').map((p) => p.title)).toEqual(['Could not open the file.']);
    expect(h.sent('documentOpened')).toEqual([]);
    expect(h.controller.state?.path).toBe(h.path);
  });

  it('cannot be named by the page: no channel of the contract takes a path to open', () => {
    const handlers = createHandlers(() => undefined);
    expect(Object.keys(handlers)).not.toContain('openDroppedFile');
  });
});

describe('saving a dropped map', () => {
  it('asks once before the first write; Save writes, and the next Save does not ask', async () => {
    const h = await dropped();
    const changes = edited(h.screen.map, 'Typed after the drop.');
    edit(h, changes);
    h.dialogs.willAnswerSaveUnchosen('save');

    await h.controller.run('save');

    expect(h.dialogs.asked).toEqual([{ kind: 'saveUnchosen', name: 'dropped.argmap', folder: dirname(h.droppedPath) }]);
    expect(await readMap(h.droppedPath)).toEqual(changes);
    const more = edited(changes, 'And more.');
    edit(h, more);
    await h.controller.run('save');
    expect(h.dialogs.asked).toHaveLength(1);
    expect(await readMap(h.droppedPath)).toEqual(more);
  });

  it('writes nothing when the user cancels, and asks again at the next Save', async () => {
    const h = await dropped();
    edit(h, edited(h.screen.map, 'Not to be written.'));
    h.dialogs.willAnswerSaveUnchosen('cancel').willAnswerSaveUnchosen('cancel');

    await h.controller.run('save');
    await h.controller.run('save');

    expect(await readMap(h.droppedPath)).toEqual(h.droppedMap);
    expect(h.dialogs.asked.map((q) => q.kind)).toEqual(['saveUnchosen', 'saveUnchosen']);
    expect(h.controller.state?.dirty).toBe(true);
  });

  it('goes to Save As… when the user asks for it, and leaves the dropped file as it was', async () => {
    const h = await dropped();
    const changes = edited(h.screen.map, 'Elsewhere.');
    edit(h, changes);
    const elsewhere = mapFile('elsewhere.argmap');
    h.dialogs.willAnswerSaveUnchosen('saveAs').willSaveAs(elsewhere);

    await h.controller.run('save');

    expect(h.dialogs.asked.map((q) => q.kind)).toEqual(['saveUnchosen', 'save']);
    expect(await readMap(elsewhere)).toEqual(changes);
    expect(await readMap(h.droppedPath)).toEqual(h.droppedMap);
    expect(h.controller.state?.path).toBe(elsewhere);
  });

  it('still asks after Revert, which reads the same dropped file again', async () => {
    const h = await dropped();
    edit(h, edited(h.screen.map, 'Given up.'));
    h.dialogs.willAnswerSaveChanges('discard');
    await h.controller.run('revert');
    edit(h, edited(h.screen.map, 'Kept.'));
    h.dialogs.willAnswerSaveUnchosen('cancel');

    await h.controller.run('save');

    expect(h.dialogs.asked.map((q) => q.kind)).toEqual(['saveChanges', 'saveUnchosen']);
    expect(await readMap(h.droppedPath)).toEqual(h.droppedMap);
  });

  it('does not ask once the user chose the same file in Open…', async () => {
    const h = await dropped();
    h.dialogs.willOpen(h.droppedPath);
    await h.controller.run('openFile');
    const changes = edited(h.screen.map, 'Chosen in a dialog.');
    edit(h, changes);

    await h.controller.run('save');

    expect(h.dialogs.asked.map((q) => q.kind)).toEqual(['open']);
    expect(await readMap(h.droppedPath)).toEqual(changes);
  });

  it('still asks when its unsaved changes come back from a crash: the recovery copy remembers the drop', async () => {
    const crashed = await dropped();
    const changes = edited(crashed.screen.map, 'Typed just before the crash.');
    edit(crashed, changes);
    crashed.controller.recovery.store(changes);
    await vi.waitFor(async () => expect(await listRecoveries(tempFolder())).toHaveLength(1));

    const h = await start();
    const [offer] = await h.controller.recovery.offers();
    h.dialogs.willAnswerSaveUnchosen('cancel');
    await h.controller.restoreRecovery(offer!.id);
    await h.controller.run('save');

    expect(h.controller.state).toMatchObject({ path: crashed.droppedPath, dirty: true });
    expect(h.dialogs.asked.map((q) => q.kind)).toEqual(['saveUnchosen']);
    expect(await readMap(crashed.droppedPath)).toEqual(crashed.droppedMap);
  });
});
