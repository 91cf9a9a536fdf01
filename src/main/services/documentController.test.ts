import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { parseArgmap, serializeArgmap } from '../../shared/formats/argmapFormat';
import type { EventChannel } from '../../shared/ipc/channels';
import type { EventPayload, OpenedDocument } from '../../shared/ipc/contract';
import { dispatch } from '../../shared/ipc/dispatch';
import { emptyMap, type ArgumentMap } from '../../shared/model/argumentMap';
import { DocumentController, SAMPLE_FILE_NAME, samplePath, type SendEvent } from './documentController';
import { createHandlers } from './documentHandlers';
import type { DiscardingAction, FileDialogs, OverwriteAnswer, SaveChangesAnswer } from './fileDialogs';
import { loadRecentFiles, type RecentFiles } from './recentFiles';
import { listRecoveries } from './recovery';

const resourcesDir = resolve('resources');

/** The temp folder of one test: the app's data folder and the place of the user's map files. */
let dir: string;
/** Writes still running when a test ends (recent files), awaited before the folder goes. */
let pendingWrites: Promise<unknown>[];
let harnesses: Harness[];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'argmap-controller-'));
  pendingWrites = [];
  harnesses = [];
});

afterEach(async ({ task }) => {
  await Promise.allSettled(pendingWrites);
  await rm(dir, { recursive: true, force: true });
  // Every scripted answer was asked for: a test that scripts an answer expects its question.
  if (task.result?.state !== 'fail') for (const h of harnesses) expect(h.dialogs.unused()).toEqual([]);
});

// ---------------------------------------------------------------------------------------------------------------
// Maps and files

function makeMap(title: string, claim = 'Kazakhstan can mediate between larger powers.'): ArgumentMap {
  return {
    meta: { title },
    nodes: {
      'n-claim': { id: 'n-claim', kind: 'claim', text: claim, position: { x: 0, y: 0 }, tags: [] },
      'n-reason': {
        id: 'n-reason',
        kind: 'reason',
        text: 'It is trusted by both sides.',
        position: { x: 0, y: 160 },
        tags: [],
      },
    } as ArgumentMap['nodes'],
    relations: {
      'r-support': { id: 'r-support', kind: 'support', from: ['n-reason'], to: { node: 'n-claim' } },
    } as ArgumentMap['relations'],
  };
}

/** The same map with the claim's text retyped: what an edit in the window produces. */
const edited = (map: ArgumentMap, claim: string): ArgumentMap => makeMap(map.meta.title, claim);

/** A map whose relation points at a node that does not exist. */
const danglingMap = (): unknown => {
  const map = JSON.parse(JSON.stringify(makeMap('Dangling'))) as any;
  map.relations['r-support'].to = { node: 'n-missing' };
  return map;
};

const mapFile = (name: string): string => join(dir, name);

async function writeMap(path: string, map: ArgumentMap): Promise<string> {
  await writeFile(path, serializeArgmap(map));
  return path;
}

async function readMap(path: string): Promise<ArgumentMap> {
  const result = parseArgmap(await readFile(path, 'utf8'));
  if (!result.ok) throw new Error(`${path} does not load: ${result.message}`);
  return result.map;
}

const exists = (path: string): Promise<boolean> =>
  readFile(path).then(
    () => true,
    () => false,
  );

/** The .argmap and .bak files in the temp folder. */
async function listMapFiles(): Promise<string[]> {
  return (await readdir(dir)).filter((n) => n.endsWith('.argmap') || n.endsWith('.bak')).sort();
}

// ---------------------------------------------------------------------------------------------------------------
// The scripted dialogs, the fake window and the controller

type Question =
  | ['chooseMapToOpen']
  | ['chooseSavePath', string]
  | ['askSaveChanges', string, DiscardingAction]
  | ['askOverwriteChanged', string, boolean];

/** Answers the controller's questions from queues and records every question asked. */
class ScriptedDialogs implements FileDialogs {
  readonly asked: Question[] = [];
  readonly toOpen: (string | null)[] = [];
  readonly savePaths: (string | null)[] = [];
  readonly saveChanges: SaveChangesAnswer[] = [];
  readonly overwrite: OverwriteAnswer[] = [];

