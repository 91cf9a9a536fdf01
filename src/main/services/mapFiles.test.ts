import { mkdtemp, mkdir, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeIoError, MAX_MAP_FILE_BYTES, readMapFile } from './mapFiles';
import { SAMPLE_PATH } from '../../../scripts/sampleFiles';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'argmap-files-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('readMapFile', () => {
  it('reads the sample map', async () => {
    const result = await readMapFile(SAMPLE_PATH);
    expect(result.ok).toBe(true);
  });

  it('names the file when it does not exist', async () => {
    const result = await readMapFile(join(dir, 'gone.argmap'));
    expect(result).toMatchObject({ ok: false, reason: 'io-error' });
    if (!result.ok) expect(result.message).toBe('“gone.argmap” does not exist (it may have been moved or deleted).');
  });

  it('refuses a folder', async () => {
    await mkdir(join(dir, 'folder.argmap'));
    const result = await readMapFile(join(dir, 'folder.argmap'));
    if (result.ok) throw new Error('accepted a folder');
    expect(result.message).toMatch(/is a folder/);
  });

  it('refuses a binary file', async () => {
    await writeFile(join(dir, 'photo.argmap'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    const result = await readMapFile(join(dir, 'photo.argmap'));
    if (result.ok) throw new Error('accepted a binary file');
    expect(result.message).toMatch(/binary file/);
  });

  it('refuses a file over the size limit without reading it', async () => {
    const path = join(dir, 'huge.argmap');
    await writeFile(path, '');
    await truncate(path, MAX_MAP_FILE_BYTES + 1);
    const result = await readMapFile(path);
    if (result.ok) throw new Error('accepted a huge file');
    expect(result.message).toMatch(/reads files up to 50 MB/);
  });

  it('prefixes parse problems with the file name', async () => {
    await writeFile(join(dir, 'notes.argmap'), 'not json at all');
    const result = await readMapFile(join(dir, 'notes.argmap'));
    expect(result).toMatchObject({ ok: false, reason: 'invalid-json' });
    if (!result.ok) expect(result.message).toMatch(/^“notes\.argmap”: The file is not valid JSON/);
  });

  it('explains a permission error in words', () => {
    expect(describeIoError(Object.assign(new Error('EACCES'), { code: 'EACCES' }), 'map.argmap')).toBe(
      'Permission denied: Argmap may not read “map.argmap”.',
    );
  });

  it('reports a folder it may not read (EACCES, staged: root reads through permission bits)', async () => {
    const denied = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    const result = await readMapFile(join(dir, 'locked', 'map.argmap'), {
      stat: () => Promise.reject(denied),
      readFile: () => Promise.reject(denied),
    });
    expect(result).toEqual({
      ok: false,
      reason: 'io-error',
      message: 'Permission denied: Argmap may not read “map.argmap”.',
    });
  });

  // Root reads through any permission bits, and CI runs as root: there this case cannot be staged.
  it.skipIf(process.getuid?.() === 0)('reports a folder it may not read (needs a non-root user)', async () => {
    await mkdir(join(dir, 'locked'), { mode: 0o000 });
    const result = await readMapFile(join(dir, 'locked', 'map.argmap'));
    if (result.ok) throw new Error('read through a locked folder');
    expect(result.message).toMatch(/Permission denied/);
  });
});
