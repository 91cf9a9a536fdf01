import { readFile } from 'node:fs/promises';
import { describe, expect, it, vi } from 'vitest';
import { serializeArgmap } from '../../shared/formats/argmapFormat';
import { emptyMap } from '../../shared/model/argumentMap';
import { SAMPLE_FILE_NAME, samplePath } from './documentController';
import { listRecoveries } from './recovery';
import {
  edit,
  mapFile,
  resourcesDir,
  start,
  startWithFile,
  tempFolder,
  useTempFolder,
  type Harness,
} from './testing/controllerHarness';
import { edited, makeMap, readMap, writeMap } from './testing/testMaps';

// A window that reloads (its crash screen, a developer's F5) asks for its first document again: it gets the open one.
useTempFolder();

/** The recovery copies in the data folder, as the next start would find them. */
const copies = async () =>
  (await listRecoveries(tempFolder())).map((e) =>
    e.ok ? { name: e.name, originalPath: e.originalPath, map: e.map } : e,
  );

/** The window reloads: it asks for its document and shows what it gets. */
async function reload(h: Harness) {
  const opened = await h.controller.initialDocument();
  if (opened.result.ok) {
    h.screen.map = opened.result.map;
    h.screen.dirty = opened.unsaved === true;
  }
  return opened;
}

describe('a reloaded window', () => {
  it('gets its unsaved changes back from the recovery copy, still unsaved, and the copy stays', async () => {
    const h = await startWithFile();
    const changes = edited(h.screen.map, 'Typed before the page crashed.');
    edit(h, changes);
    h.controller.storeRecovery(changes, h.opened.documentId ?? -1);
    await vi.waitFor(async () => expect(await copies()).toHaveLength(1));

    const opened = await reload(h);

    expect(opened).toEqual({
      name: 'plan.argmap',
      isSample: false,
      result: { ok: true, map: changes },
      unsaved: true,
      documentId: expect.any(Number),
    });
    expect(opened.documentId).toBeGreaterThan(h.opened.documentId ?? Infinity);
    expect(h.controller.state).toEqual({ name: 'plan.argmap', path: h.path, dirty: true, canRevert: true });
    expect(await copies()).toEqual([{ name: 'plan.argmap', originalPath: h.path, map: changes }]);
    expect(await readMap(h.path)).toEqual(makeMap('Plan'));
    // The copy is the open map's backup, not a crash's leftover to offer.
    expect(await h.controller.recovery.offers()).toEqual([]);
  });

  it('keeps backing up and saves to the same file without asking', async () => {
    const h = await startWithFile();
    const changes = edited(h.screen.map, 'Typed before the reload.');
    edit(h, changes);
    h.controller.storeRecovery(changes, h.opened.documentId ?? -1);
    await vi.waitFor(async () => expect(await copies()).toHaveLength(1));
    const opened = await reload(h);

    const more = edited(changes, 'Typed after the reload.');
    edit(h, more);
    h.controller.storeRecovery(more, opened.documentId ?? -1);
    await vi.waitFor(async () =>
      expect(await copies()).toEqual([{ name: 'plan.argmap', originalPath: h.path, map: more }]),
    );
    await h.controller.run('save');

    expect(h.dialogs.asked).toEqual([]);
    expect(await readFile(h.path, 'utf8')).toBe(serializeArgmap(more));
    expect(await copies()).toEqual([]);
  });

  it('gets the file open now, read from disk, not the file it started with', async () => {
    const h = await startWithFile();
    const otherMap = makeMap('Other');
    const other = await writeMap(mapFile('other.argmap'), otherMap);
    await h.controller.open(other);

    const opened = await reload(h);

    expect(opened).toEqual({
      name: 'other.argmap',
      isSample: false,
      result: { ok: true, map: otherMap },
      documentId: expect.any(Number),
    });
    expect(h.controller.state).toEqual({ name: 'other.argmap', path: other, dirty: false, canRevert: true });
    expect(h.recent.list()).toEqual([other, h.path]);
    await h.controller.run('closeWindow');
    expect(h.dialogs.asked).toEqual([]);
  });

  it('gets the sample back as the sample', async () => {
    const h = await start();
    const opened = await reload(h);
    expect(opened).toMatchObject({ name: SAMPLE_FILE_NAME, isSample: true, result: { ok: true } });
    expect(opened.result.ok && opened.result.map).toEqual(await readMap(samplePath(resourcesDir)));
    expect(opened.unsaved).toBeUndefined();
  });

  it('gets a new map back empty and untitled', async () => {
    const h = await startWithFile();
    await h.controller.run('newMap');

    const opened = await reload(h);

    expect(opened).toEqual({
      name: 'Untitled.argmap',
      isSample: false,
      result: { ok: true, map: emptyMap() },
      documentId: expect.any(Number),
    });
    expect(h.controller.state).toEqual({ name: 'Untitled.argmap', path: null, dirty: false, canRevert: false });
  });

  it('drops the recovery copies the page sent before it reloaded', async () => {
    const h = await startWithFile();
    const changes = edited(h.screen.map, 'Backed up before the reload.');
    edit(h, changes);
    h.controller.storeRecovery(changes, h.opened.documentId ?? -1);
    await vi.waitFor(async () => expect(await copies()).toHaveLength(1));
    const opened = await reload(h);

    h.controller.storeRecovery(edited(changes, 'From the page that is gone.'), h.opened.documentId ?? -1);
    await new Promise((done) => setTimeout(done, 20));

    expect(opened.documentId).not.toBe(h.opened.documentId);
    expect(await copies()).toEqual([{ name: 'plan.argmap', originalPath: h.path, map: changes }]);
  });

  it('of a clean map another program changed shows the file as it is now, and takes it as the saved state', async () => {
    const h = await startWithFile();
    const theirs = makeMap('Plan', 'Rewritten by a colleague.');
    await writeMap(h.path, theirs);

    const opened = await reload(h);

    expect(opened.result).toEqual({ ok: true, map: theirs });
    // What the window shows is what is on disk: nothing to report on focus, nothing to ask on Save.
    await h.controller.windowFocused();
    expect(h.sent('diskChanged')).toEqual([]);
    await h.controller.run('save');
    expect(h.dialogs.asked).toEqual([]);
  });

  it('edited less than a second before, with no copy yet, is shown and counted as the file on disk', async () => {
    const h = await startWithFile();
    edit(h, edited(h.screen.map, 'Typed just before the reload.'));

    const opened = await reload(h);

    expect(opened.unsaved).toBeUndefined();
    expect(opened.result).toEqual({ ok: true, map: makeMap('Plan') });
    expect(h.controller.state).toMatchObject({ dirty: false });
  });
});
