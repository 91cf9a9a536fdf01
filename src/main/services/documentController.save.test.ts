import { readFile } from 'node:fs/promises';
import { describe, expect, it, vi } from 'vitest';
import { serializeArgmap } from '../../shared/formats/argmapFormat';
import { SAMPLE_FILE_NAME } from './documentController';
import { edit, listMapFiles, mapFile, start, startWithFile, useTempFolder } from './testing/controllerHarness';
import { edited, exists, makeMap, readMap, writeMap } from './testing/testMaps';

// Save and Save As: where they write, what they ask, and what they do when the window or the user holds back.
useTempFolder();

describe('Save and Save As', () => {
  it('asks where to save the sample, adds .argmap, reports the new name, and then saves there without asking', async () => {
    const h = await start();
    const first = edited(h.screen.map, 'My first change to the sample.');
    edit(h, first);
    h.dialogs.willSaveAs(mapFile('my-copy'));

    await h.controller.run('save');

    const path = mapFile('my-copy.argmap');
    expect(h.dialogs.asked).toEqual([{ kind: 'save', suggested: SAMPLE_FILE_NAME }]);
    expect(await readFile(path, 'utf8')).toBe(serializeArgmap(first));
    expect(await exists(mapFile('my-copy'))).toBe(false);
    const [request] = h.sent('documentRequested');
    expect(h.sent('documentSaved')).toEqual([{ requestId: request.requestId, name: 'my-copy.argmap' }]);
    await vi.waitFor(() =>
      expect(h.controller.state).toEqual({ name: 'my-copy.argmap', path, dirty: false, canRevert: true }),
    );
    expect(h.recent.list()).toEqual([path]);

    const second = edited(first, 'A second thought.');
    edit(h, second);
    await h.controller.run('save');

    expect(h.dialogs.asked).toHaveLength(1);
    expect(await readFile(path, 'utf8')).toBe(serializeArgmap(second));
    expect(await readMap(path)).toEqual(second);
    expect(await readFile(`${path}.bak`, 'utf8')).toBe(serializeArgmap(first));
    const requests = h.sent('documentRequested');
    expect(requests).toHaveLength(2);
    expect(h.sent('documentSaved')[1]).toEqual({ requestId: requests[1].requestId, name: 'my-copy.argmap' });
  });

  it('names a new map after its file when first saved, unless the user titled it', async () => {
    const h = await start();
    await h.controller.run('newMap');
    h.dialogs.willSaveAs(mapFile('Peace talks'));
    await h.controller.run('save');
    expect((await readMap(mapFile('Peace talks.argmap'))).meta.title).toBe('Peace talks');
    const [saved] = h.sent('documentSaved');
    expect(saved).toMatchObject({ name: 'Peace talks.argmap', title: 'Peace talks' });

    await h.controller.run('newMap');
    edit(h, { ...h.screen.map, meta: { title: 'My own title' } });
    h.dialogs.willSaveAs(mapFile('other'));
    await h.controller.run('save');
    expect((await readMap(mapFile('other.argmap'))).meta.title).toBe('My own title');
    expect(h.sent('documentSaved')[1]).not.toHaveProperty('title');
  });

  it('keeps a name that already ends in .argmap', async () => {
    const h = await start();
    h.dialogs.willSaveAs(mapFile('Named.ARGMAP'));
    await h.controller.run('saveAs');
    expect(await readFile(mapFile('Named.ARGMAP'), 'utf8')).toBe(serializeArgmap(h.screen.map));
    expect(await exists(mapFile('Named.ARGMAP.argmap'))).toBe(false);
  });

  it('Save As of an opened file writes the new file and leaves the old one as it was', async () => {
    const original = makeMap('Plan');
    const h = await startWithFile('plan.argmap', original);
    const changed = edited(original, 'Changed before Save As.');
    edit(h, changed);
    h.dialogs.willSaveAs(mapFile('plan-v2.argmap'));

    await h.controller.run('saveAs');

    expect(h.dialogs.asked).toEqual([{ kind: 'save', suggested: mapFile('plan.argmap') }]);
    expect(await readMap(mapFile('plan-v2.argmap'))).toEqual(changed);
    expect(await readFile(h.path, 'utf8')).toBe(serializeArgmap(original));
    expect(h.controller.state?.path).toBe(mapFile('plan-v2.argmap'));
  });

  it('writes nothing and reports no save when Save As is cancelled', async () => {
    const h = await start();
    edit(h, edited(h.screen.map, 'Unsaved.'));
    h.dialogs.willSaveAs(null);

    await h.controller.run('saveAs');

    expect(h.dialogs.asked).toEqual([{ kind: 'save', suggested: SAMPLE_FILE_NAME }]);
    expect(h.sent('documentSaved')).toEqual([]);
    expect(h.sent('documentRequested')).toEqual([]);
    expect(await listMapFiles()).toEqual([]);
    expect(h.controller.state).toMatchObject({ name: SAMPLE_FILE_NAME, path: null, dirty: true });
  });
});

