import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importDocument } from './importDocument';
import { stopImportWorker } from './import/importOffThread';

const FIXTURES = resolve(import.meta.dirname, '../../../fixtures');
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'argmap-import-interop-'));
});
afterAll(async () => {
  stopImportWorker();
  await rm(dir, { recursive: true, force: true });
});

describe('File › Import… and a drop of a Kialo export or a SADFace file', () => {
  it('imports a Kialo .txt export as a new unsaved map named after the file', async () => {
    const imported = await importDocument(join(FIXTURES, 'kialo/hot-dog-sandwich.txt'));
    if (!imported.ok) throw new Error(imported.message);
    const { opened } = imported.loaded;
    expect(opened.name).toBe('hot-dog-sandwich.argmap');
    expect(opened.imported?.formatLabel).toBe('Kialo discussion (text export)');
    if (!opened.result.ok) throw new Error('no map');
    expect(opened.result.map.meta.title).toBe('Is a hot dog a sandwich?');
  }, 30_000);

  it('reads a .json SADFace file as SADFace, with its report', async () => {
    const imported = await importDocument(join(FIXTURES, 'sadface/cycle-helmets.json'));
    if (!imported.ok) throw new Error(imported.message);
    const { opened } = imported.loaded;
    expect(opened.imported?.formatLabel).toBe('SADFace JSON');
    expect(opened.imported?.report.map((line) => line.message).join('\n')).toMatch(/analyst’s e-mail/);
  }, 30_000);

  it('says what a .txt that is no Kialo export is', async () => {
    const path = join(dir, 'readme.txt');
    await copyFile(resolve(FIXTURES, 'README.md'), path);
    const imported = await importDocument(path);
    expect(imported).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^“readme\.txt”: The file is not a Kialo export/),
    });
  }, 30_000);
});
