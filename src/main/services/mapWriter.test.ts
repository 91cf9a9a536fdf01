import fs from 'node:fs';
import { chmod, mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadSampleMap } from '../../../scripts/sampleFiles';
import { serializeArgmap } from '../../shared/formats/argmapFormat';
import type { ArgumentMap } from '../../shared/model/argumentMap';
import { hasChangedOnDisk, readFileIdentity, sha256Of } from './fileIdentity';
import { readMapFile } from './mapFiles';
import { backupPathFor, saveMapFile, type SaveIo } from './mapWriter';

/** chmod does not stop root, and CI containers often run as root: then only the injected errors apply. */
const isRoot = process.getuid?.() === 0;

let dir: string;
let target: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'argmap-writer-'));
  target = join(dir, 'plan.argmap');
});
afterEach(async () => {
  vi.restoreAllMocks();
  await chmod(dir, 0o755).catch(() => {});
  await rm(dir, { recursive: true, force: true });
});

const errno = (code: string): NodeJS.ErrnoException => Object.assign(new Error(`${code}: simulated`), { code });
/** An io whose atomic write fails with `code`, as the disk would, after the backup copy went through. */
const failingWrite = (code: string): Partial<SaveIo> => ({
  writeFileAtomic: () => Promise.reject(errno(code)),
});

function retitled(map: ArgumentMap, title: string): ArgumentMap {
  return { ...map, meta: { ...map.meta, title } };
}

