import { lstat, readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgmap } from '../../shared/formats/argmapFormat';
import { MAX_MAP_FILE_BYTES } from './mapFiles';

/** What a save does with `<name>.argmap.bak`: replace it, leave it, or stop because its name is taken. */
export type BackupDecision = { action: 'write' } | { action: 'keep' } | { action: 'refuse'; problem: string };

const loadsAsMap = (bytes: Buffer): boolean => parseArgmap(bytes.toString('utf8')).ok;

/**
 * Whether the file about to be replaced (`previous`) may become the backup. A valid map always may.
 * A file that does not load (torn by another program, half-synced by a cloud client) may not
 * replace a backup that does: the last good version is worth more than the newest broken one. With
 * no good backup, the broken file is still kept: its bytes may be all that is left of the work.
 * A link at the backup's name is never read through (it is replaced instead); a folder or a pipe
 * there stops the save with a message naming the backup, so nothing the user made is replaced.
 */
export async function decideBackup(
  backupPath: string,
  previous: Buffer,
  previousKnownGood: boolean,
): Promise<BackupDecision> {
  const name = basename(backupPath);
  const info = await lstat(backupPath).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return null;
    throw error;
  });
  if (info?.isDirectory())
    return {
      action: 'refuse',
      problem: `its backup “${name}” is a folder. Move or rename that folder, then save again.`,
    };
  if (info && !info.isFile() && !info.isSymbolicLink())
    return {
      action: 'refuse',
      problem: `its backup “${name}” is not a regular file (it is a pipe or a device). Move it away, then save again.`,
    };
  if (previousKnownGood || loadsAsMap(previous)) return { action: 'write' };
  const backupIsGood =
    info?.isFile() === true && info.size <= MAX_MAP_FILE_BYTES && loadsAsMap(await readFile(backupPath));
  return backupIsGood ? { action: 'keep' } : { action: 'write' };
}
