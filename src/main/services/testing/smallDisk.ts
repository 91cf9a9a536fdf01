import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A real, tiny file system mounted for a test: a full disk that is really full, not a mocked error. */
export interface SmallDisk {
  dir: string;
  /** Fills the disk until about `bytes` are left free. */
  leaveFree(bytes: number): void;
  /** Frees what `leaveFree` took. */
  refill(): void;
  unmount(): void;
}

/** Why a small disk cannot be mounted here (not root, no mount permission in this container), or null. */
export function smallDiskUnavailable(): string | null {
  if (process.platform !== 'linux') return 'a tmpfs can only be mounted on Linux';
  if (process.getuid?.() !== 0) return 'mounting a tmpfs needs root';
  const probe = mountSmallDisk(64 * 1024);
  if (typeof probe === 'string') return probe;
  probe.unmount();
  return null;
}

/**
 * Mounts a tmpfs of `size` bytes in a new temp folder. A string says why it could not (the test
 * skips with that reason).
 */
export function mountSmallDisk(size: number): SmallDisk | string {
  const dir = mkdtempSync(join(tmpdir(), 'argmap-disk-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size},mode=0755`, 'tmpfs', dir], { stdio: 'pipe' });
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return `cannot mount a tmpfs here (${detail})`;
  }
  const filler = join(dir, '.filler');
  return {
    dir,
    leaveFree(bytes) {
      const { free } = freeSpace(dir);
      writeFileSync(filler, Buffer.alloc(Math.max(0, free - bytes)));
    },
    refill() {
      rmSync(filler, { force: true });
    },
    unmount() {
      execFileSync('umount', ['-l', dir], { stdio: 'pipe' });
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function freeSpace(dir: string): { free: number } {
  const out = execFileSync('df', ['-B1', '--output=avail', dir], { encoding: 'utf8' });
  return { free: Number(out.trim().split('\n').pop()) };
}
