import { promises as fsp } from 'node:fs';
import {
  chmod,
  lstat,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  readlink,
  rm,
  stat,
  symlink,
  utimes,
  writeFile,
} from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { writeFileAtomically } from './atomicWrite';
import { removeStaleTemps } from './staleTemps';

let dir: string;
beforeEach(async () => void (dir = await mkdtemp(join(tmpdir(), 'argmap-write-'))));
afterEach(async () => {
  vi.restoreAllMocks();
  await rm(dir, { recursive: true, force: true });
});

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('writeFileAtomically', () => {
  it('writes a new file, and replaces an old one keeping its permissions, leaving no temp file', async () => {
    const path = join(dir, 'map.svg');
    await writeFileAtomically(path, bytes('first'));
    expect(await readFile(path, 'utf8')).toBe('first');
    await chmod(path, 0o640);
    await writeFileAtomically(path, bytes('second'));
    expect(await readFile(path, 'utf8')).toBe('second');
    expect((await stat(path)).mode & 0o777).toBe(0o640);
    expect(await readdir(dir)).toEqual(['map.svg']);
  });

  it('replaces the file a symlink points to, and keeps the link', async () => {
    const target = join(dir, 'target.svg');
    await writeFile(target, 'old');
    await symlink(target, join(dir, 'link.svg'));
    await writeFileAtomically(join(dir, 'link.svg'), bytes('new'));
    expect(await readFile(target, 'utf8')).toBe('new');
    expect((await readdir(dir)).sort()).toEqual(['link.svg', 'target.svg']);
  });

  it('fails with the file system’s code and leaves no temp file and the old file as it was', async () => {
    await expect(writeFileAtomically(join(dir, 'missing', 'map.svg'), bytes('x'))).rejects.toMatchObject({
      code: 'ENOENT',
    });
    const folder = join(dir, 'folder.svg');
    await writeFileAtomically(join(folder, '..', 'keep.svg'), bytes('kept'));
    await mkdir(folder);
    await expect(writeFileAtomically(folder, bytes('x'))).rejects.toMatchObject({ code: 'EISDIR' });
    expect((await readdir(dir)).sort()).toEqual(['folder.svg', 'keep.svg']);
    expect(await readFile(join(dir, 'keep.svg'), 'utf8')).toBe('kept');
  });

  it('keeps writing after a short write until every byte is down (a nearly full disk writes short)', async () => {
    const realOpen = fsp.open.bind(fsp);
    let calls = 0;
    // Each write takes at most 1,000 bytes, as the kernel does when it runs out of room mid-write.
    vi.spyOn(fsp, 'open').mockImplementation(async (...args: Parameters<typeof fsp.open>) => {
      const handle = await realOpen(...args);
      const write = handle.write.bind(handle) as (
        b: Uint8Array,
        o: number,
        l: number,
        p: number,
      ) => Promise<{ bytesWritten: number }>;
      return Object.assign(handle, {
        write: (b: Uint8Array, o: number, l: number, p: number) => {
          calls += 1;
          return write(b, o, Math.min(l, 1000), p);
        },
      });
    });
    const data = bytes('x'.repeat(25_500));
    await writeFileAtomically(join(dir, 'long.argmap'), data);
    expect(calls).toBe(26);
    expect((await stat(join(dir, 'long.argmap'))).size).toBe(25_500);
  });

  it('fails on a disk that takes no more bytes, and the old file stays', async () => {
    const path = join(dir, 'map.argmap');
    await writeFile(path, 'old');
    const realOpen = fsp.open.bind(fsp);
    vi.spyOn(fsp, 'open').mockImplementation(async (...args: Parameters<typeof fsp.open>) => {
      const handle = await realOpen(...args);
      return Object.assign(handle, { write: async () => ({ bytesWritten: 0 }) });
    });
    await expect(writeFileAtomically(path, bytes('new'))).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(await readFile(path, 'utf8')).toBe('old');
    expect(await readdir(dir)).toEqual(['map.argmap']);
  });

  it('replaces a link itself when told not to follow it: the file it points to is untouched', async () => {
    const victim = join(dir, 'victim.txt');
    await writeFile(victim, 'precious');
    await symlink(victim, join(dir, 'map.argmap.bak'));
    await writeFileAtomically(join(dir, 'map.argmap.bak'), bytes('backup'), { followLink: false });
    expect(await readFile(victim, 'utf8')).toBe('precious');
    expect((await lstat(join(dir, 'map.argmap.bak'))).isSymbolicLink()).toBe(false);
    expect(await readFile(join(dir, 'map.argmap.bak'), 'utf8')).toBe('backup');
  });

  it('never writes through a link planted at a temp file’s name', async () => {
    const victim = join(dir, 'victim.txt');
    await writeFile(victim, 'precious');
    // Whoever guesses the next temp name cannot redirect the write: the temp is created exclusively.
    for (let n = 1; n < 50; n += 1)
      await symlink(victim, join(dir, `map.argmap.${process.pid}-${n}-x.tmp`)).catch(() => undefined);
    await writeFileAtomically(join(dir, 'map.argmap'), bytes('map'));
    expect(await readFile(victim, 'utf8')).toBe('precious');
    expect(await readFile(join(dir, 'map.argmap'), 'utf8')).toBe('map');
  });

  it('refuses a read-only file with EREADONLY and leaves it, unless it is Argmap’s own', async () => {
    const path = join(dir, 'out.svg');
    await writeFile(path, 'mine');
    await chmod(path, 0o444);
    await expect(writeFileAtomically(path, bytes('new'))).rejects.toMatchObject({ code: 'EREADONLY' });
    expect(await readFile(path, 'utf8')).toBe('mine');
    await writeFileAtomically(path, bytes('new'), { allowReadOnly: true });
    expect(await readFile(path, 'utf8')).toBe('new');
  });

  it('refuses a pipe with ENOTREG without opening it (opening would block)', async () => {
    const fifo = join(dir, 'pipe.svg');
    execFileSync('mkfifo', [fifo]);
    await expect(writeFileAtomically(fifo, bytes('x'))).rejects.toMatchObject({ code: 'ENOTREG' });
    expect((await lstat(fifo)).isFIFO()).toBe(true);
  });

  it('forces the mode it is given, whatever the old file had', async () => {
    const path = join(dir, 'copy.json');
    await writeFile(path, '{}', { mode: 0o644 });
    await writeFileAtomically(path, bytes('{"a":1}'), { forceMode: 0o600 });
    expect((await stat(path)).mode & 0o777).toBe(0o600);
  });
});

