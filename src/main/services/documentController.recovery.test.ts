import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { serializeArgmap } from '../../shared/formats/argmapFormat';
import type { ArgumentMap } from '../../shared/model/argumentMap';
import { SAMPLE_FILE_NAME } from './documentController';
import { listRecoveries } from './recovery';
import {
  edit,
  mapFile,
  start,
  startWithFile,
  tempFolder,
  useTempFolder,
  type StartedHarness,
} from './testing/controllerHarness';
import { edited, makeMap, readMap, writeMap } from './testing/testMaps';

// Recovery copies of unsaved changes: written, deleted by a save or a close, offered after a crash, restored.
/** What the window is sent when the crash copy of plan.argmap is restored: the map, still unsaved. */
const restoredPlan = (map: ArgumentMap) => ({
  name: 'plan.argmap',
  isSample: false,
  result: { ok: true, map },
  unsaved: true,
  documentId: expect.any(Number),
});

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

    expect(h.sent('documentOpened')).toEqual([restoredPlan(crashed.changes)]);
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
      {
        name: 'Untitled.argmap',
        isSample: false,
        result: { ok: true, map: typed },
        unsaved: true,
        documentId: expect.any(Number),
      },
    ]);
    h.dialogs.willSaveAs(mapFile('rescued'));

    await h.controller.run('save');

    expect(h.dialogs.asked).toEqual([{ kind: 'save', suggested: 'Untitled.argmap' }]);
    // Saved for the first time without a title of its own: it takes its file's name.
    expect(await readMap(mapFile('rescued.argmap'))).toEqual({ ...typed, meta: { ...typed.meta, title: 'rescued' } });
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
    expect(h.sent('documentOpened')).toEqual([restoredPlan(crashed.changes)]);
  });

  it('are deleted when the changes are undone back to the saved file', async () => {
    const h = await withCopy();

    h.controller.setDirty(false);

    await vi.waitFor(async () => expect(await copies()).toEqual([]));
    const next = await start();
    expect(await next.controller.recovery.offers()).toEqual([]);
    expect(h.controller.state?.dirty).toBe(false);
  });

  it('sent late for a map no longer shown are dropped, not kept as the new map’s', async () => {
    const h = await startWithFile();
    const other = await writeMap(mapFile('other.argmap'), makeMap('Other'));
    const changes = edited(h.screen.map, 'Given up, but the window’s timer still fires.');
    edit(h, changes);
    h.dialogs.willAnswerSaveChanges('discard');
    await h.controller.open(other);
    const [shown] = h.sent('documentOpened');
    expect(shown.documentId).toBeGreaterThan(h.opened.documentId ?? Infinity);

    h.controller.storeRecovery(changes, h.opened.documentId ?? -1);
    await new Promise((done) => setTimeout(done, 20));
    expect(await copies()).toEqual([]);

    // The map now shown still gets its copies.
    const typed = edited(makeMap('Other'), 'Typed in the other map.');
    edit(h, typed);
    h.controller.storeRecovery(typed, shown.documentId ?? -1);
    await vi.waitFor(async () =>
      expect(await copies()).toEqual([{ name: 'other.argmap', originalPath: other, map: typed }]),
    );
  });

  it('are kept per opening: the same file opened again never overwrites the copy a crash left', async () => {
    const crashed = await withCopy();
    const [left] = await listRecoveries(tempFolder());
    expect(left).toMatchObject({ ok: true, documentKey: expect.stringMatching(startsWith(`${crashed.path}#`)) });

    const h = await start({ initialFile: crashed.path });
    const again = edited(h.screen.map, 'Typed in the second session.');
    edit(h, again);
    h.controller.storeRecovery(again, h.opened.documentId ?? -1);

    await vi.waitFor(async () => expect(await copies()).toHaveLength(2));
    expect(await copies()).toEqual(
      expect.arrayContaining([
        { name: 'plan.argmap', originalPath: crashed.path, map: crashed.changes },
        { name: 'plan.argmap', originalPath: crashed.path, map: again },
      ]),
    );
    // Its own copy is the open map's backup; only the crash's copy is offered.
    const offers = await h.controller.recovery.offers();
    expect(offers).toHaveLength(1);
    expect(offers[0].id).toBe(basename(left.file));
  });

  it('restored over a file another program changed since the crash, ask before Save overwrites it', async () => {
    const crashed = await withCopy();
    const theirs = makeMap('Plan', 'Written by another program after the crash, a different length.');
    await writeMap(crashed.path, theirs);
    const h = await start();
    const [offer] = await h.controller.recovery.offers();
    await h.controller.restoreRecovery(offer.id);
    h.dialogs.willAnswerOverwrite('cancel').willAnswerOverwrite('overwrite');

    await h.controller.run('save');

    expect(h.dialogs.asked).toEqual([{ kind: 'overwrite', name: 'plan.argmap', deleted: false }]);
    expect(await readFile(crashed.path, 'utf8')).toBe(serializeArgmap(theirs));
    expect(h.controller.state?.dirty).toBe(true);

    await h.controller.run('save');

    expect(h.dialogs.asked).toHaveLength(2);
    expect(await readFile(crashed.path, 'utf8')).toBe(serializeArgmap(crashed.changes));
    expect(await readFile(`${crashed.path}.bak`, 'utf8')).toBe(serializeArgmap(theirs));
    expect(await copies()).toEqual([]);
  });

  describe('left for later', () => {
    // After the crash the user opens plan.argmap again (a double-click), and answers the offer with Decide Later.
    const laterActions: [string, (h: StartedHarness) => Promise<void>][] = [
      [
        'another file is opened',
        async (h) => h.controller.open(await writeMap(mapFile('other.argmap'), makeMap('Other'))),
      ],
      ['the window is closed cleanly', (h) => h.controller.run('closeWindow')],
      [
        'the file is edited and saved',
        async (h) => {
          edit(h, edited(h.screen.map, 'Saved in the second session.'));
          await h.controller.run('save');
        },
      ],
    ];

    it.each(laterActions)('are still offered at the next start after %s', async (_, action) => {
      const crashed = await withCopy();
      const h = await start({ initialFile: crashed.path });
      // Offered, and neither restored nor declined: the user decides later.
      expect((await h.controller.recovery.offers()).map((o) => o.originalPath)).toEqual([crashed.path]);

      await action(h);

      expect(await copies()).toEqual([{ name: 'plan.argmap', originalPath: crashed.path, map: crashed.changes }]);
      const next = await start();
      expect(await next.controller.recovery.offers()).toEqual([
        expect.objectContaining({ name: 'plan.argmap', originalPath: crashed.path, problem: null }),
      ]);
    });
  });
});

/** A pattern matching text that starts with `prefix`, taken literally. */
const startsWith = (prefix: string): RegExp => new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