  async chooseMapToOpen(): Promise<string | null> {
    this.asked.push(['chooseMapToOpen']);
    return this.next(this.toOpen, 'chooseMapToOpen');
  }

  async chooseSavePath(suggestedName: string): Promise<string | null> {
    this.asked.push(['chooseSavePath', suggestedName]);
    return this.next(this.savePaths, 'chooseSavePath');
  }

  async askSaveChanges(name: string, action: DiscardingAction): Promise<SaveChangesAnswer> {
    this.asked.push(['askSaveChanges', name, action]);
    return this.next(this.saveChanges, 'askSaveChanges');
  }

  async askOverwriteChanged(name: string, deleted: boolean): Promise<OverwriteAnswer> {
    this.asked.push(['askOverwriteChanged', name, deleted]);
    return this.next(this.overwrite, 'askOverwriteChanged');
  }

  /** Scripted answers no question used up. */
  unused(): unknown[] {
    return [...this.toOpen, ...this.savePaths, ...this.saveChanges, ...this.overwrite];
  }

  private next<T>(queue: T[], question: string): T {
    if (queue.length === 0) throw new Error(`The test scripted no answer for ${question}`);
    return queue.shift() as T;
  }
}

type SentEvent = { [K in EventChannel]: { channel: K; payload: EventPayload<K> } }[EventChannel];

interface Harness {
  controller: DocumentController;
  dialogs: ScriptedDialogs;
  events: SentEvent[];
  /** The fake window: the map it shows, and whether it answers main's requests for it. */
  screen: { map: ArgumentMap; answering: boolean };
  recent: RecentFiles;
  closeWindow: Mock<() => void>;
  sent<K extends EventChannel>(channel: K): EventPayload<K>[];
}

/** Keeps the recent list's writes, so the temp folder is removed only after them. */
function tracked(recent: RecentFiles): RecentFiles {
  const track = (write: Promise<void>): Promise<void> => {
    pendingWrites.push(write);
    return write;
  };
  return {
    list: () => recent.list(),
    add: (path) => track(recent.add(path)),
    remove: (path) => track(recent.remove(path)),
    clear: () => track(recent.clear()),
  };
}

interface HarnessOptions {
  initialFile?: string;
  requestTimeoutMs?: number;
}

async function createHarness(options: HarnessOptions = {}): Promise<Harness> {
  const dialogs = new ScriptedDialogs();
  const events: SentEvent[] = [];
  const screen = { map: emptyMap(), answering: true };
  const recent = tracked(await loadRecentFiles(dir));
  const closeWindow = vi.fn<() => void>();
  // A tiny renderer: shows what it is sent, hands over its map when asked, reports "saved" after a save.
  const send: SendEvent = (channel, payload) => {
    const event = { channel, payload } as SentEvent;
    events.push(event);
    if (event.channel === 'documentOpened' && event.payload.result.ok) screen.map = event.payload.result.map;
    if (event.channel === 'documentRequested' && screen.answering) {
      const { requestId } = event.payload;
      setTimeout(() => controller.provideDocument(requestId, screen.map), 0);
    }
    if (event.channel === 'documentSaved') setTimeout(() => controller.setDirty(false), 0);
  };
  const controller = new DocumentController({
    resourcesDir,
    dataDir: dir,
    initialFile: options.initialFile,
    dialogs,
    send,
    recent,
    closeWindow,
    requestTimeoutMs: options.requestTimeoutMs,
  });
  const harness: Harness = {
    controller,
    dialogs,
    events,
    screen,
    recent,
    closeWindow,
    sent: <K extends EventChannel>(channel: K) =>
      events.filter((e) => e.channel === channel).map((e) => e.payload as EventPayload<K>),
  };
  harnesses.push(harness);
  return harness;
}

/** A window that has loaded its first document (the sample, or `initialFile`). */
async function start(options: HarnessOptions = {}): Promise<Harness & { opened: OpenedDocument }> {
  const harness = await createHarness(options);
  const opened = await harness.controller.initialDocument();
  if (opened.result.ok) harness.screen.map = opened.result.map;
  return { ...harness, opened };
}

