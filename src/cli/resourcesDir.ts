import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where this module runs from: src/cli, or out/cli in the bundle. */
export const CLI_DIR = dirname(fileURLToPath(import.meta.url));

/**
 * The checkout's `resources` folder (with the bundled fonts), found by walking up from `start`.
 * The command line runs from `src/cli` (tsx, tests) and bundled from `out/cli`: both sit two
 * levels below it, but walking up keeps either working if the layout moves. Null if none is found.
 */
export function findResourcesDir(start: string = CLI_DIR): string | null {
  for (let dir = start; ;) {
    if (existsSync(join(dir, 'resources', 'fonts'))) return join(dir, 'resources');
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/** What the user reads when the fonts are not where the command line expects them. */
export const missingResourcesMessage = (start: string): string =>
  `cannot find the bundled fonts: no “resources/fonts” folder in “${start}” or any folder above it. ` +
  'Run argmap from its project folder (npx argmap), where resources/fonts ships with it.';
