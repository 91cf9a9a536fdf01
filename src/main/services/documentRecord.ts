import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import { FILE_EXTENSION } from '../../shared/formats/argmapFormat';
import type { FileIdentity } from './fileIdentity';

/** What main knows about the open document. The renderer holds the map itself. */
export interface DocumentRecord {
  /** Where Save writes without asking: the file it was opened from or saved to; null for new maps and the sample. */
  path: string | null;
  /** Where Revert reads from: `path`, or the sample's file. */
  source: string | null;
  /** The name in the title bar. */
  name: string;
  isSample: boolean;
  /** The file's bytes when opened or last saved, to notice another program's changes. */
  identity: FileIdentity | null;
  /**
   * Names its recovery copy: fresh for each opening (the path plus an id for a file), so copies a crash
   * left behind (offered, or kept for later) are never overwritten or deleted by the same file opened again.
   */
  recoveryKey: string;
  /** As the renderer last reported: the map differs from the file. */
  dirty: boolean;
  /** Where Save As starts for a map that has no file yet (an import: beside the file it came from). */
  saveSuggestion?: string;
}

/**
 * Marks the recovery key of a document whose file no dialog of main's chose (it was dropped on the window), so its
 * copy, restored after a crash, still asks before Save writes to that file. Main makes every key; the page sees none.
 */
const UNCHOSEN_KEY_PREFIX = 'unchosen:';
export const unchosenKey = (key: string): string => (isUnchosenKey(key) ? key : `${UNCHOSEN_KEY_PREFIX}${key}`);
export const isUnchosenKey = (key: string): boolean => key.startsWith(UNCHOSEN_KEY_PREFIX);

/** The name of a never-saved map. */
export const UNTITLED_NAME = `Untitled${FILE_EXTENSION}`;

/** A document read from `path` (a user's file: Save writes back to it). */
export const fileRecord = (path: string, identity: FileIdentity | null, dirty = false): DocumentRecord => ({
  path,
  source: path,
  name: basename(path),
  isSample: false,
  identity,
  recoveryKey: `${path}#${randomUUID()}`,
  dirty,
});

/** The sample map: opened from the app's resources, saved only through Save As. */
export const sampleRecord = (samplePath: string): DocumentRecord => ({
  path: null,
  source: samplePath,
  name: basename(samplePath),
  isSample: true,
  identity: null,
  recoveryKey: `sample-${randomUUID()}`,
  dirty: false,
});

/** A new, never-saved map. */
export const untitledRecord = (): DocumentRecord => ({
  path: null,
  source: null,
  name: UNTITLED_NAME,
  isSample: false,
  identity: null,
  recoveryKey: `untitled-${randomUUID()}`,
  dirty: false,
});

/** Adds `.argmap` when the save dialog's answer lacks it (Linux dialogs do not add it), so Open finds the file. */
export function withMapExtension(path: string): string {
  return withExtension(path, FILE_EXTENSION);
}

/** The path with the extension (".svg") added unless it already ends with it, in any case. */
export const withExtension = (path: string, extension: string): string =>
  path.toLowerCase().endsWith(extension) ? path : `${path}${extension}`;
