import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadSampleMap } from '../../../scripts/sampleFiles';
import {
  discardRecovery,
  discardRecoveryFile,
  listRecoveries,
  recoveryFileName,
  recoveryFolder,
  writeRecovery,
} from './recovery';

let dataDir: string;
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'argmap-recovery-'));
});
afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

const at = (iso: string) => () => new Date(iso);

describe('recovery store', () => {
  it('lists nothing when no recovery folder exists yet', async () => {
    expect(await listRecoveries(dataDir)).toEqual([]);
  });

  it('writes, lists with time, name, path and the map, then discards', async () => {
    const map = loadSampleMap();
    const written = await writeRecovery(
      dataDir,
      {
        documentKey: '/home/ana/plan.argmap',
        originalPath: '/home/ana/plan.argmap',
        originalIdentity: null,
        name: 'plan.argmap',
        map,
      },
      at('2026-03-01T10:00:00.000Z'),
    );
    if (!written.ok) throw new Error(written.message);
    expect(written.file).toBe(join(recoveryFolder(dataDir), recoveryFileName('/home/ana/plan.argmap')));
    const onDisk = JSON.parse(await readFile(written.file, 'utf8'));
    expect(onDisk).toMatchObject({ format: 'argmap-recovery', version: 1, savedAt: '2026-03-01T10:00:00.000Z' });
    expect(onDisk.document).toMatchObject({ format: 'argmap' });
    // The copy holds the user's map whatever the original's permissions: only the user may read it.
    expect((await stat(written.file)).mode & 0o777).toBe(0o600);

    const entries = await listRecoveries(dataDir);
    expect(entries).toEqual([
      {
        ok: true,
        file: written.file,
        documentKey: '/home/ana/plan.argmap',
        savedAt: '2026-03-01T10:00:00.000Z',
        originalPath: '/home/ana/plan.argmap',
        originalIdentity: null,
        name: 'plan.argmap',
        map,
      },
    ]);

    await discardRecovery(dataDir, '/home/ana/plan.argmap');
    expect(await listRecoveries(dataDir)).toEqual([]);
    await expect(discardRecovery(dataDir, '/home/ana/plan.argmap')).resolves.toBeUndefined();
  });

  it('keeps one file per document, replaced by each write, newest document first', async () => {
    const map = loadSampleMap();
    await writeRecovery(
      dataDir,
      { documentKey: 'untitled-1', originalPath: null, name: 'Untitled 1', map },
      at('2026-03-01T10:00:00Z'),
    );
    await writeRecovery(
      dataDir,
      { documentKey: 'untitled-2', originalPath: null, name: 'Untitled 2', map },
      at('2026-03-01T11:00:00Z'),
    );
    await writeRecovery(
      dataDir,
      { documentKey: 'untitled-1', originalPath: null, name: 'Untitled 1', map },
      at('2026-03-01T12:00:00Z'),
    );
    expect(await readdir(recoveryFolder(dataDir))).toHaveLength(2);
    const entries = await listRecoveries(dataDir);
    expect(entries.map((e) => (e.ok ? [e.name, e.savedAt, e.originalPath] : e.message))).toEqual([
      ['Untitled 1', '2026-03-01T12:00:00.000Z', null],
      ['Untitled 2', '2026-03-01T11:00:00.000Z', null],
    ]);
  });

  it('gives keys that differ only in punctuation different files', () => {
    expect(recoveryFileName('a/b')).not.toBe(recoveryFileName('a_b'));
    expect(recoveryFileName('C:\\maps\\x.argmap')).toMatch(/^[A-Za-z0-9_-]+\.json$/);
  });

  it('reports corrupt recovery files instead of throwing, and still lists the good ones', async () => {
    const map = loadSampleMap();
    await writeRecovery(dataDir, { documentKey: 'good', originalPath: null, name: 'Good', map });
    const folder = recoveryFolder(dataDir);
    await writeFile(join(folder, 'truncated.json'), '{"format": "argmap-recov');
    await writeFile(join(folder, 'stranger.json'), '{"hello": 1}');
    const damaged = JSON.parse(await readFile(join(folder, recoveryFileName('good')), 'utf8'));
    damaged.document.map.nodes = 'nope';
    await writeFile(join(folder, 'damaged.json'), JSON.stringify(damaged));
    await writeFile(join(folder, 'notes.txt'), 'not a recovery file');

    const entries = await listRecoveries(dataDir);
    expect(entries.filter((e) => e.ok).map((e) => e.ok && e.name)).toEqual(['Good']);
    const problems = entries.filter((e) => !e.ok);
    expect(problems).toHaveLength(3);
    const messages = problems.map((e) => (e.ok ? '' : e.message)).join('\n');
    expect(messages).toMatch(/truncated\.json” is damaged \(not valid JSON\)/);
    expect(messages).toMatch(/stranger\.json” is not an Argmap recovery file/);
    expect(messages).toMatch(/The recovery copy of “Good” is damaged: The map is damaged at map\.nodes/);

    const truncated = problems.find((e) => e.file.endsWith('truncated.json'))!;
    expect(await discardRecoveryFile(dataDir, truncated.file)).toBe(true);
    expect((await listRecoveries(dataDir)).length).toBe(3);
  });

  it('refuses to discard a file outside the recovery folder', async () => {
    const outside = join(dataDir, 'keep.argmap');
    await writeFile(outside, 'precious');
    expect(await discardRecoveryFile(dataDir, outside)).toBe(false);
    expect(await readFile(outside, 'utf8')).toBe('precious');
  });

  it('returns a message rather than throwing for an invalid map or an unwritable folder', async () => {
    const broken = structuredClone(loadSampleMap());
    (Object.values(broken.nodes)[0] as any).kind = 'banana';
    const invalid = await writeRecovery(dataDir, { documentKey: 'k', originalPath: null, name: 'Broken', map: broken });
    expect(invalid).toMatchObject({ ok: false });
    if (!invalid.ok) expect(invalid.message).toMatch(/recovery copy of “Broken” could not be written/);

    // A file where the recovery folder should be: mkdir fails on every OS and as root.
    await writeFile(join(dataDir, 'blocked'), '');
    const blocked = await writeRecovery(join(dataDir, 'blocked'), {
      documentKey: 'k',
      originalPath: null,
      name: 'Plan',
      map: loadSampleMap(),
    });
    expect(blocked.ok).toBe(false);
    await mkdir(recoveryFolder(dataDir), { recursive: true });
    expect(await listRecoveries(dataDir)).toEqual([]);
  });
});