describe('stale temp files', () => {
  const deadPid = (): number => {
    // A pid no process has: one past the kernel's maximum.
    const max = Number(execFileSync('cat', ['/proc/sys/kernel/pid_max'], { encoding: 'utf8' }).trim());
    return max + 1;
  };

  it('the next save removes what a killed save left: ours with a dead pid, and write-file-atomic’s', async () => {
    const path = join(dir, 'map.argmap');
    const leftovers = [`map.argmap.${deadPid()}-3-lq2x.tmp`, 'map.argmap.bak.1234567', 'map.argmap.987654'];
    for (const name of leftovers) await writeFile(join(dir, name), 'x'.repeat(1000));
    await writeFileAtomically(path, bytes('map'));
    await writeFileAtomically(`${path}.bak`, bytes('bak'), { followLink: false });
    expect((await readdir(dir)).sort()).toEqual(['map.argmap', 'map.argmap.bak']);
  });

  it('keeps a temp file of a process still writing, and those of other files', async () => {
    const path = join(dir, 'map.argmap');
    const live = `map.argmap.${process.ppid}-1-abc.tmp`;
    const others = ['other.argmap.12345', `other.argmap.${deadPid()}-1-abc.tmp`, 'map.argmap.notes'];
    for (const name of [live, ...others]) await writeFile(join(dir, name), 'x');
    expect(await removeStaleTemps(path)).toEqual([]);
    expect((await readdir(dir)).sort()).toEqual([live, ...others].sort());
  });

  it('removes a temp file hours old whatever its pid names (pids are reused)', async () => {
    const path = join(dir, 'map.argmap');
    const old = join(dir, `map.argmap.${process.ppid}-1-abc.tmp`);
    await writeFile(old, 'x');
    const hoursAgo = new Date(Date.now() - 3 * 3600 * 1000);
    await utimes(old, hoursAgo, hoursAgo);
    expect(await removeStaleTemps(path)).toEqual([`map.argmap.${process.ppid}-1-abc.tmp`]);
  });

  it('never removes a link or a folder that looks like a temp file', async () => {
    const path = join(dir, 'map.argmap');
    await mkdir(join(dir, 'map.argmap.111'));
    await symlink(join(dir, 'nowhere'), join(dir, 'map.argmap.222'));
    expect(await removeStaleTemps(path)).toEqual([]);
    expect(await readlink(join(dir, 'map.argmap.222'))).toBe(join(dir, 'nowhere'));
  });
});
