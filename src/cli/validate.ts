import { readMapFile } from '../main/services/mapFiles';
import type { LoadResult } from '../shared/schema/loadResult';
import { unexpectedProblem, type CommandOutcome } from './outcome';

export type { CommandOutcome } from './outcome';

/** Reads a file as the app does; tests may pass another reader. */
export type MapReader = (path: string) => Promise<LoadResult>;

/**
 * One line per file: `<path>: ok` or `<path>: <the message the app would show>`. A message can
 * quote the file (a JSON error shows the text around the fault); its line breaks become spaces
 * so that each file stays one line.
 */
export function describeResult(path: string, result: LoadResult): string {
  return result.ok ? `${path}: ok` : `${path}: ${result.message.replace(/\s*[\r\n]+\s*/g, ' ')}`;
}

/**
 * `argmap validate FILE…`: checks each file with the app's own loader, in the order given.
 * Exit code 0 only if every file is a valid map, 1 otherwise. Never throws.
 */
export async function validateFiles(paths: readonly string[], read: MapReader = readMapFile): Promise<CommandOutcome> {
  const stdout: string[] = [];
  let allValid = true;
  for (const path of paths) {
    let result: LoadResult;
    try {
      result = await read(path);
    } catch (error) {
      // The loader never throws on bad input; if it ever does, the other files are still checked.
      allValid = false;
      stdout.push(`${path}: ${unexpectedProblem(error)}`);
      continue;
    }
    if (!result.ok) allValid = false;
    stdout.push(describeResult(path, result));
  }
  return { stdout, stderr: [], exitCode: allValid ? 0 : 1 };
}
