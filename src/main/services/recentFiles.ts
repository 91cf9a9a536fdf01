import { mkdir, readFile } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import { writeFileAtomically } from './atomicWrite';

/** How many paths the Open Recent menu keeps; the oldest falls off. */
export const MAX_RECENT_FILES = 10;

/** The marker of the recent-files file, so a stray JSON file is never read as one. */
export const RECENT_FILES_FORMAT = 'argmap-recent';
export const RECENT_FILES_VERSION = 1;

/** The file's name inside the app's data folder. */
export const RECENT_FILES_NAME = 'recent-files.json';

/** The recently opened or saved documents, kept in memory and mirrored to the data folder. */
export interface RecentFiles {
  /** Newest first, absolute paths. */
  list(): readonly string[];
  /** Moves/puts `path` (resolved to absolute) on top, drops duplicates, keeps at most MAX_RECENT_FILES, persists. */
  add(path: string): Promise<void>;
  /** Removes one path (e.g. a file that vanished), persists. */
  remove(path: string): Promise<void>;
  /** Empties the list, persists. */
  clear(): Promise<void>;
}

// Paths are compared exactly after resolve(): on Windows or macOS "C:\A.argmap" and "c:\a.argmap" may be one file
// and then appear twice. A rare, harmless duplicate is better than guessing each volume's case rules.
function dedupe(paths: readonly string[]): string[] {
  return [...new Set(paths)].slice(0, MAX_RECENT_FILES);
}

/** The paths a file's text holds; anything unexpected (a damaged or hand-edited file) reads as nothing. */
function parseRecentFiles(text: string): string[] {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return [];
  }
  if (typeof raw !== 'object' || raw === null) return [];
  const { format, version, files } = raw as { format?: unknown; version?: unknown; files?: unknown };
  if (format !== RECENT_FILES_FORMAT || version !== RECENT_FILES_VERSION || !Array.isArray(files)) return [];
  // A relative path would resolve against whatever folder the app happens to start in: skip it, keep the rest.
  const paths = files.filter((f): f is string => typeof f === 'string' && f !== '' && isAbsolute(f));
  return dedupe(paths.map((p) => resolve(p)));
}

async function readRecentFiles(file: string): Promise<string[]> {
  try {
    return parseRecentFiles(await readFile(file, 'utf8'));
  } catch {
    // Missing (first start) or unreadable: start with an empty list rather than block start-up.
    return [];
  }
}

/**
 * Loads `<dataDir>/recent-files.json` (missing or damaged file = empty list, never throws). onChange is called after
 * each change (main rebuilds its Open Recent menu); onError receives a failed write or a throwing onChange, since
 * add/remove/clear never reject: the list changes in memory even when the disk refuses it.
 */
export async function loadRecentFiles(
  dataDir: string,
  onChange?: (list: readonly string[]) => void,
  onError?: (error: unknown) => void,
): Promise<RecentFiles> {
  const file = join(dataDir, RECENT_FILES_NAME);
  let current: readonly string[] = Object.freeze(await readRecentFiles(file));
  // Each write waits for the one before, so quick successive changes reach the disk in the order they were made.
  let writes: Promise<void> = Promise.resolve();

  const report = (error: unknown): void => {
    try {
      onError?.(error);
    } catch {
      // A broken error handler must not turn a convenience feature into a crash.
    }
  };

  const write = async (files: readonly string[]): Promise<void> => {
    try {
      const content = { format: RECENT_FILES_FORMAT, version: RECENT_FILES_VERSION, files };
      await mkdir(dataDir, { recursive: true });
      await writeFileAtomically(file, `${JSON.stringify(content, null, 2)}\n`, { followLink: false });
    } catch (error) {
      report(error);
    }
  };

  const commit = (next: readonly string[]): Promise<void> => {
    if (next.length === current.length && next.every((p, i) => p === current[i])) return writes;
    const snapshot = Object.freeze([...next]);
    current = snapshot;
    try {
      onChange?.(snapshot);
    } catch (error) {
      report(error);
    }
    writes = writes.then(() => write(snapshot));
    return writes;
  };

  return {
    list: () => current,
    add: (path) => {
      const absolute = resolve(path);
      return commit(dedupe([absolute, ...current.filter((p) => p !== absolute)]));
    },
    remove: (path) => {
      const absolute = resolve(path);
      return commit(current.filter((p) => p !== absolute));
    },
    clear: () => commit([]),
  };
}
