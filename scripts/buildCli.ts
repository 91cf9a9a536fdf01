import { resolve } from 'node:path';
import { build } from 'vite';

/** Where the bundled command line lands; bin/argmap.mjs imports it. */
export const CLI_OUT_DIR = resolve(import.meta.dirname, '../out/cli');
export const CLI_BUNDLE = resolve(CLI_OUT_DIR, 'argmap.mjs');

/**
 * Bundles src/cli/main.ts with its dependencies (zod and the shared core) into one ES module
 * for Node, so `npx argmap` runs without TypeScript tooling. Node built-ins stay imports.
 */
export async function buildCli(): Promise<string> {
  await build({
    configFile: false,
    logLevel: 'warn',
    root: resolve(import.meta.dirname, '..'),
    ssr: { noExternal: true, target: 'node' },
    build: {
      ssr: resolve(import.meta.dirname, '../src/cli/main.ts'),
      outDir: CLI_OUT_DIR,
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      sourcemap: false,
      rolldownOptions: { output: { format: 'es', entryFileNames: 'argmap.mjs' } },
    },
  });
  return CLI_BUNDLE;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const bundle = await buildCli();
  console.log(`built ${bundle}`);
}
