import { constants, promises as fsp } from 'node:fs';
import { basename, dirname } from 'node:path';
import { removeStaleTemps, tempNameFor, untrackTemp } from './staleTemps';

/** What {@link writeFileAtomically} may be told about the file it replaces. */
export interface AtomicWriteOptions {
  /**
   * Whether a symbolic link at `path` is followed, replacing the file it points to (the map or export
   * the user chose through the link), or replaced itself (a backup: a link planted there must never
   * redirect our write to another file). Default true.
   */
  followLink?: boolean;
  /** Permissions of a new file (an existing file keeps its own). Default 0o666 less the umask. */
  mode?: number;
  /** Permissions whatever the file had (recovery copies are always private). */
  forceMode?: number;
  /**
   * Replace the file even if the user made it read-only (no write bit, or not writable by us). Only
   * for Argmap's own files (the backup): a map or an export the user marked read-only is refused
   * with the code `EREADONLY`, by the app and the command line alike, although a rename could replace it.
   */
  allowReadOnly?: boolean;
}

/** An error with a file-system-like code, for the describers that turn codes into sentences. */
export function fileError(code: string, message: string): NodeJS.ErrnoException {
  return Object.assign(new Error(message), { code });
}

const CREATE_NEW = constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY | (constants.O_NOFOLLOW ?? 0);

/**
 * The one writer for every file Argmap writes: maps, backups, exports, recovery copies, settings.
 * The bytes go to a new temp file beside the target (created exclusively, never through a link),
 * written in a loop until every byte is down (a nearly full disk writes short without an error:
 * write-file-atomic 7.0.1 made one write and renamed a truncated file over the map), flushed,
 * checked for size, given the old file's mode and owner, then renamed over the target, and the
 * folder is flushed so the rename survives a power cut. Any failure removes the temp file and
 * throws the file system's error (with its code); the target is then exactly as it was.
 * (`fsp.x` calls, not named imports: tests stage a failed rename with a spy on `fs.promises`.)
 */
export async function writeFileAtomically(
  path: string,
  data: string | Uint8Array,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const target = options.followLink === false ? path : await resolveLink(path);
  const existing = await fsp.lstat(target).catch(() => undefined);
  if (existing?.isDirectory()) throw fileError('EISDIR', `${basename(target)} is a folder`);
  // A backup that is a link is replaced, not followed; any other odd file (a pipe) is left alone.
  const replacing = existing?.isFile() ? existing : undefined;
  if (existing && !replacing && !existing.isSymbolicLink())
    throw fileError('ENOTREG', `${basename(target)} is not a regular file`);
  if (replacing && !options.allowReadOnly && (await isReadOnlyFile(target)))
    throw fileError('EREADONLY', `${basename(target)} is read-only`);
  await removeStaleTemps(target);
  const temp = tempNameFor(target);
  const mode = options.forceMode ?? replacing?.mode ?? options.mode ?? 0o666;
  try {
    const handle = await fsp.open(temp, CREATE_NEW, mode & 0o7777);
    try {
      await writeEveryByte(handle, bytes);
      await handle.sync();
      const { size } = await handle.stat();
      if (size !== bytes.length)
        throw fileError('EIO', `only ${size} of ${bytes.length} bytes of ${basename(target)} reached the disk`);
    } finally {
      await handle.close();
    }
    await keepOwnership(temp, replacing, options.forceMode);
    await fsp.rename(temp, target);
  } catch (error) {
    await fsp.unlink(temp).catch(() => undefined);
    throw error;
  } finally {
    untrackTemp(temp);
  }
  await syncFolder(dirname(target));
}

/** The file a link names (a dangling link is replaced itself, as there is nothing behind it). */
async function resolveLink(path: string): Promise<string> {
  return fsp.realpath(path).catch(() => path);
}

type Writable = fsp.FileHandle;

/** Writes until the whole buffer is on disk: a short write is followed by another, whose error (ENOSPC) is thrown. */
async function writeEveryByte(handle: Writable, bytes: Uint8Array): Promise<void> {
  let offset = 0;
  while (offset < bytes.length) {
    const { bytesWritten } = await handle.write(bytes, offset, bytes.length - offset, offset);
    // Zero bytes and no error would loop forever: the disk took nothing, so it has no room.
    if (bytesWritten === 0) throw fileError('ENOSPC', 'the disk took no more bytes');
    offset += bytesWritten;
  }
}

/** Whether a chown or chmod error may be ignored (as graceful-fs does): not root, or not supported. */
function isOwnershipErrorOk(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOSYS') return true;
  return process.getuid?.() !== 0 && (code === 'EINVAL' || code === 'EPERM');
}

async function keepOwnership(
  temp: string,
  replacing: { uid: number; gid: number; mode: number } | undefined,
  forceMode: number | undefined,
): Promise<void> {
  const tolerate = (error: unknown): void => {
    if (!isOwnershipErrorOk(error)) throw error;
  };
  if (replacing && process.getuid) await fsp.chown(temp, replacing.uid, replacing.gid).catch(tolerate);
  const mode = forceMode ?? replacing?.mode;
  // open() applied the umask; the old file's exact mode (and a forced one) is set explicitly.
  if (mode !== undefined) await fsp.chmod(temp, mode & 0o7777).catch(tolerate);
}

/** Flushes the folder's entry for the rename; some file systems cannot, which costs durability, not the save. */
async function syncFolder(folder: string): Promise<void> {
  const handle = await fsp.open(folder, constants.O_RDONLY).catch(() => undefined);
  if (!handle) return;
  await handle.sync().catch(() => undefined);
  await handle.close();
}

/** Whether `path` is a file the user has made read-only (or we may not write): such a file is never replaced. */
export async function isReadOnlyFile(path: string): Promise<boolean> {
  const info = await fsp.stat(path).catch(() => undefined);
  if (!info?.isFile()) return false;
  // No write bit at all is the user's "read-only" flag; it counts even for root, whom access() lets through.
  if ((info.mode & 0o222) === 0) return true;
  return fsp.access(path, constants.W_OK).then(
    () => false,
    () => true,
  );
}
