import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadRecentFiles, MAX_RECENT_FILES, RECENT_FILES_NAME } from './recentFiles';

let dataDir: string;
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'argmap-recent-'));
});
afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

/** An absolute path on any OS, for a document that need not exist. */
const doc = (name: string): string => resolve(tmpdir(), 'maps', `${name}.argmap`);
const recentFile = (): string => join(dataDir, RECENT_FILES_NAME);
const writeRecentFile = (content: unknown): Promise<void> =>
  writeFile(recentFile(), typeof content === 'string' ? content : JSON.stringify(content));

describe('recent files', () => {
  it('starts empty when no file exists yet', async () => {
    const recent = await loadRecentFiles(dataDir);
    expect(recent.list()).toEqual([]);
  });

  it('puts the newest first and keeps the list across a restart', async () => {
    const recent = await loadRecentFiles(dataDir);
    await recent.add(doc('a'));
    await recent.add(doc('b'));
    expect(recent.list()).toEqual([doc('b'), doc('a')]);

    const onDisk = JSON.parse(await readFile(recentFile(), 'utf8'));
    expect(onDisk).toEqual({ format: 'argmap-recent', version: 1, files: [doc('b'), doc('a')] });
    expect((await loadRecentFiles(dataDir)).list()).toEqual([doc('b'), doc('a')]);
  });

  it('stores a relative path as the absolute one', async () => {
    const recent = await loadRecentFiles(dataDir);
    await recent.add('plan.argmap');
    expect(recent.list()).toEqual([resolve('plan.argmap')]);
  });

  it('moves a reopened file to the top without listing it twice', async () => {
    const recent = await loadRecentFiles(dataDir);
    for (const name of ['a', 'b', 'c']) await recent.add(doc(name));
    await recent.add(doc('a'));
    expect(recent.list()).toEqual([doc('a'), doc('c'), doc('b')]);
    expect((await loadRecentFiles(dataDir)).list()).toEqual([doc('a'), doc('c'), doc('b')]);
  });

  it(`keeps at most ${MAX_RECENT_FILES}, dropping the oldest`, async () => {
    const recent = await loadRecentFiles(dataDir);
    for (let i = 1; i <= MAX_RECENT_FILES + 2; i++) await recent.add(doc(`m${i}`));
    const expected = Array.from({ length: MAX_RECENT_FILES }, (_, i) => doc(`m${MAX_RECENT_FILES + 2 - i}`));
    expect(recent.list()).toEqual(expected);
    expect(recent.list()).not.toContain(doc('m1'));
    expect(recent.list()).not.toContain(doc('m2'));
    expect((await loadRecentFiles(dataDir)).list()).toEqual(expected);
  });

  it('writes quick successive changes in the order they were made', async () => {
    const recent = await loadRecentFiles(dataDir);
    const pending = ['a', 'b', 'c', 'd'].map((name) => recent.add(doc(name)));
    pending.push(recent.remove(doc('b')));
    await Promise.all(pending);
    expect((await loadRecentFiles(dataDir)).list()).toEqual([doc('d'), doc('c'), doc('a')]);
  });

  it('removes one file and clears the list, both kept across a restart', async () => {
    const recent = await loadRecentFiles(dataDir);
    for (const name of ['a', 'b', 'c']) await recent.add(doc(name));
    await recent.remove(doc('b'));
    expect(recent.list()).toEqual([doc('c'), doc('a')]);
    expect((await loadRecentFiles(dataDir)).list()).toEqual([doc('c'), doc('a')]);

    await recent.clear();
    expect(recent.list()).toEqual([]);
    expect((await loadRecentFiles(dataDir)).list()).toEqual([]);
  });

  it('tells the menu about each change with the new list', async () => {
    const seen: (readonly string[])[] = [];
    const recent = await loadRecentFiles(dataDir, (list) => seen.push(list));
    await recent.add(doc('a'));
    await recent.add(doc('b'));
    await recent.remove(doc('missing'));
    await recent.remove(doc('a'));
    await recent.clear();
    // Removing a path that was never listed changes nothing, so the menu is not rebuilt for it.
    expect(seen).toEqual([[doc('a')], [doc('b'), doc('a')], [doc('b')], []]);
  });

  it('reads a damaged file as an empty list', async () => {
    await writeRecentFile('{"format": "argmap-rec');
    expect((await loadRecentFiles(dataDir)).list()).toEqual([]);
  });

  it('ignores a file of another format or version', async () => {
    await writeRecentFile({ format: 'something-else', version: 1, files: [doc('a')] });
    expect((await loadRecentFiles(dataDir)).list()).toEqual([]);
    await writeRecentFile({ format: 'argmap-recent', version: 99, files: [doc('a')] });
    expect((await loadRecentFiles(dataDir)).list()).toEqual([]);
    await writeRecentFile({ format: 'argmap-recent', version: 1, files: 'not a list' });
    expect((await loadRecentFiles(dataDir)).list()).toEqual([]);
    await writeRecentFile([doc('a')]);
    expect((await loadRecentFiles(dataDir)).list()).toEqual([]);
    await writeRecentFile('null');
    expect((await loadRecentFiles(dataDir)).list()).toEqual([]);
  });

  it('keeps only absolute path strings from a hand-edited file, once each', async () => {
    await writeRecentFile({
      format: 'argmap-recent',
      version: 1,
      files: [doc('a'), 42, null, { path: doc('x') }, 'relative/plan.argmap', '', doc('b'), doc('a')],
    });
    const recent = await loadRecentFiles(dataDir);
    expect(recent.list()).toEqual([doc('a'), doc('b')]);
    await recent.add(doc('c'));
    expect((await loadRecentFiles(dataDir)).list()).toEqual([doc('c'), doc('a'), doc('b')]);
  });

  it('keeps working in memory and reports the error when the file cannot be written', async () => {
    // A regular file where a folder should be: mkdir fails on every OS and as root.
    await writeFile(join(dataDir, 'blocked'), '');
    const errors: unknown[] = [];
    const seen: (readonly string[])[] = [];
    const recent = await loadRecentFiles(
      join(dataDir, 'blocked', 'data'),
      (list) => seen.push(list),
      (error) => errors.push(error),
    );
    await expect(recent.add(doc('a'))).resolves.toBeUndefined();
    await expect(recent.remove(doc('a'))).resolves.toBeUndefined();
    await recent.add(doc('b'));
    await expect(recent.clear()).resolves.toBeUndefined();
    expect(seen).toEqual([[doc('a')], [], [doc('b')], []]);
    expect(errors).toHaveLength(4);
    expect(errors[0]).toBeInstanceOf(Error);
  });
});
