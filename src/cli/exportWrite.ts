import { chmod, chown, open, realpath, rename, stat, unlink } from 'node:fs/promises';

let writes = 0;

/** Whether a chown or chmod error may be ignored (as graceful-fs and write-file-atomic do): not root, or not supported. */
function isOwnershipErrorOk(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOSYS') return true;
  const root = process.getuid?.() === 0;
  return !root && (code === 'EINVAL' || code === 'EPERM');
}

/**
 * Writes `data` to `path` as write-file-atomic does (the app's writer): into a temp file beside the
 * target, flushed to disk, given the old file's mode and owner, then renamed over it; never half a
 * file, and a symlink's target is replaced, not the link. The command line writes one file a run:
 * this spares it loading write-file-atomic and what it brings (crypto, signal-exit), a tenth of
 * an SVG export's time. Throws the file system's error (with its code); the temp file is removed.
 */
export async function writeFileAtomically(path: string, data: Uint8Array): Promise<void> {
  const target = await realpath(path).catch(() => path);
  const existing = await stat(target).catch(() => undefined);
  const temp = `${target}.${process.pid}-${(writes += 1)}-${Date.now().toString(36)}.tmp`;
  const handle = await open(temp, 'wx', existing?.mode);
  try {
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (existing) {
      if (process.getuid) {
        await chown(temp, existing.uid, existing.gid).catch((error: unknown) => {
          if (!isOwnershipErrorOk(error)) throw error;
        });
      }
      await chmod(temp, existing.mode).catch((error: unknown) => {
        if (!isOwnershipErrorOk(error)) throw error;
      });
    }
    await rename(temp, target);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}
