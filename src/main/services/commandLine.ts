import { resolve } from 'node:path';
import { FILE_EXTENSION } from '../../shared/formats/argmapFormat';

/**
 * The map file named on the command line, if any. A packaged app's argv is
 * [app, ...args]; in development it is [electron, appPath, ...args].
 */
export function initialFileFromArgv(
  argv: readonly string[],
  isPackaged: boolean,
  workingDirectory = process.cwd(),
): string | undefined {
  const file = argv
    .slice(isPackaged ? 1 : 2)
    .find((arg) => !arg.startsWith('-') && arg.toLowerCase().endsWith(FILE_EXTENSION));
  // A second launch passes its own working directory: a relative name is relative to that, not to ours.
  return file === undefined ? undefined : resolve(workingDirectory, file);
}
