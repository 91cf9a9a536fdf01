#!/usr/bin/env node
// The `argmap` command. It runs the bundle that `npm run build` writes to out/cli/argmap.mjs;
// in a checkout that has not been built yet, it runs the TypeScript source through tsx instead.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = new URL('../out/cli/argmap.mjs', import.meta.url);
const source = new URL('../src/cli/main.ts', import.meta.url);

async function loadCli() {
  if (existsSync(bundle)) return import(bundle.href);
  if (existsSync(source)) {
    try {
      const { tsImport } = await import('tsx/esm/api');
      return await tsImport(source.href, import.meta.url);
    } catch {
      // tsx is a development dependency; without it only the built bundle can run.
    }
  }
  process.stderr.write(
    `argmap: the command line is not built (${fileURLToPath(bundle)} is missing).\n` +
      'Run "npm run build" first (or "npm install" to get the development tools).\n',
  );
  process.exit(1);
}

const cli = await loadCli();
await cli.main(process.argv.slice(2));