/** A window showing the map file `name` (written with `map`). */
async function startWithFile(name = 'plan.argmap', map = makeMap('Plan')) {
  const path = await writeMap(mapFile(name), map);
  return { ...(await start({ initialFile: path })), path };
}

/** The user edits the map: the window shows `map` and reports unsaved changes. */
function edit(h: Harness, map: ArgumentMap): void {
  h.screen.map = map;
  h.controller.setDirty(true);
}

// ---------------------------------------------------------------------------------------------------------------

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
    expect(h.opened).toEqual({ name: 'debate.argmap', isSample: false, result: { ok: true, map } });
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

describe('Save and Save As', () => {
  it('asks where to save the sample, adds .argmap, reports the new name, and then saves there without asking', async () => {
    const h = await start();
    const first = edited(h.screen.map, 'My first change to the sample.');
    edit(h, first);
    h.dialogs.savePaths.push(mapFile('my-copy'));

    await h.controller.run('save');

    const path = mapFile('my-copy.argmap');
    expect(h.dialogs.asked).toEqual([['chooseSavePath', SAMPLE_FILE_NAME]]);
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

  it('keeps a name that already ends in .argmap', async () => {
    const h = await start();
    h.dialogs.savePaths.push(mapFile('Named.ARGMAP'));
    await h.controller.run('saveAs');
    expect(await readFile(mapFile('Named.ARGMAP'), 'utf8')).toBe(serializeArgmap(h.screen.map));
    expect(await exists(mapFile('Named.ARGMAP.argmap'))).toBe(false);
  });

  it('Save As of an opened file writes the new file and leaves the old one as it was', async () => {
    const original = makeMap('Plan');
    const h = await startWithFile('plan.argmap', original);
    const changed = edited(original, 'Changed before Save As.');
    edit(h, changed);
    h.dialogs.savePaths.push(mapFile('plan-v2.argmap'));

    await h.controller.run('saveAs');

    expect(h.dialogs.asked).toEqual([['chooseSavePath', 'plan.argmap']]);
    expect(await readMap(mapFile('plan-v2.argmap'))).toEqual(changed);
    expect(await readFile(h.path, 'utf8')).toBe(serializeArgmap(original));
    expect(h.controller.state?.path).toBe(mapFile('plan-v2.argmap'));
  });

  it('writes nothing and reports no save when Save As is cancelled', async () => {
    const h = await start();
    edit(h, edited(h.screen.map, 'Unsaved.'));
    h.dialogs.savePaths.push(null);

    await h.controller.run('saveAs');

    expect(h.dialogs.asked).toEqual([['chooseSavePath', SAMPLE_FILE_NAME]]);
    expect(h.sent('documentSaved')).toEqual([]);
    expect(h.sent('documentRequested')).toEqual([]);
    expect(await listMapFiles()).toEqual([]);
    expect(h.controller.state).toMatchObject({ name: SAMPLE_FILE_NAME, path: null, dirty: true });
  });
});

describe('unsaved changes', () => {
  describe('New', () => {
    it('Cancel keeps the document', async () => {
      const h = await startWithFile();
      edit(h, edited(h.screen.map, 'Unsaved.'));
      h.dialogs.saveChanges.push('cancel');

      await h.controller.run('newMap');

      expect(h.dialogs.asked).toEqual([['askSaveChanges', 'plan.argmap', 'new']]);
      expect(h.sent('documentOpened')).toEqual([]);
      expect(h.controller.state).toMatchObject({ name: 'plan.argmap', path: h.path, dirty: true });
    });

    it('Don’t Save opens an empty untitled map and leaves the file as it was', async () => {
      const h = await startWithFile();
      edit(h, edited(h.screen.map, 'Unsaved.'));
      h.dialogs.saveChanges.push('discard');

      await h.controller.run('newMap');

      expect(h.sent('documentOpened')).toEqual([
        { name: 'Untitled.argmap', isSample: false, result: { ok: true, map: emptyMap() } },
      ]);
      expect(h.controller.state).toEqual({ name: 'Untitled.argmap', path: null, dirty: false, canRevert: false });
      expect(await readMap(h.path)).toEqual(makeMap('Plan'));
      expect(h.sent('documentSaved')).toEqual([]);
    });

    it('Save writes the changes, then opens the empty map', async () => {
      const h = await startWithFile();
      const changes = edited(h.screen.map, 'Saved on the way to a new map.');
      edit(h, changes);
      h.dialogs.saveChanges.push('save');

      await h.controller.run('newMap');

      expect(h.dialogs.asked).toEqual([['askSaveChanges', 'plan.argmap', 'new']]);
      expect(await readMap(h.path)).toEqual(changes);
      expect(h.events.map((e) => e.channel)).toEqual(['documentRequested', 'documentSaved', 'documentOpened']);
      expect(h.sent('documentOpened')[0].name).toBe('Untitled.argmap');
    });

    it('Save of the never-saved sample asks where; cancelling that keeps the document', async () => {
      const h = await start();
      edit(h, edited(h.screen.map, 'Unsaved.'));
      h.dialogs.saveChanges.push('save');
      h.dialogs.savePaths.push(null);

      await h.controller.run('newMap');

      expect(h.dialogs.asked).toEqual([
        ['askSaveChanges', SAMPLE_FILE_NAME, 'new'],
        ['chooseSavePath', SAMPLE_FILE_NAME],
      ]);
      expect(h.sent('documentOpened')).toEqual([]);
      expect(h.controller.state).toMatchObject({ name: SAMPLE_FILE_NAME, dirty: true });
    });

    it('asks nothing when nothing is unsaved', async () => {
      const h = await startWithFile();
      await h.controller.run('newMap');
      expect(h.dialogs.asked).toEqual([]);
      expect(h.sent('documentOpened')).toHaveLength(1);
    });
  });

  describe('Open', () => {
    it('Cancel keeps the document', async () => {
      const h = await startWithFile();
      const other = await writeMap(mapFile('other.argmap'), makeMap('Other'));
      edit(h, edited(h.screen.map, 'Unsaved.'));
      h.dialogs.toOpen.push(other);
      h.dialogs.saveChanges.push('cancel');

      await h.controller.run('openFile');

      expect(h.dialogs.asked).toEqual([['chooseMapToOpen'], ['askSaveChanges', 'plan.argmap', 'open']]);
      expect(h.sent('documentOpened')).toEqual([]);
      expect(h.controller.state).toMatchObject({ name: 'plan.argmap', dirty: true });
    });

    it('Don’t Save opens the chosen file', async () => {
      const h = await startWithFile();
      const otherMap = makeMap('Other');
      const other = await writeMap(mapFile('other.argmap'), otherMap);
      edit(h, edited(h.screen.map, 'Unsaved.'));
      h.dialogs.toOpen.push(other);
      h.dialogs.saveChanges.push('discard');

      await h.controller.run('openFile');

      expect(h.sent('documentOpened')).toEqual([
        { name: 'other.argmap', isSample: false, result: { ok: true, map: otherMap } },
      ]);
      expect(h.controller.state).toEqual({ name: 'other.argmap', path: other, dirty: false, canRevert: true });
      expect(await readMap(h.path)).toEqual(makeMap('Plan'));
      expect(h.recent.list()).toEqual([other, h.path]);
    });

    it('Save writes the changes, then opens the chosen file', async () => {
      const h = await startWithFile();
      const other = await writeMap(mapFile('other.argmap'), makeMap('Other'));
      const changes = edited(h.screen.map, 'Saved before opening another map.');
      edit(h, changes);
      h.dialogs.toOpen.push(other);
      h.dialogs.saveChanges.push('save');

      await h.controller.run('openFile');

      expect(await readMap(h.path)).toEqual(changes);
      expect(h.sent('documentOpened').map((o) => o.name)).toEqual(['other.argmap']);
      expect(h.controller.state?.path).toBe(other);
    });

    it('Save before reopening the file already open shows what was saved', async () => {
      const h = await startWithFile();
      const changes = edited(h.screen.map, 'Saved, then reopened from Open Recent.');
      edit(h, changes);
      h.dialogs.saveChanges.push('save');

      await h.controller.open(h.path);

      expect(await readMap(h.path)).toEqual(changes);
      expect(h.sent('documentOpened')).toEqual([
        { name: 'plan.argmap', isSample: false, result: { ok: true, map: changes } },
      ]);
      await h.controller.run('save');
      expect(h.dialogs.asked).toEqual([['askSaveChanges', 'plan.argmap', 'open']]);
    });

    it('a cancelled Open dialog changes nothing', async () => {
      const h = await startWithFile();
      edit(h, edited(h.screen.map, 'Unsaved.'));
      h.dialogs.toOpen.push(null);
      await h.controller.run('openFile');
      expect(h.dialogs.asked).toEqual([['chooseMapToOpen']]);
      expect(h.sent('documentOpened')).toEqual([]);
    });

    it('asks nothing but the file when nothing is unsaved', async () => {
      const h = await startWithFile();
      const other = await writeMap(mapFile('other.argmap'), makeMap('Other'));
      h.dialogs.toOpen.push(other);
      await h.controller.run('openFile');
      expect(h.dialogs.asked).toEqual([['chooseMapToOpen']]);
      expect(h.sent('documentOpened').map((o) => o.name)).toEqual(['other.argmap']);
    });
  });

  describe('Revert', () => {
    it('Cancel keeps the changes', async () => {
      const h = await startWithFile();
      const changes = edited(h.screen.map, 'Unsaved.');
      edit(h, changes);
      h.dialogs.saveChanges.push('cancel');

      await h.controller.run('revert');

      expect(h.dialogs.asked).toEqual([['askSaveChanges', 'plan.argmap', 'revert']]);
      expect(h.sent('documentOpened')).toEqual([]);
      expect(h.screen.map).toEqual(changes);
      expect(h.controller.state?.dirty).toBe(true);
    });

    it('Don’t Save goes back to the file on disk', async () => {
      const original = makeMap('Plan');
      const h = await startWithFile('plan.argmap', original);
      edit(h, edited(original, 'Unsaved.'));
      h.dialogs.saveChanges.push('discard');

      await h.controller.run('revert');

      expect(h.sent('documentOpened')).toEqual([
        { name: 'plan.argmap', isSample: false, result: { ok: true, map: original } },
      ]);
      expect(h.controller.state).toEqual({ name: 'plan.argmap', path: h.path, dirty: false, canRevert: true });
    });

    it('Save writes the changes and shows the file as saved', async () => {
      const h = await startWithFile();
      const changes = edited(h.screen.map, 'Kept by saving.');
      edit(h, changes);
      h.dialogs.saveChanges.push('save');

      await h.controller.run('revert');

      expect(await readMap(h.path)).toEqual(changes);
      expect(h.sent('documentOpened')).toEqual([
        { name: 'plan.argmap', isSample: false, result: { ok: true, map: changes } },
      ]);
      // What is on screen is what is on disk: the next save asks nothing.
      await h.controller.run('save');
      expect(h.dialogs.asked).toEqual([['askSaveChanges', 'plan.argmap', 'revert']]);
    });

    it('reverts the sample to the shipped sample', async () => {
      const h = await start();
      edit(h, edited(h.screen.map, 'Scribbled on the sample.'));
      h.dialogs.saveChanges.push('discard');

      await h.controller.run('revert');

      const [opened] = h.sent('documentOpened');
      expect(opened).toMatchObject({ name: SAMPLE_FILE_NAME, isSample: true });
      expect(opened.result.ok && opened.result.map).toEqual(await readMap(samplePath(resourcesDir)));
    });

    it('asks nothing when nothing is unsaved', async () => {
      const h = await startWithFile();
      await h.controller.run('revert');
      expect(h.dialogs.asked).toEqual([]);
      expect(h.sent('documentOpened')).toHaveLength(1);
    });
  });

  describe('Close', () => {
    it('Cancel keeps the window open', async () => {
      const h = await startWithFile();
      edit(h, edited(h.screen.map, 'Unsaved.'));
      h.dialogs.saveChanges.push('cancel');

      await h.controller.run('closeWindow');

      expect(h.dialogs.asked).toEqual([['askSaveChanges', 'plan.argmap', 'close']]);
      expect(h.closeWindow).not.toHaveBeenCalled();
      expect(h.controller.mayClose()).toBe(false);
    });

    it('Don’t Save closes the window and leaves the file as it was', async () => {
      const h = await startWithFile();
      edit(h, edited(h.screen.map, 'Unsaved.'));
      h.dialogs.saveChanges.push('discard');

      await h.controller.run('closeWindow');

      expect(h.closeWindow).toHaveBeenCalledTimes(1);
      expect(h.controller.mayClose()).toBe(true);
      expect(await readMap(h.path)).toEqual(makeMap('Plan'));
    });

    it('Save writes the changes, then closes the window', async () => {
      const h = await startWithFile();
      const changes = edited(h.screen.map, 'Saved on the way out.');
      edit(h, changes);
      h.dialogs.saveChanges.push('save');

      await h.controller.run('closeWindow');

      expect(await readMap(h.path)).toEqual(changes);
      expect(h.closeWindow).toHaveBeenCalledTimes(1);
      expect(h.controller.mayClose()).toBe(true);
    });

    it('asks nothing when nothing is unsaved', async () => {
      const h = await startWithFile();
      // Every close goes through the command, so the window's own close waits for it.
      expect(h.controller.mayClose()).toBe(false);
      await h.controller.run('closeWindow');
      expect(h.dialogs.asked).toEqual([]);
      expect(h.closeWindow).toHaveBeenCalledTimes(1);
      expect(h.controller.mayClose()).toBe(true);
    });

    it('stays open with a message naming the file when saving on the way out fails', async () => {
      const folder = join(dir, 'usb-stick');
      await mkdir(folder);
      const path = await writeMap(join(folder, 'plan.argmap'), makeMap('Plan'));
      const h = await start({ initialFile: path });
      edit(h, edited(h.screen.map, 'Unsaved.'));
      // The stick is pulled: the file and its folder are gone.
      await rm(folder, { recursive: true });
      h.dialogs.saveChanges.push('save');
      h.dialogs.overwrite.push('overwrite');

      await h.controller.run('closeWindow');

      expect(h.dialogs.asked).toEqual([
        ['askSaveChanges', 'plan.argmap', 'close'],
        ['askOverwriteChanged', 'plan.argmap', true],
      ]);
      expect(h.closeWindow).not.toHaveBeenCalled();
      expect(h.controller.mayClose()).toBe(false);
      const problems = h.sent('fileProblem');
      expect(problems).toHaveLength(1);
      expect(problems[0].message).toContain('plan.argmap');
      expect(h.sent('documentSaved')).toEqual([]);
    });
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
    h.dialogs.toOpen.push(broken);

    await h.controller.run('openFile');

    expect(h.dialogs.asked).toEqual([['chooseMapToOpen']]);
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
    h.dialogs.overwrite.push('cancel');

    await h.controller.run('save');

    expect(h.dialogs.asked).toEqual([['askOverwriteChanged', 'plan.argmap', false]]);
    expect(await readFile(h.path, 'utf8')).toBe(serializeArgmap(h.theirs));
    expect(h.sent('documentSaved')).toEqual([]);
    expect(h.controller.state?.dirty).toBe(true);
  });

  it('Overwrite writes ours and keeps theirs as the backup', async () => {
    const h = await changedOnDisk();
    h.dialogs.overwrite.push('overwrite');

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
    h.dialogs.overwrite.push('saveAs');
    h.dialogs.savePaths.push(mapFile('ours.argmap'));

    await h.controller.run('save');

    expect(h.dialogs.asked).toEqual([
      ['askOverwriteChanged', 'plan.argmap', false],
      ['chooseSavePath', 'plan.argmap'],
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
      { name: 'plan.argmap', isSample: false, result: { ok: true, map: h.theirs } },
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
    await vi.waitFor(async () => expect(await listRecoveries(dir)).toHaveLength(1));
    await h.controller.windowFocused();

    await h.controller.answerDiskChange('reload');

    expect(h.screen.map).toEqual(h.theirs);
    // Otherwise the next start after a crash would offer back the changes the user chose to drop.
    await vi.waitFor(async () => expect(await listRecoveries(dir)).toEqual([]));
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

describe('recovery copies', () => {
  /** The recovery copies in the data folder, as the next start would find them. */
  const copies = async () =>
    (await listRecoveries(dir)).map((e) => (e.ok ? { name: e.name, originalPath: e.originalPath, map: e.map } : e));

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
    h.dialogs.saveChanges.push('discard');
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
    h.dialogs.savePaths.push(mapFile('rescued'));

    await h.controller.run('save');

    expect(h.dialogs.asked).toEqual([['chooseSavePath', 'Untitled.argmap']]);
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
    h.dialogs.saveChanges.push('cancel', 'discard');

    await h.controller.restoreRecovery(offer.id);
    expect(h.sent('documentOpened')).toEqual([]);
    await h.controller.restoreRecovery(offer.id);

    expect(h.dialogs.asked).toEqual([
      ['askSaveChanges', SAMPLE_FILE_NAME, 'open'],
      ['askSaveChanges', SAMPLE_FILE_NAME, 'open'],
    ]);
    expect(h.sent('documentOpened')).toEqual([
      { name: 'plan.argmap', isSample: false, result: { ok: true, map: crashed.changes }, unsaved: true },
    ]);
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
    h.dialogs.savePaths.push(mapFile('once.argmap'));

    await Promise.all([h.controller.run('saveAs'), h.controller.run('saveAs')]);

    expect(h.dialogs.asked).toEqual([['chooseSavePath', SAMPLE_FILE_NAME]]);
    expect(h.sent('documentSaved')).toHaveLength(1);
    expect(await listMapFiles()).toEqual(['once.argmap']);
  });
});

describe('the handlers behind the contract', () => {
  it('refuse an invalid map for the recovery copy, naming where it is wrong, and write nothing', async () => {
    const h = await startWithFile();
    const handlers = createHandlers(() => h.controller);
    h.controller.setDirty(true);

    await expect(dispatch(handlers, 'storeRecovery', { map: danglingMap() })).rejects.toThrow(
      /map\.relations\.r-support\.to\.node/,
    );

    await new Promise((done) => setTimeout(done, 20));
    expect(await listRecoveries(dir)).toEqual([]);
  });

  it('store a valid map as the recovery copy', async () => {
    const h = await startWithFile();
    const handlers = createHandlers(() => h.controller);
    const changes = edited(h.screen.map, 'Through the contract.');
    h.controller.setDirty(true);

    await dispatch(handlers, 'storeRecovery', { map: changes });

    await vi.waitFor(async () => expect((await listRecoveries(dir)).map((e) => e.ok && e.map)).toEqual([changes]));
  });

  it.each([['unknownCommand'], [join(tmpdir(), 'elsewhere', 'plan.argmap')]])(
    'refuse the file command %s',
    async (command) => {
      const h = await startWithFile();
      const handlers = createHandlers(() => h.controller);
      await expect(dispatch(handlers, 'runFileCommand', command)).rejects.toThrow(
        /Invalid request for "runFileCommand"/,
      );
      expect(h.events).toEqual([]);
      expect(h.dialogs.asked).toEqual([]);
    },
  );

  it('open a dropped file', async () => {
    const h = await startWithFile();
    const droppedMap = makeMap('Dropped');
    const dropped = await writeMap(mapFile('dropped.argmap'), droppedMap);
    const handlers = createHandlers(() => h.controller);

    await dispatch(handlers, 'openDroppedFile', dropped);

    expect(h.sent('documentOpened')).toEqual([
      { name: 'dropped.argmap', isSample: false, result: { ok: true, map: droppedMap } },
    ]);
    expect(h.controller.state?.path).toBe(dropped);
  });

  it('say that no window is open when there is none', async () => {
    const handlers = createHandlers(() => undefined);
    await expect(dispatch(handlers, 'runFileCommand', 'save')).rejects.toThrow('No document window is open');
  });
});
