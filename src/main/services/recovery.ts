import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { parseArgmap, serializeArgmap } from '../../shared/formats/argmapFormat';
import type { ArgumentMap } from '../../shared/model/argumentMap';
import { sha256Of, type FileIdentity } from './fileIdentity';
import { writeFileAtomically } from './atomicWrite';

/** The marker of a recovery file, so a stray JSON file in the folder is never mistaken for one. */
export const RECOVERY_FORMAT = 'argmap-recovery';
export const RECOVERY_VERSION = 1;

/** What the app hands over to keep an unsaved document safe. */
export interface RecoverySnapshot {
  /** Stable for one open document (its path, or an id for an untitled one); one recovery file per key. */
  documentKey: string;
  /** Where the document was last saved, or null for a never-saved one. */
  originalPath: string | null;
  /** The original file as it was when opened or saved: after a restore, Save still notices another program's changes. */
  originalIdentity?: FileIdentity | null;
  /** The name the user sees, e.g. "Untitled 2" or "plan.argmap". */
  name: string;
  map: ArgumentMap;
}

/** The file on disk. The document is the same envelope an .argmap file holds, so one parser reads both. */
interface RecoveryFile {
  format: typeof RECOVERY_FORMAT;
  version: number;
  savedAt: string;
  documentKey: string;
  originalPath: string | null;
  originalIdentity?: FileIdentity | null;
  name: string;
  document: unknown;
}

/** One recovery file found at start-up: a map to offer back, or a damaged file to report. */
export type RecoveryEntry =
  | {
      ok: true;
      file: string;
      documentKey: string;
      savedAt: string;
      originalPath: string | null;
      originalIdentity: FileIdentity | null;
      name: string;
      map: ArgumentMap;
    }
  | { ok: false; file: string; message: string };

/** The recovery folder inside the app's data folder. */
export const recoveryFolder = (dataDir: string): string => join(dataDir, 'recovery');

/**
 * The file name for a document key. Keys are often paths, which cannot be file names; the readable
 * part is for a person looking in the folder, the hash keeps "a/b" and "a_b" apart.
 */
export function recoveryFileName(documentKey: string): string {
  const readable = documentKey.replace(/[^A-Za-z0-9_-]+/g, '_').slice(-40);
  return `${readable}-${sha256Of(documentKey).slice(0, 16)}.json`;
}

/**
 * Writes (or replaces) the recovery file of one document, atomically, so a crash during the write
 * leaves the previous recovery file. Never throws: an invalid map or a disk error is the result.
 */
export async function writeRecovery(
  dataDir: string,
  snapshot: RecoverySnapshot,
  now: () => Date = () => new Date(),
): Promise<{ ok: true; file: string } | { ok: false; message: string }> {
  const folder = recoveryFolder(dataDir);
  const file = join(folder, recoveryFileName(snapshot.documentKey));
  try {
    const content: RecoveryFile = {
      format: RECOVERY_FORMAT,
      version: RECOVERY_VERSION,
      savedAt: now().toISOString(),
      documentKey: snapshot.documentKey,
      originalPath: snapshot.originalPath,
      originalIdentity: snapshot.originalIdentity ?? null,
      name: snapshot.name,
      document: JSON.parse(serializeArgmap(snapshot.map)),
    };
    await mkdir(folder, { recursive: true });
    // Only the user may read the copies: they hold maps whatever the originals' permissions were.
    await writeFileAtomically(file, `${JSON.stringify(content, null, 2)}\n`, { followLink: false, forceMode: 0o600 });
    return { ok: true, file };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `The recovery copy of “${snapshot.name}” could not be written (${detail}).` };
  }
}

/** A file identity read back from JSON; anything else (an older or edited copy) means "unknown". */
function isIdentity(value: unknown): value is FileIdentity {
  const v = value as Partial<FileIdentity> | null | undefined;
  return typeof v?.mtimeMs === 'number' && typeof v.size === 'number' && typeof v.sha256 === 'string';
}

function readEntry(file: string, text: string): RecoveryEntry {
  let raw: Partial<RecoveryFile>;
  try {
    raw = JSON.parse(text) as Partial<RecoveryFile>;
  } catch {
    return { ok: false, file, message: `The recovery file “${file}” is damaged (not valid JSON).` };
  }
  if (raw?.format !== RECOVERY_FORMAT || raw.version !== RECOVERY_VERSION) {
    return { ok: false, file, message: `“${file}” is not an Argmap recovery file this version can read.` };
  }
  if (typeof raw.documentKey !== 'string' || typeof raw.name !== 'string' || typeof raw.savedAt !== 'string') {
    return { ok: false, file, message: `The recovery file “${file}” is damaged (its details are missing).` };
  }
  const parsed = parseArgmap(JSON.stringify(raw.document ?? null));
  if (!parsed.ok)
    return { ok: false, file, message: `The recovery copy of “${raw.name}” is damaged: ${parsed.message}` };
  return {
    ok: true,
    file,
    documentKey: raw.documentKey,
    savedAt: raw.savedAt,
    originalPath: typeof raw.originalPath === 'string' ? raw.originalPath : null,
    originalIdentity: isIdentity(raw.originalIdentity) ? raw.originalIdentity : null,
    name: raw.name,
    map: parsed.map,
  };
}

/**
 * Every recovery file in the data folder, newest first. A damaged file is an entry with a message,
 * never an exception: one bad file must not hide the others. No folder means nothing to recover.
 */
export async function listRecoveries(dataDir: string): Promise<RecoveryEntry[]> {
  const folder = recoveryFolder(dataDir);
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return [];
  }
  // The writer's temp files end in .tmp (older versions' in a number), not .json: a write in flight is not listed.
  const files = names.filter((n) => n.endsWith('.json')).sort();
  const entries = await Promise.all(
    files.map(async (n): Promise<RecoveryEntry> => {
      const file = join(folder, n);
      try {
        return readEntry(file, await readFile(file, 'utf8'));
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        return { ok: false, file, message: `The recovery file “${file}” could not be read (${detail}).` };
      }
    }),
  );
  const time = (e: RecoveryEntry): string => (e.ok ? e.savedAt : '');
  return entries.sort((a, b) => time(b).localeCompare(time(a)));
}

/** Removes a document's recovery file (after a save, or when the user declines it). Missing is fine. */
export async function discardRecovery(dataDir: string, documentKey: string): Promise<void> {
  await rm(join(recoveryFolder(dataDir), recoveryFileName(documentKey)), { force: true });
}

/**
 * Removes a recovery file listed by {@link listRecoveries}, e.g. a damaged one that has no key.
 * Only files directly in the recovery folder: a path from elsewhere is refused, never deleted.
 */
export async function discardRecoveryFile(dataDir: string, file: string): Promise<boolean> {
  if (dirname(resolve(file)) !== resolve(recoveryFolder(dataDir))) return false;
  await rm(file, { force: true });
  return true;
}
