/**
 * What `npm run build` leaves in out/ must be what Electron will load: no Electron
 * binary runs here, so these checks stand in for the paths and formats it needs.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';

const out = (path: string): string => resolve(import.meta.dirname, '../out', path);
const read = (path: string): string => readFileSync(out(path), 'utf8');

test('the preload is CommonJS that needs nothing but electron (a sandboxed preload can load no more)', () => {
  const preload = read('preload/index.cjs');
  expect(preload).not.toMatch(/^\s*import\s/m);
  expect(preload).not.toMatch(/^\s*export\s/m);
  const required = [...preload.matchAll(/require\(["']([^"']+)["']\)/g)].map((match) => match[1]);
  expect(new Set(required)).toEqual(new Set(['electron']));
  expect(preload).toContain('exposeInMainWorld("argmap"');
});

test('main finds the preload and the renderer where the build puts them', () => {
  const main = read('main/index.js');
  expect(main).toContain('"../preload/index.cjs"');
  expect(main).toContain('"../renderer/index.html"');
  expect(existsSync(out('preload/index.cjs'))).toBe(true);
  expect(existsSync(out('renderer/index.html'))).toBe(true);
  expect(JSON.parse(readFileSync(resolve(import.meta.dirname, '../package.json'), 'utf8')).main).toBe(
    './out/main/index.js',
  );
});

test('the page carries a strict Content-Security-Policy and loads only its own files', () => {
  const html = read('renderer/index.html');
  const csp = html.match(/http-equiv="Content-Security-Policy"\s+content="([^"]+)"/)?.[1] ?? '';
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe-eval');
  expect(csp).toContain("object-src 'none'");
  for (const [, src] of html.matchAll(/(?:src|href)="([^"]+)"/g)) expect(src.startsWith('./')).toBe(true);
});
