import { readFile, writeFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ImportOutcome } from '../../../shared/formats/interop';
import { dispatch } from '../../../shared/ipc/dispatch';
import { HOSTILE_INPUTS, PROTO_STATEMENT } from '../../../shared/testing/hostileInputs';
import { parseArgmap } from '../../../shared/formats/argmapFormat';
import { createHandlers } from '../documentHandlers';
import { importDocument } from '../importDocument';
import { edit, mapFile, startWithFile, tempFolder, useTempFolder } from '../testing/controllerHarness';
import { edited } from '../testing/testMaps';
import {
  builtinNames,
  expectSampleRoundTrips,
  expectUntouchedBuiltins,
  type BuiltinNames,
} from '../testing/processHealth';

// Issue 13: a 126-byte Argdown file polluted Object.prototype in the main process; from then on
// every load overflowed the stack and every save said "the map is invalid". Each hostile
// document goes through the app's own ways in (File › Import and a dropped file, pasted text);
// afterwards this process must be untouched and still load and save a map.
useTempFolder();

let before: BuiltinNames;
beforeAll(() => {
  before = builtinNames();
});

const extension = (format: string): string => (format === 'aif' ? 'json' : 'argdown');

/** Either outcome is fine: imported (names kept as text) or refused with a message. */
function expectImportedOrRefused(outcome: ImportOutcome, name: string): void {
  if (outcome.ok) expect(Object.keys(outcome.map.nodes).length, name).toBeGreaterThan(0);
  else expect(outcome.message, name).toMatch(/\w/);
}

describe('hostile documents', () => {
  it.each(HOSTILE_INPUTS.map((input, i) => [input.name, i] as const))(
    'File › Import of %s leaves this process whole',
    async (name, i) => {
      const { format, text } = HOSTILE_INPUTS[i];
      const path = mapFile(`hostile-${i}.${extension(format)}`);
      await writeFile(path, text);
      const imported = await importDocument(path);
      if (imported.ok && imported.loaded.opened.result.ok) {
        expectImportedOrRefused({ ok: true, map: imported.loaded.opened.result.map, report: [] }, name);
      } else if (!imported.ok) expect(imported.message, name).toContain(`“hostile-${i}.`);
      expectUntouchedBuiltins(before, `importing ${name}`);
      await expectSampleRoundTrips(tempFolder(), `importing ${name}`);
    },
  );

  it.each(HOSTILE_INPUTS.map((input, i) => [input.name, i] as const))(
    'pasting %s leaves this process whole',
    async (name, i) => {
      const { format, text } = HOSTILE_INPUTS[i];
      const handlers = createHandlers(() => undefined);
      const outcome = (await dispatch(handlers, 'importText', { format, text })) as ImportOutcome;
      expectImportedOrRefused(outcome, name);
      expectUntouchedBuiltins(before, `pasting ${name}`);
      await expectSampleRoundTrips(tempFolder(), `pasting ${name}`);
    },
  );

  it('a hostile file dropped on a window with unsaved work: the work is still saved', async () => {
    const h = await startWithFile();
    edit(h, edited(h.screen.map, 'Unsaved work.'));
    const source = mapFile('proto.argdown');
    await writeFile(source, PROTO_STATEMENT);
    h.dialogs.willAnswerSaveChanges('save');

    await h.controller.openDropped(source);

    // The statement keeps its title as plain text; the unsaved map was saved before it gave way.
    const [opened] = h.sent('documentOpened');
    const titles = opened.result.ok ? Object.values(opened.result.map.nodes).map((node) => node.title) : [];
    expect(titles).toContain('__proto__');
    const saved = parseArgmap(await readFile(h.path, 'utf8'));
    expect(saved.ok && Object.values(saved.map.nodes).map((node) => node.text)).toContain('Unsaved work.');
    expectUntouchedBuiltins(before, 'the dropped file');
  });
});
