/**
 * The bare React Flow app the big-map benchmark compares Argmap with (bareFlow/main.tsx): built
 * with Vite by the benchmark itself, and opened in Chromium on a map given as JSON.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { build } from 'vite';
import react from '@vitejs/plugin-react';
import type { Browser, Page } from '@playwright/test';
import type { ArgumentMap } from '../../src/shared/model/argumentMap';
import { estimateNodeSize } from '../../src/shared/layout/nodeSize';

const ORIGIN = 'http://bare-flow.test';
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

/** Builds the bare app into a temporary folder; returns the folder and a way to remove it. */
export async function buildBareFlow(): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'bare-flow-'));
  await build({
    root: resolve(import.meta.dirname, 'bareFlow'),
    base: './',
    logLevel: 'warn',
    configFile: false,
    plugins: [react()],
    build: { outDir: dir, emptyOutDir: true },
  });
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/**
 * The map as the bare app takes it: each node at its place with its text as the label, each
 * premise's relation as one edge to what it bears on (an undercut to the undercut relation's first premise).
 */
export function bareMapJson(map: ArgumentMap): string {
  const nodes = Object.values(map.nodes).map((node) => ({
    id: node.id,
    x: node.position.x,
    y: node.position.y,
    // The default node is 150 px wide: the generated texts wrap to 2–3 lines there.
    label: node.text,
    height: estimateNodeSize(node).height,
  }));
  const edges = Object.values(map.relations).flatMap((relation) => {
    const target = 'node' in relation.to ? relation.to.node : map.relations[relation.to.relation]?.from[0];
    return target ? relation.from.map((from) => ({ id: `${relation.id}:${from}`, source: from, target })) : [];
  });
  return JSON.stringify({ nodes, edges });
}

/** Opens the built bare app on a map in a new page of the browser (served from memory, no network). */
export async function openBareFlow(
  browser: Browser,
  dir: string,
  mapJson: string,
  initScript: string,
): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  await context.route(`${ORIGIN}/**`, async (route) => {
    const pathname = new URL(route.request().url()).pathname;
    if (pathname === '/map.json') return route.fulfill({ body: mapJson, contentType: 'application/json' });
    const path = normalize(join(dir, pathname));
    if (!path.startsWith(dir)) return route.fulfill({ status: 403 });
    try {
      return await route.fulfill({ body: await readFile(path), contentType: TYPES[extname(path)] ?? 'text/plain' });
    } catch {
      return route.fulfill({ status: 404 });
    }
  });
  await context.addInitScript({ content: initScript });
  const page = await context.newPage();
  await page.goto(`${ORIGIN}/index.html`);
  return { page, close: () => context.close() };
}
