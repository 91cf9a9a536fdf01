/**
 * Opens the built renderer (out/renderer) in Chromium with `window.argmap` bound
 * to the real main-process handlers running in this test process: what the app
 * reads and writes really happens on disk, in `dir`.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, extname, join, normalize, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from '@playwright/test';
import { EVENT_CHANNELS, INVOKE_CHANNELS, type EventChannel } from '../src/shared/ipc/channels';
import type { EventPayload } from '../src/shared/ipc/contract';
import { createBridge } from '../src/shared/ipc/bridge';
import { dispatch } from '../src/shared/ipc/dispatch';
import { createHandlers } from '../src/main/services/documentHandlers';
import { DocumentController } from '../src/main/services/documentController';
import { droppedFilePath } from '../src/main/services/droppedFile';
import { loadExportChoices } from '../src/main/services/exportChoices';
import { createExportHandlers, type ExportEngine } from '../src/main/services/exportHandlers';
import { loadRecentFiles } from '../src/main/services/recentFiles';
import { windowTitle } from '../src/main/services/windowTitle';
import { ScriptedDialogs } from '../src/main/services/testing/scriptedDialogs';
import { CHROMIUM_ARGS, chromiumPath } from './browser';

const ROOT = resolve(import.meta.dirname, '..');
const RENDERER_DIR = join(ROOT, 'out', 'renderer');
/** A made-up origin, served from disk by request interception: no server, no network. */
const APP_ORIGIN = 'http://argmap.test';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export interface OpenAppOptions {
  /** A map file to open instead of the sample, as if named on the command line. */
  file?: string;
  viewport?: { width: number; height: number };
  /** The app's data folder (recovery copies, recent files); a second app given the same one finds them. */
  dataDir?: string;
  /** A script run in the page before its own (the benchmark's timing of the first frame). */
  initScript?: string;
}

export interface OpenedApp {
  page: Page;
  /** A fresh temporary folder for the test's files and user data. */
  dir: string;
  /** The app's data folder. */
  dataDir: string;
  /** Main's side of the document, as the app runs it: file commands, focus checks. */
  main: DocumentController;
  /** The native dialogs, answered from the test's script. */
  dialogs: ScriptedDialogs;
  /** What Copy as… put on the clipboard, in order (main's clipboard, recorded). */
  clipboard: RecordedClipboard;
  /** True once main closed the window (after the user agreed to lose or save changes). */
  readonly windowClosed: boolean;
  /** The window's title as main sets it: the file name, with "*" while there are unsaved changes. */
  windowTitle(): string;
  /**
   * Drops the file at `path` on the window. The page gets dragover (it must show the copy cursor) and drop (it must
   * leave it to Chromium). Chromium's navigation to the file, which Electron reports to main and this browser
   * harness cannot produce, is stood in for by main's own handling of the same file: URL: droppedFilePath, then the
   * controller's openDropped, as security.ts and index.ts do. Resolves once main has handled it.
   */
  dropFile(path: string): Promise<void>;
  /** Sends an event as main would (a menu command, an opened document). */
  emit<K extends EventChannel>(channel: K, payload: EventPayload<K>): Promise<void>;
  /** Ends the page at once, as a crash or a kill would: nothing is asked, nothing saved or cleaned up. */
  crash(): Promise<void>;
  close(): Promise<void>;
}

/** The system clipboard as the test sees it: each write, with its kind. */
export type RecordedClipboard = Array<{ kind: 'text' | 'svg'; text: string } | { kind: 'image'; png: Buffer }>;

/** The export core, loaded by the first app that exports (most specs never do; it reads the fonts). */
let engine: Promise<ExportEngine> | undefined;
function loadExportEngine(): Promise<ExportEngine> {
  engine ??= import('../src/main/services/exportEngine').then(({ exportEngine }) =>
    exportEngine(join(ROOT, 'resources')),
  );
  return engine;
}

let browser: Promise<Browser> | undefined;
const sharedBrowser = (): Promise<Browser> =>
  (browser ??= chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS }));

/**
 * The stand-in for the preload, run in the page before any app script: the same
 * createBridge the preload uses, over Playwright bindings instead of ipcRenderer.
 */
function bridgeScript(): string {
  const transport = `{
    invoke: (channel, request) =>
      window.__argmapInvoke(channel, request === undefined ? undefined : JSON.stringify(request)).then((answer) =>
        answer === undefined ? undefined : JSON.parse(answer),
      ),
    subscribe: (channel, listener) => {
      const set = listeners.get(channel) ?? new Set();
      set.add(listener);
      listeners.set(channel, set);
      return () => set.delete(listener);
    },
  }`;
  return `(() => {
    const listeners = new Map();
    const createBridge = ${createBridge.toString()};
    window.__argmapEmit = (channel, json) => {
      const payload = json === undefined ? undefined : JSON.parse(json);
      listeners.get(channel)?.forEach((listener) => listener(payload));
    };
    window.argmap = createBridge(${JSON.stringify(INVOKE_CHANNELS)}, ${JSON.stringify(EVENT_CHANNELS)}, ${transport});
  })();`;
}

