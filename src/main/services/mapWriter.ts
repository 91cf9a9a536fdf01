import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { serializeArgmap } from '../../shared/formats/argmapFormat';
import { isReadOnlyFile, writeFileAtomically } from './atomicWrite';
import { decideBackup } from './backupPolicy';
import type { ArgumentMap } from '../../shared/model/argumentMap';
import { sha256Of, type FileIdentity } from './fileIdentity';
import { describeIoError, notAFile } from './mapFiles';

/** Why a map could not be saved. Each has its own message for the user. */
export type SaveFailureReason = 'read-only' | 'no-space' | 'permission' | 'missing-folder' | 'invalid-map' | 'io-error';

/** The outcome of a save. Saving never throws: every failure is a value with a message naming the file. */
export type SaveResult =
  | { ok: true; identity: FileIdentity; backupPath: string | null }
  | { ok: false; reason: SaveFailureReason; message: string };

/** The disk operations a save needs; tests replace them to simulate full disks and failed renames. */
export interface SaveIo {
  /** Writes a temp file in the same folder, fsyncs it and renames it over `path`. */
  writeFileAtomic(path: string, data: string): Promise<void>;
  /** Writes the bytes the map file had as its backup, with the map's permissions. */
  writeBackup(path: string, bytes: Buffer, mode: number): Promise<void>;
}

const realIo: SaveIo = {
  writeFileAtomic: (path, data) => writeFileAtomically(path, data),
  // The backup is written like the map itself: a crash or a full disk mid-copy never leaves half a backup.
  // A link planted at the backup's name is replaced, never written through (it could point anywhere).
  // It gets the map's permissions: a private map (0600) must not get a world-readable backup.
  writeBackup: (path, bytes, mode) =>
    writeFileAtomically(path, bytes, { followLink: false, forceMode: mode, allowReadOnly: true }),
};

const identityOf = (mtimeMs: number, text: string): FileIdentity => ({
  mtimeMs,
  size: Buffer.byteLength(text, 'utf8'),
  sha256: sha256Of(text),
});

/** Options for {@link saveMapFile}. */
export interface SaveOptions {
  /** Keep the previous version as `<name>.argmap.bak` (default true). */
  backup?: boolean;
  /** The SHA-256 of bytes known to load as a valid map (what was last read or written): spares parsing them again. */
  knownGood?: string;
  io?: Partial<SaveIo>;
}

/** The backup of `path`: the same name plus `.bak`, in the same folder. */
export const backupPathFor = (path: string): string => `${path}.bak`;

/** Turns a file-system error during a save into a reason and a sentence that names the file. */
export function describeWriteError(error: unknown, name: string): { reason: SaveFailureReason; message: string } {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'EREADONLY':
      return { reason: 'read-only', message: `“${name}” is read-only; save the map under another name.` };
    case 'EROFS':
      return { reason: 'read-only', message: `“${name}” is on a read-only disk; save the map somewhere else.` };
    case 'ENOSPC':
    case 'EDQUOT':
      return {
        reason: 'no-space',
        message: `The disk is full: “${name}” was not saved and its previous version is unchanged. Free some space and save again.`,
      };
    case 'EACCES':
    case 'EPERM':
      return {
        reason: 'permission',
        message: `Permission denied: Argmap may not write “${name}” or its folder; save the map somewhere else.`,
      };
    case 'ENOENT':
    case 'ENOTDIR':
      return {
        reason: 'missing-folder',
        message: `The folder for “${name}” no longer exists (it may have been moved, deleted or unmounted).`,
      };
    case 'EISDIR':
      return { reason: 'io-error', message: describeIoError(error, name) };
    case 'ENOTREG':
      return { reason: 'io-error', message: notAFile(name) };
    default:
      return {
        reason: 'io-error',
        message: `“${name}” could not be saved (${error instanceof Error ? error.message : String(error)}).`,
      };
  }
}

