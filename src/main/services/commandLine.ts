import { FILE_EXTENSION } from '../../shared/formats/argmapFormat';

/**
 * The map file named on the command line, if any. A packaged app's argv is
 * [app, ...args]; in development it is [electron, appPath, ...args].
 */
export function initialFileFromArgv(argv: readonly string[], isPackaged: boolean): string | undefined {
  return argv
    .slice(isPackaged ? 1 : 2)
    .find((arg) => !arg.startsWith('-') && arg.toLowerCase().endsWith(FILE_EXTENSION));
}
