import { readFile, rm, writeFile } from 'node:fs/promises';
import { describe, expect, it, vi } from 'vitest';
import { serializeArgmap } from '../../shared/formats/argmapFormat';
import { edit, mapFile, startWithFile, tempFolder, useTempFolder } from './testing/controllerHarness';
import { listRecoveries } from './recovery';
import { edited, makeMap, writeMap } from './testing/testMaps';

// Another program changes or removes the open file: what the window is told, and what Save, Reload and Keep do.
useTempFolder();

describe('a file changed by another program', () => {
  async function changedOnDisk() {
    const h = await startWithFile();
    const ours = edited(h.screen.map, 'Our change.');
    edit(h, ours);
    const theirs = makeMap('Plan', 'Another program’s change, a different length.');
    await writeMap(h.path, theirs);
    return { ...h, ours, theirs };
  }

  it('Save asks first; Cancel leaves the other program’s version', async () => {
    const h = await changedOnDisk();
    h.dialogs.willAnswerOverwrite('cancel');

    await h.controller.run('save');

    expect(h.dialogs.asked).toEqual([{ kind: 'overwrite', name: 'plan.argmap', deleted: false }]);
    expect(await readFile(h.path, 'utf8')).toBe(serializeArgmap(h.theirs));
    expect(h.sent('documentSaved')).toEqual([]);
    expect(h.controller.state?.dirty).toBe(true);
  });

  it('Overwrite writes ours and keeps theirs as the backup', async () => {
    const h = await changedOnDisk();
    h.dialogs.willAnswerOverwrite('overwrite');

    await h.controller.run('save');

    expect(await readFile(h.path, 'utf8')).toBe(serializeArgmap(h.ours));
    expect(await readFile(`${h.path}.bak`, 'utf8')).toBe(serializeArgmap(h.theirs));
    expect(h.sent('documentSaved')).toHaveLength(1);

    // Saved over: the next save has nothing to ask.
    edit(h, edited(h.ours, 'And more.'));
    await h.controller.run('save');
    expect(h.dialogs.asked).toHaveLength(1);
  });

  it('Save As… writes ours elsewhere and leaves theirs', async () => {
    const h = await changedOnDisk();
    h.dialogs.willAnswerOverwrite('saveAs');
    h.dialogs.willSaveAs(mapFile('ours.argmap'));

    await h.controller.run('save');

    expect(h.dialogs.asked).toEqual([
      { kind: 'overwrite', name: 'plan.argmap', deleted: false },
      { kind: 'save', suggested: mapFile('plan.argmap') },
    ]);
    expect(await readFile(mapFile('ours.argmap'), 'utf8')).toBe(serializeArgmap(h.ours));
    expect(await readFile(h.path, 'utf8')).toBe(serializeArgmap(h.theirs));
    expect(h.controller.state?.path).toBe(mapFile('ours.argmap'));
  });

  it('a mere rewrite of the same bytes is no change', async () => {
    const h = await startWithFile();
    await writeFile(h.path, await readFile(h.path));
    await h.controller.windowFocused();
    await h.controller.run('save');
    expect(h.sent('diskChanged')).toEqual([]);
    expect(h.dialogs.asked).toEqual([]);
  });

  it('the window is told on focus, once per change, and when the file is removed', async () => {
    const h = await startWithFile();
    await h.controller.windowFocused();
    expect(h.sent('diskChanged')).toEqual([]);

    await writeMap(h.path, makeMap('Plan', 'First change by another program.'));
    await h.controller.windowFocused();
    expect(h.sent('diskChanged')).toEqual([{ name: 'plan.argmap', deleted: false }]);

    await h.controller.windowFocused();
    expect(h.sent('diskChanged')).toHaveLength(1);

    await writeMap(h.path, makeMap('Plan', 'Second change by another program, longer.'));
    await h.controller.windowFocused();
    expect(h.sent('diskChanged')).toHaveLength(2);

    await rm(h.path);
    await h.controller.windowFocused();
    await h.controller.windowFocused();
    expect(h.sent('diskChanged')).toEqual([
      { name: 'plan.argmap', deleted: false },
      { name: 'plan.argmap', deleted: false },
      { name: 'plan.argmap', deleted: true },
    ]);
  });

  it('Reload shows the map on disk', async () => {
    const h = await changedOnDisk();
    await h.controller.windowFocused();

    await h.controller.answerDiskChange('reload');

    expect(h.sent('documentOpened')).toEqual([
      { name: 'plan.argmap', isSample: false, result: { ok: true, map: h.theirs }, documentId: expect.any(Number) },
    ]);
    expect(h.screen.map).toEqual(h.theirs);
    expect(h.controller.state).toEqual({ name: 'plan.argmap', path: h.path, dirty: false, canRevert: true });
    // What is on screen is what is on disk now: saving asks nothing.
    await h.controller.run('save');
    expect(h.dialogs.asked).toEqual([]);
  });

  it('Reload drops the recovery copy of the changes it replaced', async () => {
    const h = await changedOnDisk();
    h.controller.recovery.store(h.ours);
    await vi.waitFor(async () => expect(await listRecoveries(tempFolder())).toHaveLength(1));
    await h.controller.windowFocused();

    await h.controller.answerDiskChange('reload');

    expect(h.screen.map).toEqual(h.theirs);
    // Otherwise the next start after a crash would offer back the changes the user chose to drop.
    await vi.waitFor(async () => expect(await listRecoveries(tempFolder())).toEqual([]));
  });

  it('Reload of a file the other program broke says so and keeps the map on screen', async () => {
    const h = await changedOnDisk();
    await writeFile(h.path, 'not a map any more');
    await h.controller.windowFocused();

    await h.controller.answerDiskChange('reload');

    expect(h.sent('documentOpened')).toEqual([]);
    expect(h.sent('fileProblem').map((p) => p.message)).toEqual([expect.stringContaining('plan.argmap')]);
  });

  it('Keep makes the next save write ours without asking', async () => {
    const h = await changedOnDisk();
    await h.controller.windowFocused();

    await h.controller.answerDiskChange('keep');
    await h.controller.run('save');

    expect(h.dialogs.asked).toEqual([]);
    expect(await readFile(h.path, 'utf8')).toBe(serializeArgmap(h.ours));
    expect(await readFile(`${h.path}.bak`, 'utf8')).toBe(serializeArgmap(h.theirs));
  });

  it('Keep marks the map on screen unsaved: the window is told, closing asks, and Save writes it back', async () => {
    // Nothing edited here: the map on screen differs from the file only by the other program's change.
    const h = await startWithFile();
    const ours = h.screen.map;
    const theirs = makeMap('Plan', 'Another program’s change, a different length.');
    await writeMap(h.path, theirs);
    await h.controller.windowFocused();

    await h.controller.answerDiskChange('keep');

    expect(h.sent('documentUnsaved')).toEqual([{ documentId: h.opened.documentId }]);
    expect(h.controller.state).toEqual({ name: 'plan.argmap', path: h.path, dirty: true, canRevert: true });

    h.dialogs.willAnswerSaveChanges('cancel');
    await h.controller.run('closeWindow');
    expect(h.dialogs.asked).toEqual([{ kind: 'saveChanges', name: 'plan.argmap', action: 'close' }]);
    expect(h.closeWindow).not.toHaveBeenCalled();

    await h.controller.run('save');

    expect(h.dialogs.asked).toHaveLength(1);
    expect(await readFile(h.path, 'utf8')).toBe(serializeArgmap(ours));
    expect(await readFile(`${h.path}.bak`, 'utf8')).toBe(serializeArgmap(theirs));
    await vi.waitFor(() => expect(h.controller.state?.dirty).toBe(false));
  });

  it('Keep after a removal saves the file again where it was', async () => {
    const h = await changedOnDisk();
    await rm(h.path);
    await h.controller.windowFocused();
    expect(h.sent('diskChanged')).toEqual([{ name: 'plan.argmap', deleted: true }]);

    await h.controller.answerDiskChange('keep');
    await h.controller.run('save');

    expect(h.dialogs.asked).toEqual([]);
    expect(await readFile(h.path, 'utf8')).toBe(serializeArgmap(h.ours));
  });
});
