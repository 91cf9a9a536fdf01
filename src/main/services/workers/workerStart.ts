import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * Starts a worker thread on a built script, or on a TypeScript source file when run from source
 * (tsx, vitest). A worker on a source file starts by registering tsx's loader (`--import tsx` in a
 * worker's execArgv is not honoured by Node 20): tsx's ESM API, found through its package.json.
 */
export function startWorker(entry: string, options: WorkerOptions): Worker {
  if (!entry.endsWith('.ts')) return new Worker(entry, options);
  const packageJson = createRequire(import.meta.url).resolve('tsx/package.json');
  const { exports } = JSON.parse(readFileSync(packageJson, 'utf8')) as {
    exports: Record<string, { import: { default: string } }>;
  };
  const api = pathToFileURL(join(dirname(packageJson), exports['./esm/api'].import.default)).href;
  const start = `import(${JSON.stringify(api)}).then((tsx) => tsx.register())
    .then(() => import(${JSON.stringify(pathToFileURL(entry).href)}))`;
  return new Worker(start, { ...options, eval: true });
}
