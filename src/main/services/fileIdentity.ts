import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';

/** What a file looked like when Argmap last read or wrote it. */
export interface FileIdentity {
  mtimeMs: number;
  size: number;
  /** Hex SHA-256 of the bytes: the real test of "same file", as mtime can lie (copies, coarse clocks). */
  sha256: string;
}

/** The SHA-256 of some bytes, as hex. */
export function sha256Of(bytes: string | Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The identity of the file at `path` now, or null when it cannot be read (gone, a folder, no permission). */
export async function readFileIdentity(path: string): Promise<FileIdentity | null> {
  try {
    const info = await stat(path);
    if (!info.isFile()) return null;
    const bytes = await readFile(path);
    return { mtimeMs: info.mtimeMs, size: bytes.length, sha256: sha256Of(bytes) };
  } catch {
    return null;
  }
}

/**
 * True when another program changed the file since `identity` was taken: its bytes differ,
 * or it was deleted or replaced by something unreadable. A mere touch (new mtime, same bytes)
 * is not a change: there is nothing the user could lose by overwriting it, so no prompt.
 */
export async function hasChangedOnDisk(path: string, identity: FileIdentity): Promise<boolean> {
  try {
    const info = await stat(path);
    if (!info.isFile() || info.size !== identity.size) return true;
    // Always hash when the size matches: a same-size rewrite within the clock's granularity keeps the mtime.
    return sha256Of(await readFile(path)) !== identity.sha256;
  } catch {
    return true;
  }
}
