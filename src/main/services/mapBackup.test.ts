import { execFileSync } from 'node:child_process';
import { lstat, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serializeArgmap } from '../../shared/formats/argmapFormat';
import { sha256Of } from './fileIdentity';
import { backupPathFor, saveMapFile } from './mapWriter';
import { makeMap } from './testing/testMaps';

// The backup beside a map is the user's last good version: what may replace it, and what may never.
let dir: string;
let target: string;
let backup: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'argmap-backup-'));
  target = join(dir, 'map.argmap');
  backup = backupPathFor(target);
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const saved = async (title: string): Promise<string> => {
  const result = await saveMapFile(target, makeMap(title));
  if (!result.ok) throw new Error(result.message);
  return serializeArgmap(makeMap(title));
};

describe('the backup of a map', () => {
  it('replaces a link planted at the backup’s name, never the file it points to', async () => {
    const victim = join(dir, 'victim.txt');
    await writeFile(victim, 'any file the user can write');
    await symlink(victim, backup);
    await saved('one');
    const two = await saved('two');
    expect(await readFile(victim, 'utf8')).toBe('any file the user can write');
    expect((await lstat(backup)).isSymbolicLink()).toBe(false);
    expect(await readFile(target, 'utf8')).toBe(two);
  });

  it('a folder at the backup’s name stops the save with a message naming the backup', async () => {
    const one = await saved('one');
    await mkdir(backup);
    const result = await saveMapFile(target, makeMap('two'));
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.message).toBe(
        '“map.argmap” was not saved: its backup “map.argmap.bak” is a folder. Move or rename that folder, then save again.',
      );
    expect(await readFile(target, 'utf8')).toBe(one);
  });

  it('a pipe at the backup’s name stops the save without opening it', async () => {
    const one = await saved('one');
    execFileSync('mkfifo', [backup]);
    const result = await saveMapFile(target, makeMap('two'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/its backup “map\.argmap\.bak” is not a regular file/);
    expect(await readFile(target, 'utf8')).toBe(one);
    expect((await lstat(backup)).isFIFO()).toBe(true);
  });

  it('a torn file written by another program never replaces a good backup', async () => {
    await saved('one');
    const two = await saved('two');
    const goodBackup = await readFile(backup, 'utf8');
    // Another program (a sync client, an editor) leaves the map half-written.
    await writeFile(target, two.slice(0, two.length / 2));
    const three = await saved('three');
    expect(await readFile(backup, 'utf8')).toBe(goodBackup);
    expect(await readFile(target, 'utf8')).toBe(three);
  });

  it('keeps a torn file as the backup when there is no good backup: it may be all that is left', async () => {
    await writeFile(target, '{"format":"argmap","version":2,"map":{"meta":');
    await saved('new');
    expect(await readFile(backup, 'utf8')).toBe('{"format":"argmap","version":2,"map":{"meta":');
  });

  it('a valid previous version replaces the backup, whatever the backup was', async () => {
    await writeFile(backup, 'torn');
    const one = await saved('one');
    await saved('two');
    expect(await readFile(backup, 'utf8')).toBe(one);
  });

  it('trusts the hash of bytes known to be a valid map instead of parsing them again', async () => {
    const one = await saved('one');
    const result = await saveMapFile(target, makeMap('two'), { knownGood: sha256Of(one) });
    expect(result.ok).toBe(true);
    expect(await readFile(backup, 'utf8')).toBe(one);
  });

  it('the next save cleans up the temp files a killed save left beside the map and the backup', async () => {
    await saved('one');
    const pidMax = Number((await readFile('/proc/sys/kernel/pid_max', 'utf8')).trim());
    const leftovers = [`map.argmap.${pidMax + 1}-1-lq2x.tmp`, 'map.argmap.bak.2718281828', 'map.argmap.3141592653'];
    for (const name of leftovers) await writeFile(join(dir, name), 'x'.repeat(100_000));
    await saved('two');
    expect((await readdir(dir)).sort()).toEqual(['map.argmap', 'map.argmap.bak']);
  });
});

describe('the map’s own path as a link, a folder or a pipe', () => {
  it('a map opened through a link is saved into the file it names; the link stays', async () => {
    const real = join(dir, 'real.argmap');
    await writeFile(real, serializeArgmap(makeMap('one')));
    await symlink(real, target);
    const result = await saveMapFile(target, makeMap('two'));
    expect(result.ok).toBe(true);
    expect((await lstat(target)).isSymbolicLink()).toBe(true);
    expect(await readFile(real, 'utf8')).toBe(serializeArgmap(makeMap('two')));
  });

  it('a folder reached through a link is an ordinary folder to save in', async () => {
    await mkdir(join(dir, 'real'));
    await symlink(join(dir, 'real'), join(dir, 'linked'));
    expect((await saveMapFile(join(dir, 'linked', 'map.argmap'), makeMap('one'))).ok).toBe(true);
    expect(await readdir(join(dir, 'real'))).toEqual(['map.argmap']);
  });

  it('a pipe where the map should be is refused without opening it', async () => {
    execFileSync('mkfifo', [target]);
    const result = await saveMapFile(target, makeMap('one'));
    expect(result).toMatchObject({
      ok: false,
      message: '“map.argmap” is not a regular file (it is a pipe or a device).',
    });
  });

  it('a pipe where the folder should be is a missing folder', async () => {
    execFileSync('mkfifo', [join(dir, 'notes')]);
    const result = await saveMapFile(join(dir, 'notes', 'map.argmap'), makeMap('one'));
    expect(result).toMatchObject({ ok: false, reason: 'missing-folder' });
  });

  it('a folder where the map should be is refused by name', async () => {
    await mkdir(target);
    const result = await saveMapFile(target, makeMap('one'));
    expect(result).toMatchObject({ ok: false, message: '“map.argmap” is a folder, not a map file.' });
  });
});
