import { execFileSync } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { describe, expect, it, vi } from 'vitest';
import { listRecoveries } from './recovery';
import { edit, mapFile, start, startWithFile, tempFolder, useTempFolder } from './testing/controllerHarness';
import { edited, makeMap, readMap, writeMap } from './testing/testMaps';

useTempFolder();

/** A Save As dialog the user has not answered yet; `answer` closes it. */
function pendingSaveDialog(dialogs: { chooseSavePath(suggested: string): Promise<string | null> }) {
  let answer: (path: string | null) => void = () => undefined;
  vi.spyOn(dialogs, 'chooseSavePath').mockImplementation(
    () =>
      new Promise((resolve) => {
        answer = resolve;
      }),
  );
  return { answer: (path: string | null) => answer(path) };
}

describe('commands that arrive while another one runs', () => {
  it('Close waits for a Save As in progress, then closes once the map is written', async () => {
    const h = await start();
    edit(h, edited(h.screen.map, 'Written before the window goes.'));
    const dialog = pendingSaveDialog(h.dialogs);
    const saving = h.controller.run('saveAs');
    // The user quits (or clicks the close box) while the save dialog is still open.
    const closing = h.controller.run('closeWindow');
    await new Promise((done) => setTimeout(done, 20));
    expect(h.closeWindow).not.toHaveBeenCalled();

    dialog.answer(mapFile('kept.argmap'));
    await Promise.all([saving, closing]);

    expect((await readMap(mapFile('kept.argmap'))).nodes).toEqual(h.screen.map.nodes);
    expect(h.closeWindow).toHaveBeenCalledOnce();
    expect(h.dialogs.asked).toEqual([]);
  });

  it('a file the system hands over during a dialog opens after it, not never', async () => {
    const h = await start();
    const other = await writeMap(mapFile('other.argmap'), makeMap('Other'));
    const dialog = pendingSaveDialog(h.dialogs);
    const saving = h.controller.run('saveAs');
    const opening = h.controller.open(other);
    dialog.answer(null);
    await Promise.all([saving, opening]);
    expect(h.sent('documentOpened')).toEqual([expect.objectContaining({ name: 'other.argmap' })]);
  });

  it('a second Ctrl+S while the first one’s dialog is open is dropped, not queued', async () => {
    const h = await start();
    const dialog = pendingSaveDialog(h.dialogs);
    const first = h.controller.run('save');
    await h.controller.run('save');
    dialog.answer(null);
    await first;
    expect(h.dialogs.chooseSavePath).toHaveBeenCalledOnce();
  });
});

describe('Keep My Version', () => {
  it('backs up the kept map at once: it now exists nowhere but in the window', async () => {
    const h = await startWithFile();
    await writeMap(h.path, makeMap('Plan', 'Another program’s version.'));
    await h.controller.windowFocused();
    await h.controller.answerDiskChange('keep');
    await vi.waitFor(async () => {
      const copies = await listRecoveries(tempFolder());
      expect(copies.map((c) => (c.ok ? c.map : null))).toEqual([h.screen.map]);
    });
  });
});

describe('a window that reloads after its file was deleted', () => {
  it('is told the file is gone, and main no longer claims a map is open', async () => {
    const h = await startWithFile();
    await rm(h.path);
    const opened = await h.controller.initialDocument();
    expect(opened.result).toMatchObject({ ok: false });
    expect(h.controller.state).toBeNull();
  });
});

describe('a pipe named like a map', () => {
  it('is refused without blocking: reading it would wait for ever', async () => {
    const h = await start();
    const pipe = mapFile('pipe.argmap');
    execFileSync('mkfifo', [pipe]);
    await h.controller.open(pipe);
    expect(h.sent('fileProblem')).toEqual([
      { title: 'Could not open the map.', message: '“pipe.argmap” is not a regular file (it is a pipe or a device).' },
    ]);
  });
});
