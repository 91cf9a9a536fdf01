import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseArgmap } from '../shared/formats/argmapFormat';
import { runCli } from './main';
import { CONVERT_USAGE } from './convertCommand';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures');
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'argmap-interop-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});
const at = (name: string): string => join(dir, name);
const convert = (...args: string[]) => runCli(['convert', ...args]);

async function readMap(path: string) {
  const loaded = parseArgmap(await readFile(path, 'utf8'));
  if (!loaded.ok) throw new Error(loaded.message);
  return loaded.map;
}

describe('argmap convert with Kialo and SADFace', () => {
  it('reads a Kialo export by its .txt extension into a map', async () => {
    const outcome = await convert(join(FIXTURES, 'kialo/should-zoos-exist.txt'), at('zoos.argmap'));
    expect(outcome.exitCode).toBe(0);
    const map = await readMap(at('zoos.argmap'));
    expect(map.meta.title).toBe('Should zoos exist?');
    expect(Object.keys(map.nodes)).toHaveLength(15);
  });

  it('reads a Kialo export with another extension when --from kialo names it', async () => {
    await copyFile(join(FIXTURES, 'kialo/hot-dog-sandwich.txt'), at('hot-dog.export'));
    const outcome = await convert(at('hot-dog.export'), at('hot-dog.argdown'), '--from', 'kialo');
    expect(outcome.exitCode).toBe(0);
    expect(await readFile(at('hot-dog.argdown'), 'utf8')).toMatch(/A hot dog is a sandwich/);
  });

  it('tells a SADFace .json from an AIF one by its content, and reports what it did not keep', async () => {
    const outcome = await convert(join(FIXTURES, 'sadface/cycle-helmets.json'), at('helmets.argmap'));
    expect(outcome.exitCode).toBe(0);
    expect(outcome.stderr.join('\n')).toMatch(/^argmap: dropped: Of the file’s details, the analyst’s e-mail/m);
    const map = await readMap(at('helmets.argmap'));
    expect(map.meta).toMatchObject({ title: 'Compulsory cycle helmets', author: 'Argmap test analyst' });
  });

  it('writes SADFace with --to sadface, and reads it back with --from sadface', async () => {
    await convert(join(FIXTURES, 'kialo/should-zoos-exist.txt'), at('zoos.argmap'));
    const written = await convert(at('zoos.argmap'), at('zoos.json'), '--to', 'sadface');
    expect(written.exitCode).toBe(0);
    const document = JSON.parse(await readFile(at('zoos.json'), 'utf8'));
    expect(document.metadata.core.title).toBe('Should zoos exist?');
    const back = await convert(at('zoos.json'), at('back.argmap'), '--from', 'sadface');
    expect(back.exitCode).toBe(0);
    expect(await readMap(at('back.argmap'))).toEqual(await readMap(at('zoos.argmap')));
  });

  it('refuses with exit 1 a .json file with nodes and edges that is neither AIF nor SADFace, naming what it saw', async () => {
    const graph = { nodes: [{ nodeID: 1, type: 'claim', text: 'x' }], edges: [] };
    await writeFile(at('graph.json'), JSON.stringify(graph));
    const outcome = await convert(at('graph.json'), at('graph.argmap'));
    expect(outcome.exitCode).toBe(1);
    expect(outcome.stderr.join('\n')).toMatch(/not AIF.*"claim"/i);
  });

  it('names a SADFace file read with --from aif as SADFace, exit 1', async () => {
    const outcome = await convert(join(FIXTURES, 'sadface/cycle-helmets.json'), at('x.argmap'), '--from', 'aif');
    expect(outcome.exitCode).toBe(1);
    expect(outcome.stderr.join('\n')).toMatch(/This is a SADFace file/);
  });

  it('refuses a .txt that is not a Kialo export with exit 1', async () => {
    await writeFile(at('notes.txt'), 'Shopping list\n- eggs\n');
    const outcome = await convert(at('notes.txt'), at('notes.argmap'));
    expect(outcome.exitCode).toBe(1);
    expect(outcome.stderr.join('\n')).toMatch(/not a Kialo export/);
  });

  it('lists kialo and sadface among the formats of --from and --to', () => {
    expect(CONVERT_USAGE).toMatch(/--from FORMAT\s+what IN holds: .*sadface, kialo/);
  });
});