describe('Save As onto a name completed with .argmap', () => {
  it('onto the map’s own file asks, like Save, when another program changed it', async () => {
    const h = await startWithFile();
    await writeMap(h.path, makeMap('Plan', 'A colleague’s version.'));
    edit(h, edited(h.screen.map, 'Ours.'));
    h.dialogs.willSaveAs(mapFile('plan'));
    h.dialogs.willAnswerOverwrite('cancel');

    await h.controller.run('saveAs');

    expect(h.dialogs.asked).toEqual([
      { kind: 'save', suggested: h.path },
      { kind: 'overwrite', name: 'plan.argmap', deleted: false },
    ]);
    expect(await readMap(h.path)).toEqual(makeMap('Plan', 'A colleague’s version.'));
  });

  // The native dialog asked about replacing the name the user typed; the completed name's file was never mentioned.
  it('asks before replacing the file of that name; No writes nothing', async () => {
    const h = await start();
    const existing = await writeMap(mapFile('plan.argmap'), makeMap('Someone else’s plan'));
    edit(h, edited(h.screen.map, 'Not to be written over the existing plan.'));
    h.dialogs.willSaveAs(mapFile('plan'));
    h.dialogs.willAnswerReplace(false);

    await h.controller.run('saveAs');

    expect(h.dialogs.asked).toEqual([
      { kind: 'save', suggested: SAMPLE_FILE_NAME },
      { kind: 'replace', name: 'plan.argmap' },
    ]);
    expect(await readMap(existing)).toEqual(makeMap('Someone else’s plan'));
    expect(h.sent('documentRequested')).toEqual([]);
    expect(h.sent('documentSaved')).toEqual([]);
    expect(await listMapFiles()).toEqual(['plan.argmap']);
    expect(h.controller.state).toMatchObject({ name: SAMPLE_FILE_NAME, path: null, dirty: true });
  });

  it('Replace writes the map there and keeps the replaced file as the backup', async () => {
    const h = await start();
    const existing = await writeMap(mapFile('plan.argmap'), makeMap('Someone else’s plan'));
    const ours = edited(h.screen.map, 'Replacing the old plan.');
    edit(h, ours);
    h.dialogs.willSaveAs(mapFile('plan'));
    h.dialogs.willAnswerReplace(true);

    await h.controller.run('saveAs');

    expect(h.dialogs.asked).toEqual([
      { kind: 'save', suggested: SAMPLE_FILE_NAME },
      { kind: 'replace', name: 'plan.argmap' },
    ]);
    expect(await readMap(existing)).toEqual(ours);
    expect(await readMap(`${existing}.bak`)).toEqual(makeMap('Someone else’s plan'));
    expect(h.controller.state?.path).toBe(existing);
  });

  it('asks nothing more when no file has the completed name, or the name already ended in .argmap', async () => {
    const h = await start();
    await writeMap(mapFile('taken.argmap'), makeMap('Taken'));
    h.dialogs.willSaveAs(mapFile('fresh')).willSaveAs(mapFile('taken.argmap'));

    await h.controller.run('saveAs');
    await h.controller.run('saveAs');

    expect(h.dialogs.asked.map((q) => q.kind)).toEqual(['save', 'save']);
    expect(await readMap(mapFile('taken.argmap'))).toEqual(h.screen.map);
    expect(await exists(mapFile('fresh.argmap'))).toBe(true);
  });

  it('asks nothing more when the completed name is the map’s own file', async () => {
    const h = await startWithFile();
    const ours = edited(h.screen.map, 'Saved As its own name.');
    edit(h, ours);
    h.dialogs.willSaveAs(mapFile('plan'));

    await h.controller.run('saveAs');

    expect(h.dialogs.asked).toEqual([{ kind: 'save', suggested: h.path }]);
    expect(await readMap(h.path)).toEqual(ours);
  });
});

describe('a window that does not hand over its map', () => {
  it('gets a message, and nothing is written', async () => {
    const path = await writeMap(mapFile('plan.argmap'), makeMap('Plan'));
    const slow = await start({ initialFile: path, requestTimeoutMs: 50 });
    edit(slow, edited(slow.screen.map, 'Never handed over.'));
    slow.screen.answering = false;

    await slow.controller.run('save');

    expect(slow.sent('documentRequested')).toHaveLength(1);
    expect(slow.sent('documentSaved')).toEqual([]);
    expect(slow.sent('fileProblem')).toEqual([
      { title: 'Could not save the map.', message: expect.stringMatching(/did not hand over its map/) },
    ]);
    expect(await readFile(path, 'utf8')).toBe(serializeArgmap(makeMap('Plan')));
    expect(await exists(`${path}.bak`)).toBe(false);
    expect(slow.controller.state?.dirty).toBe(true);
  });
});

describe('commands', () => {
  it('do not overlap: a second Save As while the first asks is ignored', async () => {
    const h = await start();
    h.dialogs.willSaveAs(mapFile('once.argmap'));

    await Promise.all([h.controller.run('saveAs'), h.controller.run('saveAs')]);

    expect(h.dialogs.asked).toEqual([{ kind: 'save', suggested: SAMPLE_FILE_NAME }]);
    expect(h.sent('documentSaved')).toHaveLength(1);
    expect(await listMapFiles()).toEqual(['once.argmap']);
  });
});
