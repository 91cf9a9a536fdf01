import { readFile } from 'node:fs/promises';
import { describe, expect, it, vi } from 'vitest';
import { serializeArgmap } from '../../shared/formats/argmapFormat';
import { SAMPLE_FILE_NAME } from './documentController';
import { listRecoveries } from './recovery';
import { edit, mapFile, start, startWithFile, tempFolder, useTempFolder } from './testing/controllerHarness';
import { edited, makeMap, readMap } from './testing/testMaps';

// Recovery copies of unsaved changes: written, deleted by a save or a close, offered after a crash, restored.
useTempFolder();

describe('recovery copies', () => {
  /** The recovery copies in the data folder, as the next start would find them. */
  const copies = async () =>
    (await listRecoveries(tempFolder())).map((e) =>
      e.ok ? { name: e.name, originalPath: e.originalPath, map: e.map } : e,
    );

  async function withCopy() {
    const h = await startWithFile();
    const changes = edited(h.screen.map, 'Typed just before the crash.');
    edit(h, changes);
    h.controller.recovery.store(changes);
    await vi.waitFor(async () =>
      expect(await copies()).toEqual([{ name: 'plan.argmap', originalPath: h.path, map: changes }]),
    );
    return { ...h, changes };
  }

  it('are written for unsaved changes and deleted by a save', async () => {
    const h = await withCopy();
    await h.controller.run('save');
    expect(await copies()).toEqual([]);
    expect(await readMap(h.path)).toEqual(h.changes);
  });

  it('are deleted when the user closes without saving', async () => {
    const h = await withCopy();
    h.dialogs.willAnswerSaveChanges('discard');
    await h.controller.run('closeWindow');
    expect(h.closeWindow).toHaveBeenCalledTimes(1);
    expect(await copies()).toEqual([]);
  });

  it('survive a crash, are offered at the next start, restored as unsaved and saved to the original file', async () => {
    const before = new Date().toISOString();
    const crashed = await withCopy();

    const h = await start();
    const offers = await h.controller.recovery.offers();
    expect(offers).toEqual([
      {
        id: expect.any(String),
        name: 'plan.argmap',
        originalPath: crashed.path,
        savedAt: expect.any(String),
        problem: null,
      },
    ]);
    expect(Date.parse(offers[0].savedAt ?? '')).toBeGreaterThanOrEqual(Date.parse(before));

    await h.controller.restoreRecovery(offers[0].id);

    expect(h.sent('documentOpened')).toEqual([
      { name: 'plan.argmap', isSample: false, result: { ok: true, map: crashed.changes }, unsaved: true },
    ]);
    expect(h.controller.state).toEqual({ name: 'plan.argmap', path: crashed.path, dirty: true, canRevert: true });
    expect(h.dialogs.asked).toEqual([]);

    await h.controller.run('save');

    expect(h.dialogs.asked).toEqual([]);
    expect(await readFile(crashed.path, 'utf8')).toBe(serializeArgmap(crashed.changes));
    expect(await copies()).toEqual([]);
  });

  it('of a never-saved map are restored as untitled, and Save asks where', async () => {
    const crashed = await start();
    await crashed.controller.run('newMap');
    const typed = makeMap('Untitled', 'Written in a new map.');
    edit(crashed, typed);
    crashed.controller.recovery.store(typed);
    await vi.waitFor(async () =>
      expect(await copies()).toEqual([{ name: 'Untitled.argmap', originalPath: null, map: typed }]),
    );

    const h = await start();
    const [offer] = await h.controller.recovery.offers();
    await h.controller.restoreRecovery(offer.id);
    expect(h.sent('documentOpened')).toEqual([
      { name: 'Untitled.argmap', isSample: false, result: { ok: true, map: typed }, unsaved: true },
    ]);
    h.dialogs.willSaveAs(mapFile('rescued'));

    await h.controller.run('save');

    expect(h.dialogs.asked).toEqual([{ kind: 'save', suggested: 'Untitled.argmap' }]);
    expect(await readMap(mapFile('rescued.argmap'))).toEqual(typed);
    expect(await copies()).toEqual([]);
  });

  it('that the user declines are deleted', async () => {
    await withCopy();
    const h = await start();
    const [offer] = await h.controller.recovery.offers();

    await h.controller.recovery.discardOffer(offer.id);

    expect(await copies()).toEqual([]);
    expect(await h.controller.recovery.offers()).toEqual([]);
    expect(h.sent('documentOpened')).toEqual([]);
  });

  it('can still be restored after the user cancelled the first restore', async () => {
    const crashed = await withCopy();
    const h = await start();
    edit(h, edited(h.screen.map, 'Edited the sample before answering.'));
    const [offer] = await h.controller.recovery.offers();
    h.dialogs.willAnswerSaveChanges('cancel').willAnswerSaveChanges('discard');

    await h.controller.restoreRecovery(offer.id);
    expect(h.sent('documentOpened')).toEqual([]);
    await h.controller.restoreRecovery(offer.id);

    expect(h.dialogs.asked).toEqual([
      { kind: 'saveChanges', name: SAMPLE_FILE_NAME, action: 'open' },
      { kind: 'saveChanges', name: SAMPLE_FILE_NAME, action: 'open' },
    ]);
    expect(h.sent('documentOpened')).toEqual([
      { name: 'plan.argmap', isSample: false, result: { ok: true, map: crashed.changes }, unsaved: true },
    ]);
  });
});
