import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArgmap, serializeArgmap } from '../../shared/formats/argmapFormat';
import { exportCommand } from '../../cli/exportCommand';
import { writeFileAtomically } from './atomicWrite';
import { listRecoveries, writeRecovery } from './recovery';
import { saveMapFile } from './mapWriter';
import { mountSmallDisk, smallDiskUnavailable, type SmallDisk } from './testing/smallDisk';
import { bulkyMap, makeMap } from './testing/testMaps';

const unavailable = smallDiskUnavailable();
const loads = (path: string): boolean => parseArgmap(readFileSync(path, 'utf8')).ok;

// A real 8 MB tmpfs: the kernel writes short when it runs out, which no mocked ENOSPC reproduces.
describe.skipIf(unavailable !== null)(`saving on a nearly full disk (${unavailable ?? 'tmpfs'})`, () => {
  let disk: SmallDisk;
  beforeAll(() => {
    const mounted = mountSmallDisk(8 * 1024 * 1024);
    if (typeof mounted === 'string') throw new Error(mounted);
    disk = mounted;
  });
  afterAll(() => disk?.unmount());

  it('refuses a save that does not fit and leaves the old file and its backup whole', { timeout: 60_000 }, async () => {
    const target = join(disk.dir, 'map-a.argmap');
    const first = bulkyMap(500_000, 'first');
    const second = bulkyMap(600_000, 'second');
    expect((await saveMapFile(target, first)).ok).toBe(true);
    expect((await saveMapFile(target, second)).ok).toBe(true);
    const big = bulkyMap(2_400_000, 'big');
    expect(serializeArgmap(big).length).toBeGreaterThan(2_400_000);
    // Room for the backup (≈600 KB) and part of the new file, not all of it.
    disk.leaveFree(1_600_000);
    try {
      const result = await saveMapFile(target, big);
      expect(result).toMatchObject({ ok: false, reason: 'no-space' });
      expect(readFileSync(target, 'utf8')).toBe(serializeArgmap(second));
      expect(loads(`${target}.bak`)).toBe(true);
      expect(readdirSync(disk.dir).filter((n) => n.startsWith('map-a'))).toEqual(['map-a.argmap', 'map-a.argmap.bak']);
    } finally {
      disk.refill();
    }
  });

  it(
    'never replaces a good backup with a truncated one when even the backup does not fit',
    { timeout: 60_000 },
    async () => {
      const target = join(disk.dir, 'map-b.argmap');
      expect((await saveMapFile(target, bulkyMap(300_000, 'one'))).ok).toBe(true);
      expect((await saveMapFile(target, bulkyMap(2_400_000, 'two'))).ok).toBe(true);
      const backupBefore = readFileSync(`${target}.bak`, 'utf8');
      disk.leaveFree(1_000_000);
      try {
        const result = await saveMapFile(target, makeMap('three'));
        expect(result).toMatchObject({ ok: false, reason: 'no-space' });
        expect(readFileSync(`${target}.bak`, 'utf8')).toBe(backupBefore);
        expect(loads(target)).toBe(true);
        expect(statSync(target).size).toBeGreaterThan(2_400_000);
      } finally {
        disk.refill();
      }
    },
  );

  it('saves again once space is freed, leaving no temp files behind', { timeout: 60_000 }, async () => {
    const target = join(disk.dir, 'map-c.argmap');
    disk.leaveFree(200_000);
    try {
      expect((await saveMapFile(target, bulkyMap(400_000))).ok).toBe(false);
      expect(existsSync(target)).toBe(false);
    } finally {
      disk.refill();
    }
    expect((await saveMapFile(target, bulkyMap(400_000))).ok).toBe(true);
    expect(readdirSync(disk.dir).filter((n) => n.startsWith('map-c'))).toEqual(['map-c.argmap']);
  });

  it('an export that does not fit is refused, and the previous export stays whole', { timeout: 60_000 }, async () => {
    const out = join(disk.dir, 'slides.svg');
    await writeFileAtomically(out, Buffer.alloc(300_000, 'a'));
    disk.leaveFree(400_000);
    try {
      await expect(writeFileAtomically(out, Buffer.alloc(800_000, 'b'))).rejects.toMatchObject({ code: 'ENOSPC' });
      expect(readFileSync(out)).toEqual(Buffer.alloc(300_000, 'a'));
      expect(readdirSync(disk.dir).filter((n) => n.startsWith('slides'))).toEqual(['slides.svg']);
    } finally {
      disk.refill();
    }
  });

  it('argmap export says the disk is full and writes nothing', { timeout: 120_000 }, async () => {
    const input = join(disk.dir, 'input.argmap');
    expect((await saveMapFile(input, bulkyMap(400_000))).ok).toBe(true);
    const out = join(disk.dir, 'input.md');
    disk.leaveFree(100_000);
    try {
      const outcome = await exportCommand([input, '-f', 'md', '-o', out]);
      expect(outcome.exitCode).toBe(1);
      expect(outcome.stderr.join('\n')).toMatch(/the disk is full: “.*input\.md” was not written/i);
      expect(existsSync(out)).toBe(false);
      expect(readdirSync(disk.dir).filter((n) => n.startsWith('input.md'))).toEqual([]);
    } finally {
      disk.refill();
    }
  });

  it(
    'a recovery copy that does not fit is reported, and the last copy stays readable',
    { timeout: 60_000 },
    async () => {
      const data = join(disk.dir, 'data');
      const snapshot = { documentKey: 'untitled-1', originalPath: null, name: 'Untitled 1' };
      expect((await writeRecovery(data, { ...snapshot, map: makeMap('kept') })).ok).toBe(true);
      disk.leaveFree(500_000);
      try {
        const result = await writeRecovery(data, { ...snapshot, map: bulkyMap(1_500_000) });
        expect(result.ok).toBe(false);
        const listed = await listRecoveries(data);
        expect(listed).toHaveLength(1);
        expect(listed[0]).toMatchObject({ ok: true, name: 'Untitled 1' });
        if (listed[0].ok) expect(listed[0].map.meta.title).toBe('kept');
      } finally {
        disk.refill();
      }
    },
  );
});
