/**
 * Opens the built renderer (out/renderer) in Chromium with `window.argmap` bound
 * to the real main-process handlers running in this test process: what the app
 * reads and writes really happens on disk, in `dir`.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { EVENT_CHANNELS, INVOKE_CHANNELS, type EventChannel } from '../src/shared/ipc/channels';
import type { EventPayload } from '../src/shared/ipc/contract';
import { createBridge } from '../src/shared/ipc/bridge';
import { dispatch } from '../src/shared/ipc/dispatch';
import { createHandlers } from '../src/main/services/documentHandlers';
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
}

export interface OpenedApp {
  page: Page;
  /** A fresh temporary folder for the test's files and user data. */
  dir: string;
  /** Sends an event as main would (a menu command, an opened document). */
  emit<K extends EventChannel>(channel: K, payload: EventPayload<K>): Promise<void>;
  close(): Promise<void>;
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
    invoke: (channel, request) => window.__argmapInvoke(channel, request),
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
    window.__argmapEmit = (channel, payload) => listeners.get(channel)?.forEach((listener) => listener(payload));
    window.argmap = createBridge(${JSON.stringify(INVOKE_CHANNELS)}, ${JSON.stringify(EVENT_CHANNELS)}, ${transport});
  })();`;
}

/** Opens the app. Build it first (`npm run build`); this builds nothing. */
export async function openApp(options: OpenAppOptions = {}): Promise<OpenedApp> {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    throw new Error('out/renderer is missing: run `npm run build` before the e2e specs.');
  }
  const dir = await mkdtemp(join(tmpdir(), 'argmap-e2e-'));
  const handlers = createHandlers({ resourcesDir: join(ROOT, 'resources'), initialFile: options.file });
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
  await context.exposeBinding('__argmapInvoke', (_source, channel: string, request: unknown) =>
    dispatch(handlers, channel, request),
  );
  await context.addInitScript({ content: bridgeScript() });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${APP_ORIGIN}/index.html`);
  return {
    page,
    dir,
    emit: async (channel, payload) => {
      const args: [string, unknown] = [channel, payload];
      await page.evaluate(
        ([c, p]) => (window as unknown as { __argmapEmit(c: string, p: unknown): void }).__argmapEmit(c, p),
        args,
      );
    },
    close: async () => {
      await context.close();
      await rm(dir, { recursive: true, force: true });
      if (errors.length > 0) throw new Error(`The page threw: ${errors.join('; ')}`);
    },
  };
}