/** In the page: a file named `name` dragged over the canvas and dropped; whether the page cancelled each event. */
function dropOnPage(name: string): { dragOver: boolean; drop: boolean } {
  const transfer = new DataTransfer();
  // The bytes do not matter: main reads the file itself, from the path Chromium's navigation names.
  transfer.items.add(new File([''], name));
  const target = document.querySelector('.react-flow__pane') ?? document.body;
  const cancelled = (type: string): boolean =>
    !target.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
  return { dragOver: cancelled('dragover'), drop: cancelled('drop') };
}

/** Opens the app. Build it first (`npm run build`); this builds nothing. */
export async function openApp(options: OpenAppOptions = {}): Promise<OpenedApp> {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    throw new Error('out/renderer is missing: run `npm run build` before the e2e specs.');
  }
  const dir = await mkdtemp(join(tmpdir(), 'argmap-e2e-'));
  const dataDir = options.dataDir ?? join(dir, 'data');
  const dialogs = new ScriptedDialogs();
  let page: Page | undefined;
  let windowClosed = false;
  let title = 'Argmap';
  const emit = async (channel: string, payload: unknown): Promise<void> => {
    // As JSON text: Playwright's own serialisation of a 10,000-node map takes seconds, Electron's IPC milliseconds.
    await page?.evaluate(
      ([c, p]) => (window as unknown as { __argmapEmit(c: string, p: string | undefined): void }).__argmapEmit(c, p),
      [channel, payload === undefined ? undefined : JSON.stringify(payload)] as [string, string | undefined],
    );
  };
  const main = new DocumentController({
    resourcesDir: join(ROOT, 'resources'),
    dataDir,
    initialFile: options.file,
    dialogs,
    // Main's events are fire-and-forget; a page already gone simply misses them, as a closed window would.
    send: (channel, payload) => void emit(channel, payload).catch(() => undefined),
    recent: await loadRecentFiles(dataDir),
    closeWindow: () => {
      windowClosed = true;
    },
    // As on Linux and Windows: the unsaved mark is part of the title.
    onDocumentState: (state) => {
      title = windowTitle(state?.name ?? '', state?.dirty ?? false, false);
    },
  });
  const clipboard: RecordedClipboard = [];
  const exports = createExportHandlers({
    document: () => main.state,
    dialogs,
    clipboard: {
      writeText: (text) => void clipboard.push({ kind: 'text', text }),
      writeImage: (png) => void clipboard.push({ kind: 'image', png }),
      writeSvg: (text) => void clipboard.push({ kind: 'svg', text }),
    },
    engine: await loadExportEngine(),
    choices: await loadExportChoices(dataDir),
    documentsDir: join(dir, 'Documents'),
  });
  const handlers = createHandlers(() => main, { exports });
  const context = await (
    await sharedBrowser()
  ).newContext({ viewport: options.viewport ?? { width: 1440, height: 900 } });
  await context.route(`${APP_ORIGIN}/**`, async (route) => {
    const path = normalize(join(RENDERER_DIR, new URL(route.request().url()).pathname));
    if (!path.startsWith(RENDERER_DIR)) return route.fulfill({ status: 403 });
    try {
      const body = await readFile(path);
      return await route.fulfill({ body, contentType: CONTENT_TYPES[extname(path)] ?? 'application/octet-stream' });
    } catch {
      return route.fulfill({ status: 404 });
    }
  });
  // Requests and answers cross as JSON text too (see emit).
  await context.exposeBinding('__argmapInvoke', async (_source, channel: string, request: string | undefined) => {
    const answer = await dispatch(handlers, channel, request === undefined ? undefined : JSON.parse(request));
    return answer === undefined ? undefined : JSON.stringify(answer);
  });
  await context.addInitScript({ content: bridgeScript() });
  if (options.initScript) await context.addInitScript({ content: options.initScript });
  const opened = await context.newPage();
  page = opened;
  const errors: string[] = [];
  opened.on('pageerror', (error) => errors.push(error.message));
  await opened.goto(`${APP_ORIGIN}/index.html`);
  // Ready once the first document is drawn (or its failure shown): main's events have listeners by then.
  await opened.locator('.react-flow, .empty-state .button').first().waitFor();
  return {
    page: opened,
    dir,
    dataDir,
    main,
    dialogs,
    clipboard,
    get windowClosed() {
      return windowClosed;
    },
    windowTitle: () => title,
    dropFile: async (path) => {
      const { dragOver, drop } = await opened.evaluate(dropOnPage, basename(path));
      if (!dragOver) throw new Error('The page did not accept the dragged file (no copy cursor).');
      if (drop) throw new Error('The page kept the drop from Chromium, so main would never learn of the file.');
      const dropped = droppedFilePath(pathToFileURL(path).href);
      if (dropped === null) throw new Error(`No local path in the file: URL of ${path}`);
      await main.openDropped(dropped);
    },
    emit,
    crash: async () => {
      page = undefined;
      await context.close();
    },
    close: async () => {
      page = undefined;
      await context.close();
      await rm(dir, { recursive: true, force: true });
      if (errors.length > 0) throw new Error(`The page threw: ${errors.join('; ')}`);
      if (dialogs.unexpected.length > 0) throw new Error(`Unexpected questions: ${dialogs.unexpected.join('; ')}`);
      const unused = dialogs.unused();
      if (unused.length > 0) throw new Error(`Scripted answers never asked for: ${JSON.stringify(unused)}`);
    },
  };
}
