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

/**
 * Bundles src/cli/main.ts with its dependencies (zod and the shared core; the export path in
 * chunks loaded on demand) for Node, so `npx argmap` runs without TypeScript tooling. Node
 * built-ins and {@link CLI_EXTERNALS} stay imports. `outDir` must lie inside the checkout (the
 * command finds resources/fonts and node_modules above itself); tests build into a folder of their own.
 */
export async function buildCli(outDir: string = CLI_OUT_DIR): Promise<string> {
  await build({
    configFile: false,
    logLevel: 'warn',
    root: resolve(import.meta.dirname, '..'),
    ssr: { noExternal: true, target: 'node' },
    build: {
      ssr: resolve(import.meta.dirname, '../src/cli/main.ts'),
      outDir,
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      sourcemap: false,
      rolldownOptions: {
        external: (id) => CLI_EXTERNALS.some((name) => id === name || id.startsWith(`${name}/`)),
        output: { format: 'es', entryFileNames: 'argmap.mjs', chunkFileNames: 'chunks/[name]-[hash].mjs' },
      },
    },
  });
  return resolve(outDir, 'argmap.mjs');
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const bundle = await buildCli();
  console.log(`built ${bundle}`);
}
