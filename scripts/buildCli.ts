import { resolve } from 'node:path';
import { build } from 'vite';

/** Where the bundled command line lands; bin/argmap.mjs imports it. */
export const CLI_OUT_DIR = resolve(import.meta.dirname, '../out/cli');
export const CLI_BUNDLE = resolve(CLI_OUT_DIR, 'argmap.mjs');

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
 * Bundles src/cli/main.ts with its dependencies (zod and the shared core; the export path in
 * chunks loaded on demand, see CHUNK_GROUPS) for Node, so `npx argmap` runs without TypeScript
 * tooling. Node built-ins and {@link CLI_EXTERNALS} stay imports. `outDir` must lie inside the checkout (the
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
          format: 'es',
          entryFileNames: 'argmap.mjs',
          chunkFileNames: 'chunks/[name]-[hash].mjs',
          codeSplitting: { groups: CHUNK_GROUPS },
        },
      },
    },
  });
  return resolve(outDir, 'argmap.mjs');
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const bundle = await buildCli();
  console.log(`built ${bundle}`);
}
