import { chmod, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { plainTextOutline } from '../../shared/formats/outline';
import { dispatch } from '../../shared/ipc/dispatch';
import { DEFAULT_EXPORT_CHOICES, type ExportChoices } from '../../shared/ipc/exportContract';
import type { ArgumentMap } from '../../shared/model/argumentMap';
import { DEFAULT_EXPORT_OPTIONS, type ExportOptions } from '../../shared/render/exportOptions';
import { scopedMap } from '../../shared/render/exportScope';
import { createHandlers } from './documentHandlers';
import type { ExportFonts } from './export/exportFonts';
import { loadExportChoices } from './exportChoices';
import type { ExportedDocument } from './exportTarget';
import { createExportHandlers, type ExportEngine, type ExportServices } from './exportHandlers';
import { ScriptedDialogs } from './testing/scriptedDialogs';
import { makeMap } from './testing/testMaps';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'argmap-export-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A stand-in for the export core: the outline for txt, a tiny SVG naming the nodes drawn for the rest. */
function fakeEngine(): ExportEngine & { calls: ExportOptions[] } {
  const calls: ExportOptions[] = [];
  const drawing = (map: ArgumentMap): string =>
    `<svg xmlns="http://www.w3.org/2000/svg">${Object.keys(map.nodes).join(' ')}</svg>`;
  return {
    calls,
    fonts: () => ({}) as ExportFonts,
    async exportMap(map, options) {
      calls.push(options);
      const part = scopedMap(map, options.scope);
      const text = options.format === 'txt' ? plainTextOutline(part) : drawing(part);
      return { data: Buffer.from(text), extension: options.format, mimeType: 'test', notes: [] };
    },
    async renderMapSvg(map, options) {
      calls.push(options);
      return { svg: drawing(map), size: { width: 320, height: 200 } };
    },
  };
}

async function setUp(
  document: ExportedDocument | null = { name: 'plan.argmap', path: join(tmpdirOf(), 'plan.argmap') },
) {
  const dialogs = new ScriptedDialogs();
  const clipboard = { texts: [] as string[], images: [] as Buffer[], svgs: [] as string[] };
  const engine = fakeEngine();
  const services: ExportServices = {
    document: () => current.document,
    dialogs,
    clipboard: {
      writeText: (text) => void clipboard.texts.push(text),
      writeImage: (png) => void clipboard.images.push(png),
      writeSvg: (svg) => void clipboard.svgs.push(svg),
    },
    engine,
    choices: await loadExportChoices(join(dir, 'data')),
    documentsDir: join(dir, 'Documents'),
  };
  const current = { document };
  const handlers = createHandlers(() => undefined, { exports: createExportHandlers(services) });
  return { dialogs, clipboard, engine, services, current, handlers };
}
const tmpdirOf = (): string => dir;

const options = (change: Partial<ExportOptions> = {}): ExportOptions => ({ ...DEFAULT_EXPORT_OPTIONS, ...change });
const map = makeMap('Walking to work?');

describe('export through the contract', () => {
  it('refuses an invalid map or options before anything is asked or written', async () => {
    const h = await setUp();
    const broken = JSON.parse(JSON.stringify(map));
    broken.relations['r-support'].to = { node: 'n-missing' };
    await expect(dispatch(h.handlers, 'exportToFile', { map: broken, options: options() })).rejects.toThrow(
      /Invalid request for "exportToFile" at map\.relations\.r-support\.to\.node/,
    );
    await expect(dispatch(h.handlers, 'exportToFile', { map, options: options({ scale: 9 }) })).rejects.toThrow(
      /at options\.scale/,
    );
    await expect(
      dispatch(h.handlers, 'exportToFile', { map, options: { ...options(), path: '/etc/passwd' } }),
    ).rejects.toThrow(/Invalid request/);
    await expect(dispatch(h.handlers, 'copyExport', { map, what: 'pdf', scope: { kind: 'map' } })).rejects.toThrow(
      /at what/,
    );
    await expect(dispatch(h.handlers, 'setExportChoices', { ...DEFAULT_EXPORT_CHOICES, scope: {} })).rejects.toThrow(
      /Invalid request/,
    );
    expect(h.dialogs.asked).toEqual([]);
    expect(h.engine.calls).toEqual([]);
  });

  it('writes the export where the save dialog says, suggesting the map’s name in its folder', async () => {
    const h = await setUp();
    const target = join(dir, 'out.svg');
    h.dialogs.willExportTo(target);
    const outcome = await dispatch(h.handlers, 'exportToFile', { map, options: options() });
    expect(outcome).toEqual({ outcome: 'saved', fileName: 'out.svg', notes: [] });
    expect(h.dialogs.asked).toEqual([{ kind: 'export', suggested: join(dir, 'plan.svg'), format: 'svg' }]);
    expect(await readFile(target, 'utf8')).toBe('<svg xmlns="http://www.w3.org/2000/svg">n-claim n-reason</svg>');
    expect(h.dialogs.unused()).toEqual([]);
  });

  it('refuses a read-only target, as Save does for a read-only map, and leaves it as it was', async () => {
    const h = await setUp();
    const target = join(dir, 'out.svg');
    await writeFile(target, 'the user’s own');
    await chmod(target, 0o444);
    h.dialogs.willExportTo(target);
    const outcome = await dispatch(h.handlers, 'exportToFile', { map, options: options() });
    expect(outcome).toEqual({
      outcome: 'problem',
      problem: {
        title: 'Could not export the map.',
        message: '“out.svg” is read-only; export under another name (or make the file writable first).',
      },
    });
    expect(await readFile(target, 'utf8')).toBe('the user’s own');
  });

  it('suggests the sample’s name, or a new map’s title, in the documents folder', async () => {
    const h = await setUp({ name: 'kazakhstan-mediator.argmap', path: null });
    h.dialogs.willExportTo(null).willExportTo(null);
    await dispatch(h.handlers, 'exportToFile', { map, options: options({ format: 'pdf' }) });
    h.current.document = { name: 'Untitled.argmap', path: null };
    await dispatch(h.handlers, 'exportToFile', { map: makeMap('Walk: yes / no?'), options: options({ format: 'md' }) });
    expect(h.dialogs.asked.map((q) => q.kind === 'export' && q.suggested)).toEqual([
      join(dir, 'Documents', 'kazakhstan-mediator.pdf'),
      join(dir, 'Documents', 'Walk yes no.md'),
    ]);
  });

  it('writes nothing when the save dialog is cancelled', async () => {
    const h = await setUp();
    h.dialogs.willExportTo(null);
    expect(await dispatch(h.handlers, 'exportToFile', { map, options: options() })).toEqual({ outcome: 'cancelled' });
    expect(h.engine.calls).toEqual([]);
    expect(await readdir(dir)).toEqual([]);
  });

  it('adds the extension a Linux dialog leaves off, and asks before replacing a file of that name', async () => {
    const h = await setUp();
    await writeFile(join(dir, 'plan.png'), 'an older export');
    h.dialogs.willExportTo(join(dir, 'plan')).willAnswerReplace(false);
    expect(await dispatch(h.handlers, 'exportToFile', { map, options: options({ format: 'png' }) })).toEqual({
      outcome: 'cancelled',
    });
    expect(await readFile(join(dir, 'plan.png'), 'utf8')).toBe('an older export');

    h.dialogs.willExportTo(join(dir, 'notes')).willExportTo(join(dir, 'plan')).willAnswerReplace(true);
    await dispatch(h.handlers, 'exportToFile', { map, options: options({ format: 'txt' }) });
    expect(await readFile(join(dir, 'notes.txt'), 'utf8')).toContain('Kazakhstan can mediate');
    await dispatch(h.handlers, 'exportToFile', { map, options: options({ format: 'png' }) });
    expect(await readFile(join(dir, 'plan.png'), 'utf8')).toContain('<svg');
    expect(h.dialogs.asked.filter((q) => q.kind === 'replace')).toEqual([
      { kind: 'replace', name: 'plan.png' },
      { kind: 'replace', name: 'plan.png' },
    ]);
  });

  it('says why a write failed, naming the file, and leaves no partial file behind', async () => {
    const h = await setUp();
    h.services.writeFile = async () => {
      throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
    };
    const exports = createHandlers(() => undefined, { exports: createExportHandlers(h.services) });
    h.dialogs.willExportTo(join(dir, 'map.pdf'));
    expect(await dispatch(exports, 'exportToFile', { map, options: options({ format: 'pdf' }) })).toEqual({
      outcome: 'problem',
      problem: {
        title: 'Could not export the map.',
        message: 'The disk is full: “map.pdf” was not written. Free some space and export again.',
      },
    });
    expect(await readdir(dir)).not.toContain('map.pdf');
  });

  it('says so when the chosen folder is gone, and writes no temp file anywhere', async () => {
    const h = await setUp();
    h.dialogs.willExportTo(join(dir, 'gone', 'map.svg'));
    const outcome = await dispatch(h.handlers, 'exportToFile', { map, options: options() });
    expect(outcome).toEqual({
      outcome: 'problem',
      problem: {
        title: 'Could not export the map.',
        message: 'The folder for “map.svg” does not exist (it may have been moved, deleted or unmounted).',
      },
    });
    expect(await readdir(dir)).toEqual([]);
  });

  it('reports an export the map cannot satisfy as a problem, not a thrown error', async () => {
    const h = await setUp();
    h.dialogs.willExportTo(join(dir, 'part.svg'));
    const outcome = await dispatch(h.handlers, 'exportToFile', {
      map,
      options: options({ scope: { kind: 'subtree', nodeId: 'n-elsewhere' } }),
    });
    expect(outcome).toEqual({
      outcome: 'problem',
      problem: { title: 'Could not export the map.', message: 'This map has no node with the id “n-elsewhere”.' },
    });
    expect(await readdir(dir)).toEqual([]);
  });

  it('previews the drawing of the scope chosen, and an outline as its text', async () => {
    const h = await setUp();
    const drawn = await dispatch(h.handlers, 'previewExport', {
      map,
      options: options({ format: 'png', textAs: 'outlines', scope: { kind: 'selection', nodeIds: ['n-reason'] } }),
    });
    expect(drawn).toEqual({
      ok: true,
      kind: 'drawing',
      svg: '<svg xmlns="http://www.w3.org/2000/svg">n-reason</svg>',
      width: 320,
      height: 200,
    });
    // Outlines look like the text they are made of: the preview saves the time of making them.
    expect(h.engine.calls.at(-1)?.textAs).toBe('text');
    const outline = await dispatch(h.handlers, 'previewExport', { map, options: options({ format: 'txt' }) });
    expect(outline).toEqual({ ok: true, kind: 'text', text: plainTextOutline(map) });
    const failed = await dispatch(h.handlers, 'previewExport', {
      map,
      options: options({ scope: { kind: 'selection', nodeIds: ['n-gone'] } }),
    });
    expect(failed).toMatchObject({ ok: false, problem: { title: 'Could not draw the preview.' } });
  });

  it('copies an image, SVG text or the outline to the clipboard, of the scope asked for', async () => {
    const h = await setUp();
    await dispatch(h.handlers, 'copyExport', { map, what: 'image', scope: { kind: 'map' } });
    await dispatch(h.handlers, 'copyExport', { map, what: 'svg', scope: { kind: 'selection', nodeIds: ['n-claim'] } });
    await dispatch(h.handlers, 'copyExport', { map, what: 'outline', scope: { kind: 'subtree', nodeId: 'n-reason' } });
    expect(h.clipboard.images.map(String)).toEqual(['<svg xmlns="http://www.w3.org/2000/svg">n-claim n-reason</svg>']);
    expect(h.clipboard.svgs).toEqual(['<svg xmlns="http://www.w3.org/2000/svg">n-claim</svg>']);
    expect(h.clipboard.texts).toEqual([
      plainTextOutline(scopedMap(map, { kind: 'subtree', nodeId: 'n-reason' as never })),
    ]);
    expect(h.engine.calls.map((call) => call.format)).toEqual(['png', 'svg', 'txt']);
    const failed = await dispatch(h.handlers, 'copyExport', {
      map,
      what: 'outline',
      scope: { kind: 'selection', nodeIds: ['n-gone'] },
    });
    expect(failed).toMatchObject({ ok: false, problem: { title: 'Could not copy the map.' } });
  });

  it('copies with the map’s remembered theme and scale', async () => {
    const h = await setUp();
    await dispatch(h.handlers, 'setExportChoices', { ...DEFAULT_EXPORT_CHOICES, theme: 'dark', scale: 3 });
    await dispatch(h.handlers, 'copyExport', { map, what: 'image', scope: { kind: 'map' } });
    expect(h.engine.calls[0]).toMatchObject({ format: 'png', theme: 'dark', scale: 3, scope: { kind: 'map' } });
  });
});

describe('remembered export choices', () => {
  const dark: ExportChoices = {
    ...DEFAULT_EXPORT_CHOICES,
    format: 'pdf',
    theme: 'dark',
    page: 'a4',
    scopeKind: 'subtree',
  };

  it('are the defaults for a map never exported', async () => {
    const h = await setUp();
    expect(await dispatch(h.handlers, 'getExportChoices', undefined)).toEqual(DEFAULT_EXPORT_CHOICES);
  });

  it('are kept per map path, across a restart', async () => {
    const h = await setUp();
    await dispatch(h.handlers, 'setExportChoices', dark);
    expect(await dispatch(h.handlers, 'getExportChoices', undefined)).toEqual(dark);

    h.current.document = { name: 'other.argmap', path: join(dir, 'other.argmap') };
    expect(await dispatch(h.handlers, 'getExportChoices', undefined)).toEqual(DEFAULT_EXPORT_CHOICES);

    const restarted = await setUp();
    expect(await dispatch(restarted.handlers, 'getExportChoices', undefined)).toEqual(dark);
  });

  it('of an unsaved map last until the app quits, and are not written to disk', async () => {
    const h = await setUp({ name: 'Untitled.argmap', path: null });
    await dispatch(h.handlers, 'setExportChoices', dark);
    expect(await dispatch(h.handlers, 'getExportChoices', undefined)).toEqual(dark);
    const restarted = await setUp({ name: 'Untitled.argmap', path: null });
    expect(await dispatch(restarted.handlers, 'getExportChoices', undefined)).toEqual(DEFAULT_EXPORT_CHOICES);
  });

  it('skip a damaged or unknown choices file, and a damaged entry in it', async () => {
    const dataDir = join(dir, 'data');
    const plan = join(dir, 'plan.argmap');
    await mkdir(dataDir);
    await writeFile(join(dataDir, 'export-choices.json'), '{ not json');
    expect((await loadExportChoices(dataDir)).get({ name: 'plan.argmap', path: plan })).toBeNull();
    await writeFile(
      join(dataDir, 'export-choices.json'),
      JSON.stringify({
        format: 'argmap-export-choices',
        version: 1,
        maps: { [plan]: dark, [join(dir, 'b.argmap')]: { ...dark, scale: 'huge' } },
      }),
    );
    const store = await loadExportChoices(dataDir);
    expect(store.get({ name: 'plan.argmap', path: plan })).toEqual(dark);
    expect(store.get({ name: 'b.argmap', path: join(dir, 'b.argmap') })).toBeNull();
  });

  it('keep the last maps exported, not every map ever', async () => {
    const dataDir = join(dir, 'data');
    const store = await loadExportChoices(dataDir);
    for (let i = 0; i < 55; i++) await store.set({ name: `${i}.argmap`, path: join(dir, `${i}.argmap`) }, dark);
    const onDisk = JSON.parse(await readFile(join(dataDir, 'export-choices.json'), 'utf8'));
    expect(Object.keys(onDisk.maps)).toHaveLength(50);
    expect(Object.keys(onDisk.maps)[0]).toBe(join(dir, '5.argmap'));
  });
});

describe('a write that fails', () => {
  it('reports a failure to remember choices without failing', async () => {
    const onError = vi.fn();
    // The data folder is a file: nothing can be written inside it.
    await writeFile(join(dir, 'data'), '');
    const store = await loadExportChoices(join(dir, 'data'), onError);
    await store.set({ name: 'plan.argmap', path: join(dir, 'plan.argmap') }, DEFAULT_EXPORT_CHOICES);
    expect(onError).toHaveBeenCalled();
    expect(store.get({ name: 'plan.argmap', path: join(dir, 'plan.argmap') })).toEqual(DEFAULT_EXPORT_CHOICES);
  });
});
