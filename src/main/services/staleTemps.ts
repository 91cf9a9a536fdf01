import { lstat, readdir, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Temp files this process is writing now: never taken for a dead save's leftovers. */
const inFlight = new Set<string>();
let writes = 0;

/** A temp file is older than any save can take: whoever made it is gone, whatever its pid now names. */
const ABANDONED_MS = 60 * 60 * 1000;

/**
 * A new temp name beside `target`: `<name>.<pid>-<n>-<time>.tmp`. The pid says whose it is, so the
 * next save can tell a killed save's leftover from another process's write in progress.
 */
export function tempNameFor(target: string): string {
  writes += 1;
  const temp = `${target}.${process.pid}-${writes}-${Date.now().toString(36)}.tmp`;
  inFlight.add(temp);
  return temp;
}

export function untrackTemp(temp: string): void {
  inFlight.delete(temp);
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes what a killed or crashed save of `target` left beside it: our own temp files whose
 * process is gone (or that are hours old), and write-file-atomic's `<name>.<number>` temp files from
 * versions before this writer. Only regular files are removed, never links or folders; a failure
 * here never fails the save that asked.
 */
export async function removeStaleTemps(target: string, now = Date.now()): Promise<string[]> {
  const name = basename(target);
  const ours = new RegExp(`^${escapeRegExp(name)}\\.(\\d+)-\\d+-[0-9a-z]+\\.tmp$`);
  const legacy = new RegExp(`^${escapeRegExp(name)}\\.\\d+$`);
  const folder = dirname(target);
  const names = await readdir(folder).catch(() => [] as string[]);
  const removed: string[] = [];
  for (const entry of names) {
    const match = ours.exec(entry);
    if (!match && !legacy.test(entry)) continue;
    const path = join(folder, entry);
    if (inFlight.has(path)) continue;
    const info = await lstat(path).catch(() => undefined);
    if (!info?.isFile()) continue;
    const pid = match ? Number(match[1]) : undefined;
    const abandoned = now - info.mtimeMs > ABANDONED_MS;
    const ownerGone = pid === undefined || pid === process.pid || !isRunning(pid);
    if (!abandoned && !ownerGone) continue;
    if (
      await unlink(path).then(
        () => true,
        () => false,
      )
    )
      removed.push(entry);
  }
  return removed;
}
