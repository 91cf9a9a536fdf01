import { chmod, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { createHandlers } from './documentHandlers';
import { dispatch } from '../../shared/ipc/dispatch';
import type { ImportOutcome } from '../../shared/formats/interop';
import type { OpenedDocument } from '../../shared/ipc/contract';
import { edit, listMapFiles, mapFile, startWithFile, useTempFolder } from './testing/controllerHarness';
import { edited } from './testing/testMaps';

// File › Import… and dropped Argdown/AIF files: a new unsaved map, with a report of what was not carried over.
useTempFolder();

const ARGDOWN = `[Tax]: Taxes on sugar should rise.
  + <Health>: Sugar harms health.
  - <Freedom>: People may eat what they like.
`;

/** Two I nodes and an RA between them: the smallest AIF argument. */
const AIF = JSON.stringify({
  nodes: [
    { nodeID: 1, text: 'Sugar harms health', type: 'I' },
    { nodeID: 2, text: 'Taxes on sugar should rise', type: 'I' },
    { nodeID: 3, text: 'Default Inference', type: 'RA' },
    { nodeID: 4, text: 'Speaker: sugar is bad', type: 'L' },
  ],
  edges: [
    { edgeID: 1, fromID: 1, toID: 3 },
    { edgeID: 2, fromID: 3, toID: 2 },
  ],
  locutions: [],
});

const texts = (opened: OpenedDocument): string[] =>
  opened.result.ok
    ? Object.values(opened.result.map.nodes)
        .map((node) => node.text)
        .sort()
    : [];

describe('File › Import…', () => {
  it('shows an Argdown file as a new unsaved map named after it, and writes nothing', async () => {
    const h = await startWithFile();
    const source = mapFile('sugar.argdown');
    await writeFile(source, ARGDOWN);
    h.dialogs.willImport(source);

    await h.controller.run('importFile');

    const [opened] = h.sent('documentOpened');
    expect(opened).toMatchObject({
      name: 'sugar.argmap',
      unsaved: true,
      imported: { source: '“sugar.argdown”', formatLabel: 'Argdown' },
    });
    expect(texts(opened)).toEqual([
      'People may eat what they like.',
      'Sugar harms health.',
      'Taxes on sugar should rise.',
    ]);
    expect(h.controller.state).toEqual({ name: 'sugar.argmap', path: null, dirty: true, canRevert: false });
    expect(await listMapFiles()).toEqual(['plan.argmap']);
  });

  it('reads an AIF file and reports the dialogue nodes it could not keep', async () => {
    const h = await startWithFile();
    const source = mapFile('nodeset1.json');
    await writeFile(source, AIF);
    h.dialogs.willImport(source);

    await h.controller.run('importFile');

    const [opened] = h.sent('documentOpened');
    expect(texts(opened)).toEqual(['Sugar harms health', 'Taxes on sugar should rise']);
    expect(opened.imported?.report.length).toBeGreaterThan(0);
    expect(opened.imported?.report.map((line) => line.message).join('\n')).toMatch(/locution/i);
  });

  it('suggests saving beside the imported file, not over it', async () => {
    const h = await startWithFile();
    const source = mapFile('sugar.argdown');
    await writeFile(source, ARGDOWN);
    h.dialogs.willImport(source).willSaveAs(null);

    await h.controller.run('importFile');
    await h.controller.run('save');

    expect(h.dialogs.asked.at(-1)).toEqual({ kind: 'save', suggested: mapFile('sugar.argmap') });
  });

  it('asks about unsaved changes first, and Cancel keeps the map on screen', async () => {
    const h = await startWithFile();
    edit(h, edited(h.screen.map, 'Unsaved.'));
    const source = mapFile('sugar.argdown');
    await writeFile(source, ARGDOWN);
    h.dialogs.willImport(source).willAnswerSaveChanges('cancel');

    await h.controller.run('importFile');

    expect(h.dialogs.asked).toEqual([
      { kind: 'import' },
      { kind: 'saveChanges', name: 'plan.argmap', action: 'import' },
    ]);
    expect(h.sent('documentOpened')).toEqual([]);
    expect(h.controller.state).toMatchObject({ path: h.path, dirty: true });
  });

  it('does nothing when the dialog is cancelled', async () => {
    const h = await startWithFile();
    h.dialogs.willImport(null);
    await h.controller.run('importFile');
    expect(h.sent('documentOpened')).toEqual([]);
    expect(h.sent('fileProblem')).toEqual([]);
  });

  it.each([
    ['broken JSON', 'broken.json', '{ "nodes": [', /“broken\.json”: The file is not valid JSON/],
    ['JSON that is not AIF', 'settings.json', '{ "theme": "dark" }', /“settings\.json”: The file is JSON but not AIF/],
    ['a binary file', 'image.argdown', '\u0000PNG', /binary file/],
    ['a file of another kind', 'notes.csv', 'hello', /reads \.argdown, \.ad, \.json, \.txt files/],
  ])('says why it cannot import %s, and keeps the map on screen', async (_, name, content, message) => {
    const h = await startWithFile();
    const source = mapFile(name);
    await writeFile(source, content);
    h.dialogs.willImport(source);

    await h.controller.run('importFile');

    const problems = h.sent('fileProblem');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ title: 'Could not import the file.', message: expect.stringMatching(message) });
    expect(h.sent('documentOpened')).toEqual([]);
    expect(h.controller.state).toMatchObject({ path: h.path });
  });

  // Root reads any file, so the denial cannot be staged as root (CI runs as root; the message is mapFiles.test.ts's).
  it.skipIf(process.getuid?.() === 0)('says so when the file may not be read (needs a non-root user)', async () => {
    const h = await startWithFile();
    const source = mapFile('secret.argdown');
    await writeFile(source, ARGDOWN);
    await chmod(source, 0o000);
    h.dialogs.willImport(source);
    await h.controller.run('importFile');
    expect(h.sent('fileProblem')[0].message).toMatch(/Permission denied/);
  });
});

describe('a dropped file', () => {
  it('of Argdown is imported like File › Import…', async () => {
    const h = await startWithFile();
    const source = mapFile('dropped.argdown');
    await writeFile(source, ARGDOWN);

    await h.controller.openDropped(source);

    expect(h.sent('documentOpened').map((o) => o.name)).toEqual(['dropped.argmap']);
    expect(h.controller.state).toMatchObject({ path: null, dirty: true });
  });
});

describe('pasted text', () => {
  it('is read as Argdown by main, and nothing is opened', async () => {
    const h = await startWithFile();
    const handlers = createHandlers(() => h.controller);
    const outcome = (await dispatch(handlers, 'importText', { format: 'argdown', text: ARGDOWN })) as ImportOutcome;
    expect(outcome.ok && Object.keys(outcome.map.nodes)).toHaveLength(3);
    expect(h.sent('documentOpened')).toEqual([]);
  });
});
