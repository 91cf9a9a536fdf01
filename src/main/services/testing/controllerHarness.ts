import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, expect, vi, type Mock } from 'vitest';
import type { EventChannel } from '../../../shared/ipc/channels';
import type { EventPayload, OpenedDocument } from '../../../shared/ipc/contract';
import { emptyMap, type ArgumentMap } from '../../../shared/model/argumentMap';
import { DocumentController, type SendEvent } from '../documentController';
import { loadRecentFiles, type RecentFiles } from '../recentFiles';
import { ScriptedDialogs } from './scriptedDialogs';
import { makeMap, writeMap } from './testMaps';

/** Where the shipped sample lives: the controller opens it when no file is given. */
export const resourcesDir = resolve('resources');

/** The temp folder of the running test: the app's data folder and the place of the user's map files. */
let dir: string | undefined;
/** Writes still running when a test ends (recent files), awaited before the folder goes. */
let pendingWrites: Promise<unknown>[] = [];
/** Every harness the running test made, so the end of the test can check their scripted answers. */
let harnesses: Harness[] = [];

/**
 * Gives each test of the calling file a fresh temp folder and removes it afterwards. After a test that passed, it
 * also checks the dialogs: no question went unscripted (it was answered Cancel, which may be why the test passed), and
 * every scripted answer was asked for (a test that scripts an answer expects its question).
 */
export function useTempFolder(): void {
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'argmap-controller-'));
    pendingWrites = [];
    harnesses = [];
  });

  afterEach(async ({ task }) => {
    await Promise.allSettled(pendingWrites);
    await rm(tempFolder(), { recursive: true, force: true });
    dir = undefined;
    if (task.result?.state === 'fail') return;
    for (const h of harnesses) {
      expect(h.dialogs.unexpected, 'questions the test scripted no answer for').toEqual([]);
      expect(h.dialogs.unused(), 'scripted answers never asked for').toEqual([]);
    }
  });
}

export function tempFolder(): string {
  if (dir === undefined) throw new Error('No temp folder: call useTempFolder() in the test file');
  return dir;
}

export const mapFile = (name: string): string => join(tempFolder(), name);

/** The .argmap and .bak files in the temp folder. */
export async function listMapFiles(): Promise<string[]> {
  return (await readdir(tempFolder())).filter((n) => n.endsWith('.argmap') || n.endsWith('.bak')).sort();
}

type SentEvent = { [K in EventChannel]: { channel: K; payload: EventPayload<K> } }[EventChannel];

export interface Harness {
  controller: DocumentController;
  dialogs: ScriptedDialogs;
  events: SentEvent[];
  /** The fake window: the map it shows, and whether it answers main's requests for it. */
  screen: { map: ArgumentMap; dirty: boolean; answering: boolean };
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

export interface HarnessOptions {
  initialFile?: string;
  requestTimeoutMs?: number;
}

/** A controller wired to scripted dialogs and a fake window, with the temp folder as its data folder. */
export async function createHarness(options: HarnessOptions = {}): Promise<Harness> {
  const dataDir = tempFolder();
  const dialogs = new ScriptedDialogs();
  const events: SentEvent[] = [];
  const screen = { map: emptyMap(), dirty: false, answering: true };
  const recent = tracked(await loadRecentFiles(dataDir));
  const closeWindow = vi.fn<() => void>();
  // A tiny renderer: shows what it is sent, hands over its map when asked, reports "saved" after a save.
  const send: SendEvent = (channel, payload) => {
    const event = { channel, payload } as SentEvent;
    events.push(event);
    if (event.channel === 'documentOpened' && event.payload.result.ok) {
      screen.map = event.payload.result.map;
      screen.dirty = event.payload.unsaved === true;
    }
    if (event.channel === 'documentUnsaved') screen.dirty = true;
    if (event.channel === 'documentRequested' && screen.answering) {
      const { requestId } = event.payload;
      setTimeout(() => controller.provideDocument(requestId, screen.map, screen.dirty), 0);
    }
    if (event.channel === 'documentSaved') {
      screen.dirty = false;
      setTimeout(() => controller.setDirty(false), 0);
    }
  };
  const controller = new DocumentController({
    resourcesDir,
    dataDir,
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

export type StartedHarness = Harness & { opened: OpenedDocument };

/** A window that has loaded its first document (the sample, or `initialFile`). */
export async function start(options: HarnessOptions = {}): Promise<StartedHarness> {
  const harness = await createHarness(options);
  const opened = await harness.controller.initialDocument();
  if (opened.result.ok) {
    harness.screen.map = opened.result.map;
    harness.screen.dirty = opened.unsaved === true;
  }
  return { ...harness, opened };
}

/** A window showing the map file `name` (written with `map`). */
export async function startWithFile(
  name = 'plan.argmap',
  map = makeMap('Plan'),
): Promise<StartedHarness & { path: string }> {
  const path = await writeMap(mapFile(name), map);
  return { ...(await start({ initialFile: path })), path };
}

/** The user edits the map: the window shows `map` and reports unsaved changes. */
export function edit(h: Harness, map: ArgumentMap): void {
  h.screen.map = map;
  h.screen.dirty = true;
  h.controller.setDirty(true);
}
