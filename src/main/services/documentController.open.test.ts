import { rm, writeFile } from 'node:fs/promises';
import { describe, expect, it, vi } from 'vitest';
import { SAMPLE_FILE_NAME, samplePath } from './documentController';
import { edit, mapFile, resourcesDir, start, startWithFile, useTempFolder } from './testing/controllerHarness';
import { danglingMap, edited, makeMap, readMap, writeMap } from './testing/testMaps';

// The first document a window shows, and files that cannot be opened.
useTempFolder();

describe('the first document', () => {
  it('is the sample when no file was given', async () => {
    const h = await start();
    expect(h.opened).toMatchObject({ name: SAMPLE_FILE_NAME, isSample: true, result: { ok: true } });
    expect(h.opened.result.ok && h.opened.result.map).toEqual(await readMap(samplePath(resourcesDir)));
    expect(h.controller.state).toEqual({ name: SAMPLE_FILE_NAME, path: null, dirty: false, canRevert: true });
    expect(h.recent.list()).toEqual([]);
  });

  it('is the file named on the command line, which goes to the recent files', async () => {
    const map = makeMap('From the command line');
    const h = await startWithFile('debate.argmap', map);
    expect(h.opened).toEqual({
      name: 'debate.argmap',
      isSample: false,
      result: { ok: true, map },
      documentId: expect.any(Number),
    });
    expect(h.controller.state).toEqual({ name: 'debate.argmap', path: h.path, dirty: false, canRevert: true });
    expect(h.recent.list()).toEqual([h.path]);
  });

  it('is a failure naming the file when that file is broken, with no document behind it', async () => {
    const path = mapFile('broken.argmap');
    await writeFile(path, '{ "format": "argmap", ');
    const h = await start({ initialFile: path });
    expect(h.opened.result.ok).toBe(false);
    expect(!h.opened.result.ok && h.opened.result.message).toContain('broken.argmap');
    expect(h.controller.state).toBeNull();
    expect(h.recent.list()).toEqual([]);
  });
});

describe('opening a file that cannot be opened', () => {
  const brokenFiles: [string, () => string][] = [
    ['is not JSON', () => '{ "format": "argmap", "version": 1, "map": '],
    ['was made by a newer version', () => JSON.stringify({ format: 'argmap', version: 99, map: makeMap('Future') })],
    ['has a relation to a missing node', () => JSON.stringify({ format: 'argmap', version: 1, map: danglingMap() })],
  ];

  it.each(brokenFiles)('says so when it %s, keeps the unsaved document and asks nothing', async (_, content) => {
    const h = await startWithFile();
    const changes = edited(h.screen.map, 'Unsaved.');
    edit(h, changes);
    const broken = mapFile('broken.argmap');
    await writeFile(broken, content());
    h.dialogs.willOpen(broken);

    await h.controller.run('openFile');

    expect(h.dialogs.asked).toEqual([{ kind: 'open' }]);
    const problems = h.sent('fileProblem');
    expect(problems).toHaveLength(1);
    expect(problems[0].message).toContain('broken.argmap');
    expect(h.sent('documentOpened')).toEqual([]);
    expect(h.controller.state).toEqual({ name: 'plan.argmap', path: h.path, dirty: true, canRevert: true });
    expect(h.recent.list()).toEqual([h.path]);
  });

  it('drops a file that vanished from the recent files', async () => {
    const h = await startWithFile('gone.argmap');
    const other = await writeMap(mapFile('other.argmap'), makeMap('Other'));
    await h.controller.open(other);
    expect(h.recent.list()).toEqual([other, h.path]);
    await rm(h.path);

    await h.controller.open(h.path);

    expect(h.sent('fileProblem')[0].message).toContain('gone.argmap');
    expect(h.sent('documentOpened').map((o) => o.name)).toEqual(['other.argmap']);
    await vi.waitFor(() => expect(h.recent.list()).toEqual([other]));
  });
});