describe('saveMapFile', () => {
  it('round-trips the sample byte for byte: save, load, save again', async () => {
    const sample = loadSampleMap();
    const first = await saveMapFile(target, sample);
    expect(first).toMatchObject({ ok: true, backupPath: null });
    const firstBytes = await readFile(target);
    expect(firstBytes.toString('utf8')).toBe(serializeArgmap(sample));

    const loaded = await readMapFile(target);
    if (!loaded.ok) throw new Error(loaded.message);
    const second = await saveMapFile(target, loaded.map);
    expect(second.ok).toBe(true);
    expect((await readFile(target)).equals(firstBytes)).toBe(true);
  });

  it('returns the identity of what it wrote', async () => {
    const result = await saveMapFile(target, loadSampleMap());
    if (!result.ok) throw new Error(result.message);
    const bytes = await readFile(target);
    expect(result.identity).toEqual({
      mtimeMs: (await stat(target)).mtimeMs,
      size: bytes.length,
      sha256: sha256Of(bytes),
    });
    expect(await readFileIdentity(target)).toEqual(result.identity);
  });

  it('keeps the previous version as <name>.argmap.bak, replaced on each save', async () => {
    const sample = loadSampleMap();
    await saveMapFile(target, retitled(sample, 'one'));
    const one = await readFile(target);
    const second = await saveMapFile(target, retitled(sample, 'two'));
    expect(second).toMatchObject({ ok: true, backupPath: `${target}.bak` });
    expect((await readFile(backupPathFor(target))).equals(one)).toBe(true);

    const two = await readFile(target);
    await saveMapFile(target, retitled(sample, 'three'));
    expect((await readFile(backupPathFor(target))).equals(two)).toBe(true);
    expect((await readMapFile(target)).ok && (await readFile(target, 'utf8')).includes('"three"')).toBe(true);
  });

  it('leaves the original intact and no temp file when the rename fails (the real writer)', async () => {
    const sample = loadSampleMap();
    await saveMapFile(target, retitled(sample, 'original'));
    const original = await readFile(target);
    // The writer calls rename through `fs.promises`, so this breaks the step after the temp file.
    const rename = vi.spyOn(fs.promises, 'rename').mockRejectedValue(errno('EIO'));

    // No backup: the map's own write is the one whose rename fails (the backup is written the same way).
    const result = await saveMapFile(target, retitled(sample, 'changed'), { backup: false });
    expect(rename).toHaveBeenCalled();
    expect(result).toMatchObject({ ok: false, reason: 'io-error' });
    if (!result.ok) expect(result.message).toMatch(/“plan\.argmap” could not be saved/);
    expect((await readFile(target)).equals(original)).toBe(true);
    expect((await readdir(dir)).sort()).toEqual(['plan.argmap']);
  });

  it('writes the backup atomically too: a failed backup leaves neither a partial .bak nor a changed map', async () => {
    const sample = loadSampleMap();
    await saveMapFile(target, retitled(sample, 'original'));
    const original = await readFile(target);
    vi.spyOn(fs.promises, 'rename').mockRejectedValue(errno('EIO'));

    const result = await saveMapFile(target, retitled(sample, 'changed'));
    expect(result).toMatchObject({ ok: false });
    expect((await readFile(target)).equals(original)).toBe(true);
    expect((await readdir(dir)).sort()).toEqual(['plan.argmap']);
  });

  it('gives the backup the map’s own permissions: a private map gets a private backup', async () => {
    const sample = loadSampleMap();
    await saveMapFile(target, retitled(sample, 'one'));
    await chmod(target, 0o600);
    await saveMapFile(target, retitled(sample, 'two'));
    expect((await stat(backupPathFor(target))).mode & 0o777).toBe(0o600);
  });

  it('keeps the backup of the previous version when saved again with nothing changed', async () => {
    const sample = loadSampleMap();
    await saveMapFile(target, retitled(sample, 'one'));
    await saveMapFile(target, retitled(sample, 'two'));
    const backup = await readFile(backupPathFor(target));
    const again = await saveMapFile(target, retitled(sample, 'two'));
    expect(again).toMatchObject({ ok: true, backupPath: null });
    expect((await readFile(backupPathFor(target))).equals(backup)).toBe(true);
    expect(await readFile(backupPathFor(target), 'utf8')).toContain('"one"');
  });

  it('refuses an invalid map without writing anything', async () => {
    const broken = structuredClone(loadSampleMap());
    (Object.values(broken.nodes)[0] as any).kind = 'banana';
    const result = await saveMapFile(target, broken);
    expect(result).toMatchObject({ ok: false, reason: 'invalid-map' });
    if (!result.ok) expect(result.message).toMatch(/^“plan\.argmap” was not saved: the map is invalid \(at nodes\./);
    expect(await readdir(dir)).toEqual([]);
  });

  it('leaves an existing file untouched when the map is invalid', async () => {
    await saveMapFile(target, loadSampleMap());
    const before = await readFile(target);
    const broken = structuredClone(loadSampleMap());
    (Object.values(broken.nodes)[0] as any).kind = 'banana';
    expect((await saveMapFile(target, broken)).ok).toBe(false);
    expect((await readFile(target)).equals(before)).toBe(true);
    expect(await readdir(dir)).toEqual(['plan.argmap']);
  });

  it('says the disk is full and keeps the old file when the write hits ENOSPC', async () => {
    await saveMapFile(target, loadSampleMap());
    const before = await readFile(target);
    const result = await saveMapFile(target, retitled(loadSampleMap(), 'new'), { io: failingWrite('ENOSPC') });
    expect(result).toMatchObject({ ok: false, reason: 'no-space' });
    if (!result.ok) expect(result.message).toMatch(/^The disk is full: “plan\.argmap” was not saved/);
    expect((await readFile(target)).equals(before)).toBe(true);
  });

  it('stops before writing when even the backup copy finds the disk full', async () => {
    await saveMapFile(target, loadSampleMap());
    const before = await readFile(target);
    const writeFileAtomic = vi.fn();
    const result = await saveMapFile(target, retitled(loadSampleMap(), 'new'), {
      io: { writeBackup: () => Promise.reject(errno('ENOSPC')), writeFileAtomic },
    });
    expect(result).toMatchObject({ ok: false, reason: 'no-space' });
    expect(writeFileAtomic).not.toHaveBeenCalled();
    expect((await readFile(target)).equals(before)).toBe(true);
  });

  it('names the missing folder', async () => {
    const result = await saveMapFile(join(dir, 'gone', 'plan.argmap'), loadSampleMap());
    expect(result).toMatchObject({ ok: false, reason: 'missing-folder' });
    if (!result.ok) expect(result.message).toMatch(/The folder for “plan\.argmap” no longer exists/);
  });

  it('refuses to save over a folder', async () => {
    await fs.promises.mkdir(target);
    const result = await saveMapFile(target, loadSampleMap());
    expect(result).toMatchObject({ ok: false, reason: 'io-error' });
    if (!result.ok) expect(result.message).toMatch(/is a folder/);
  });

  it('reports a read-only disk (EROFS, simulated)', async () => {
    const result = await saveMapFile(target, loadSampleMap(), { io: failingWrite('EROFS') });
    expect(result).toMatchObject({ ok: false, reason: 'read-only' });
    if (!result.ok) expect(result.message).toMatch(/“plan\.argmap” is on a read-only disk/);
  });

  it('reports a folder it may not write to (EACCES, simulated)', async () => {
    const result = await saveMapFile(target, loadSampleMap(), { io: failingWrite('EACCES') });
    expect(result).toMatchObject({ ok: false, reason: 'permission' });
    if (!result.ok) expect(result.message).toMatch(/Permission denied: Argmap may not write “plan\.argmap”/);
  });

  it('refuses a file made read-only (chmod 0o444), even as root, and leaves it as it was', async () => {
    await saveMapFile(target, loadSampleMap());
    const before = await readFile(target);
    await chmod(target, 0o444);
    const result = await saveMapFile(target, retitled(loadSampleMap(), 'new'));
    expect(result).toMatchObject({ ok: false, reason: 'read-only' });
    if (!result.ok) expect(result.message).toBe('“plan.argmap” is read-only; save the map under another name.');
    expect((await readFile(target)).equals(before)).toBe(true);
  });

  it.skipIf(isRoot)(
    'reports a folder made read-only with chmod 0o555 (skipped as root: chmod does not stop root)',
    async () => {
      await chmod(dir, 0o555);
      const result = await saveMapFile(target, loadSampleMap());
      expect(result).toMatchObject({ ok: false, reason: 'permission' });
    },
  );
});

describe('hasChangedOnDisk', () => {
  it('is false right after a save and true after another program writes', async () => {
    const result = await saveMapFile(target, loadSampleMap());
    if (!result.ok) throw new Error(result.message);
    expect(await hasChangedOnDisk(target, result.identity)).toBe(false);

    await writeFile(target, serializeArgmap(retitled(loadSampleMap(), 'edited elsewhere')));
    expect(await hasChangedOnDisk(target, result.identity)).toBe(true);
  });

  it('ignores a touch that leaves the bytes alone', async () => {
    const result = await saveMapFile(target, loadSampleMap());
    if (!result.ok) throw new Error(result.message);
    await utimes(target, new Date(2001, 1, 1), new Date(2001, 1, 1));
    expect(await hasChangedOnDisk(target, result.identity)).toBe(false);
  });

  it('is true when the file was deleted', async () => {
    const result = await saveMapFile(target, loadSampleMap());
    if (!result.ok) throw new Error(result.message);
    await rm(target);
    expect(await hasChangedOnDisk(target, result.identity)).toBe(true);
    expect(await readFileIdentity(target)).toBeNull();
  });
});
