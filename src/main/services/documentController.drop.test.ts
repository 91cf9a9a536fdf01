import { writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { createHandlers } from './documentHandlers';
import { mapFile, startWithFile, useTempFolder } from './testing/controllerHarness';
import { makeMap, writeMap } from './testing/testMaps';

// A file dropped on the window: main learns its path from Chromium's navigation (security.ts), never from the page.
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
    const notes = mapFile('x.txt');
    await writeFile(notes, JSON.stringify({ format: 'argmap', version: 1, map: makeMap('Hidden in a text file') }));

    await h.controller.openDropped(notes);

    expect(h.sent('fileProblem')).toEqual([
      {
        title: 'Could not open the file.',
        message: '“x.txt” is not a map Argmap reads: it opens .argmap, .argdown, .ad, .json files.',
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
