import { chmod, mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomically } from './exportWrite';

let dir: string;
beforeEach(async () => void (dir = await mkdtemp(join(tmpdir(), 'argmap-write-'))));
afterEach(() => rm(dir, { recursive: true, force: true }));

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
});
