import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { build } from 'vite';
import { CLI_V8_FLAGS } from '../src/cli/v8Flags';

/** Where the bundled command line lands; bin/argmap.mjs imports its launcher, argmap.mjs. */
export const CLI_OUT_DIR = resolve(import.meta.dirname, '../out/cli');
const CODE_CACHE_LOADER = resolve(import.meta.dirname, '../bin/codeCache.mjs');
/** The map the build runs one export of, so the code cache holds what an export compiles. */
const TRAINING_MAP = resolve(import.meta.dirname, '../resources/examples/kazakhstan-mediator.argmap');

/**
 * Packages the bundle imports from node_modules when it runs instead of containing them: each
 * reads files of its own beside its code (resvg's native .node addon, pdfkit's font metrics),
 * or is big and loaded only now and then (fontkit, for text as
 * outlines; @argdown/core, with Graphviz's WebAssembly among its dependencies, for `convert`).
 * The export path loads them only for the formats that need them.
 */
export const CLI_EXTERNALS = ['@resvg/resvg-js', 'pdfkit', 'fontkit', '@argdown/core'];

const ENTRY = resolve(import.meta.dirname, '../src/cli/main.ts');

/**
 * How the bundle is cut, so that a command loads few files: Node's ES module loader spends one to
 * two milliseconds of CPU on each file it loads (resolving, reading, linking), and left to itself
 * the bundler cuts a chunk for every set of modules the dynamic imports share: seventeen files for
 * `argmap export` to SVG. With these groups it loads six, the entry and: `core` (what every command
 * loads at start, the entry's static imports), zod (apart, so that what never parses with zod never
 * loads it), `draw` (exportMap and exportFonts with all they import: the drawing behind every image
 * export; the PDF and PNG painters, imported dynamically, and their packages stay apart) and two
 * facades of a few bytes for the dynamic imports. Measured on `argmap export` of a 1,000-node map
 * to SVG, whole process, 41 paired runs: 10-20 ms of CPU less (median of the paired differences).
 */
const CHUNK_GROUPS = [
  { name: 'zod', test: /[\\/]node_modules[\\/]zod[\\/]/, priority: 3 },
  {
    name: 'core',
    tags: ['$initial' as const],
    // The entry itself stays the entry file: it runs main() when Node starts on it.
    test: (id: string) => /[\\/]src[\\/]/.test(id) && resolve(id) !== ENTRY,
    priority: 2,
  },
  { name: 'draw', test: /[\\/]main[\\/]services[\\/]export[\\/](exportMap|exportFonts)\.ts$/, priority: 1 },
];

/**
 * The launcher Node is started on (`node out/cli/argmap.mjs …`, or through bin/argmap.mjs): it
 * loads the CommonJS bundle with V8's code cache (bin/codeCache.mjs) and runs it when it is the
 * process's entry, with the command line's V8 flags set first. Written beside the bundle, importing
 * the loader by a relative path.
 */
function launcherSource(outDir: string): string {
  const loader = relative(outDir, CODE_CACHE_LOADER).split('\\').join('/');
  return `// Written by scripts/buildCli.ts: runs argmap.cjs, the bundled command line, with V8's code cache.
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { loadWithCodeCache } from '${loader.startsWith('.') ? loader : `./${loader}`}';

// First: V8 takes a code cache only under the flags it was made with (src/cli/v8Flags.ts).
setFlagsFromString(${JSON.stringify(CLI_V8_FLAGS)});
const cli = loadWithCodeCache(fileURLToPath(new URL('./argmap.cjs', import.meta.url)));
export const main = cli.main;

let isEntry = false;
try {
  isEntry = process.argv[1] !== undefined && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url);
} catch {
  // No such file: Node was started on something else.
}
if (isEntry) await main(process.argv.slice(2));
`;
}

/** One export of the sample to SVG through the launcher: the bundle's files are cached as it ends. */
function writeCodeCache(launcher: string): void {
  const work = mkdtempSync(join(tmpdir(), 'argmap-code-cache-'));
  try {
    const args = [launcher, 'export', TRAINING_MAP, '--format', 'svg', '--out', join(work, 'sample.svg')];
    execFileSync(process.execPath, args, { stdio: 'ignore' });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * Bundles src/cli/main.ts with its dependencies (zod and the shared core; the export path in
 * chunks loaded on demand, see CHUNK_GROUPS) for Node, so `npx argmap` runs without TypeScript
 * tooling; writes the launcher beside it and fills the code cache. Returns the launcher's path. Node built-ins and {@link CLI_EXTERNALS} stay imports. `outDir` must lie inside the checkout (the
 * command finds resources/fonts and node_modules above itself); tests build into a folder of their own.
 */
export async function buildCli(outDir: string = CLI_OUT_DIR): Promise<string> {
  await build({
    configFile: false,
    logLevel: 'warn',
    root: resolve(import.meta.dirname, '..'),
    ssr: { noExternal: true, target: 'node' },
    build: {
      ssr: ENTRY,
      outDir,
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      sourcemap: false,
      rolldownOptions: {
        external: (id) => CLI_EXTERNALS.some((name) => id === name || id.startsWith(`${name}/`)),
        output: {
          // CommonJS: what V8's code cache can be given in Node 20 (see bin/codeCache.mjs).
          format: 'cjs',
          entryFileNames: 'argmap.cjs',
          chunkFileNames: 'chunks/[name]-[hash].cjs',
          codeSplitting: { groups: CHUNK_GROUPS },
        },
      },
    },
  });
  const launcher = resolve(outDir, 'argmap.mjs');
  writeFileSync(launcher, launcherSource(outDir));
  writeCodeCache(launcher);
  return launcher;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const bundle = await buildCli();
  console.log(`built ${bundle}`);
}