/** A failed backup copy, in words that name the backup where its own name is the problem. */
function describeBackupError(
  error: unknown,
  name: string,
  backup: string,
): { reason: SaveFailureReason; message: string } {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EISDIR' || code === 'ENOTREG')
    return {
      reason: 'io-error',
      message: `“${name}” was not saved: its backup “${backup}” is ${code === 'EISDIR' ? 'a folder' : 'not a regular file'}. Move it away, then save again.`,
    };
  return describeWriteError(error, name);
}

/** The first schema problem of an invalid map, for the message; zod errors carry `issues`. */
function describeInvalidMap(error: unknown): string {
  const issue = (error as { issues?: { path: PropertyKey[]; message: string }[] } | undefined)?.issues?.[0];
  if (issue) return issue.path.length > 0 ? `at ${issue.path.map(String).join('.')}: ${issue.message}` : issue.message;
  return error instanceof Error ? error.message : String(error);
}

/**
 * Saves a map to `path` so that a crash, a full disk or a pulled plug never leaves a half-written file:
 * the text goes to a temp file in the same folder, every byte is written and checked, it is fsynced,
 * then renamed over the target ({@link writeFileAtomically}). An invalid map is refused before
 * anything touches the disk.
 *
 * Backup: the previous file is copied to `<name>.argmap.bak` (by the same writer) before the rename,
 * replacing the last backup, unless the previous file is not a valid map and the backup is
 * ({@link decideBackup}): a torn file never replaces a good backup. One generation is enough to undo "I saved over the wrong file" without filling the folder;
 * longer history is the job of version control or the OS. A failing backup copy aborts the save:
 * it nearly always means the write would fail too, and the original is still untouched at that point.
 * A target the user made read-only is refused, although a rename could replace it: the user asked
 * for it not to change.
 */
export async function saveMapFile(path: string, map: ArgumentMap, options: SaveOptions = {}): Promise<SaveResult> {
  const name = basename(path);
  const io: SaveIo = { ...realIo, ...options.io };
  let text: string;
  try {
    text = serializeArgmap(map);
  } catch (error) {
    return {
      ok: false,
      reason: 'invalid-map',
      message: `“${name}” was not saved: the map is invalid (${describeInvalidMap(error)}).`,
    };
  }
  try {
    const existing = await stat(path).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return null;
      throw error;
    });
    if (existing?.isDirectory())
      return { ok: false, reason: 'io-error', message: describeIoError({ code: 'EISDIR' }, name) };
    if (existing && !existing.isFile()) return { ok: false, reason: 'io-error', message: notAFile(name) };
    if (existing && (await isReadOnlyFile(path)))
      return { ok: false, reason: 'read-only', message: `“${name}” is read-only; save the map under another name.` };
    // Read once: compared with the new text, then written as the backup.
    const previous = existing ? await readFile(path) : null;
    // The same bytes again (Save with nothing changed): writing would only replace the backup of the
    // previous version with a copy of this one, losing the one version the backup is there to keep.
    const previousHash = previous ? sha256Of(previous) : null;
    if (existing && previousHash === sha256Of(text)) {
      return { ok: true, identity: identityOf(existing.mtimeMs, text), backupPath: null };
    }
    let backupPath: string | null = null;
    if (existing && previous && options.backup !== false) {
      const candidate = backupPathFor(path);
      const decision = await decideBackup(candidate, previous, previousHash === options.knownGood);
      if (decision.action === 'refuse')
        return { ok: false, reason: 'io-error', message: `“${name}” was not saved: ${decision.problem}` };
      if (decision.action === 'write') {
        try {
          await io.writeBackup(candidate, previous, existing.mode & 0o777);
        } catch (error) {
          return { ok: false, ...describeBackupError(error, name, basename(candidate)) };
        }
        backupPath = candidate;
      }
    }
    await io.writeFileAtomic(path, text);
    const written = await stat(path);
    return { ok: true, identity: identityOf(written.mtimeMs, text), backupPath };
  } catch (error) {
    // Errors name the map, never the writer's temp file: that is the file the user knows.
    return { ok: false, ...describeWriteError(error, name) };
  }
}
