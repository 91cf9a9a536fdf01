import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readWithArgdown } from '../shared/formats/argdown/argdownTestSupport';
import { runCli } from './main';
import { CONVERT_USAGE, convertCommand, type ConvertIo } from './convertCommand';
import { parseArgmap, serializeArgmap } from '../shared/formats/argmapFormat';
import { importAif } from '../shared/formats/aif';
import type { ArgumentMap } from '../shared/model/argumentMap';
import { loadSampleMap, SAMPLE_PATH } from '../../scripts/sampleFiles';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'argmap-convert-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});
const at = (name: string): string => join(dir, name);
const convert = (...args: string[]) => runCli(['convert', ...args]);
const sample = loadSampleMap();

/** Texts of the nodes, and relations as "kind: premise texts → target text": a map up to its ids. */
function shape(map: ArgumentMap): { texts: string[]; relations: string[] } {
  const text = (id: string): string => map.nodes[id as keyof typeof map.nodes].text;
  const describe = (id: string): string => {
    const relation = map.relations[id as keyof typeof map.relations];
    const target = 'node' in relation.to ? text(relation.to.node) : `(${describe(relation.to.relation)})`;
    return `${relation.kind}: ${relation.from.map(text).sort().join(' + ')} → ${target}`;
  };
  return {
    texts: Object.values(map.nodes)
      .map((node) => node.text)
      .sort(),
    relations: Object.keys(map.relations).map(describe).sort(),
  };
}

const ARGDOWN = `===
title: Sugar tax
===

[Tax]: Taxes on sugar should rise.
  + <Health>: Sugar harms health.
  >< [Freedom]: People may eat what they like.
`;

describe('argmap convert', () => {
  it('turns the sample into Argdown that Argdown reads, and back into the same map', async () => {
    const argdown = at('sample.argdown');
    const first = await convert(SAMPLE_PATH, argdown);
    expect(first.exitCode).toBe(0);
    expect(first.stdout).toEqual([expect.stringMatching(/^wrote .*sample\.argdown \(\d+(\.\d)? kB\)$/)]);
    // Argdown has no positions: stderr says so, as the report the app shows.
    expect(first.stderr.join('\n')).toMatch(/^argmap: (dropped|approximated): .*position/im);
    expect(readWithArgdown(await readFile(argdown, 'utf8')).statements.length).toBeGreaterThan(0);

    const back = at('back.argmap');
    expect((await convert(argdown, back)).exitCode).toBe(0);
    const loaded = parseArgmap(await readFile(back, 'utf8'));
    expect(loaded.ok && shape(loaded.map)).toEqual(shape(sample));
  });

  it('turns the sample into AIF and back, with texts, relations and positions', async () => {
    const aif = at('sample.json');
    expect((await convert(SAMPLE_PATH, aif)).exitCode).toBe(0);
    const imported = importAif(await readFile(aif, 'utf8'));
    expect(imported.ok && shape(imported.map)).toEqual(shape(sample));

    const back = at('back.argmap');
    expect((await convert(aif, back)).exitCode).toBe(0);
    const loaded = parseArgmap(await readFile(back, 'utf8'));
    expect(loaded.ok && shape(loaded.map)).toEqual(shape(sample));
    const positions = (map: ArgumentMap) =>
      Object.values(map.nodes)
        .map((n) => `${n.text}@${n.position.x},${n.position.y}`)
        .sort();
    expect(loaded.ok && positions(loaded.map)).toEqual(positions(sample));
  });

  it('reports what a format only approximates, and still writes the file', async () => {
    const input = at('sugar.argdown');
    await writeFile(input, ARGDOWN);
    const outcome = await convert(input, at('sugar.argmap'));
    expect(outcome.exitCode).toBe(0);
    expect(outcome.stderr.join('\n')).toMatch(/^argmap: approximated: .*contradict/im);
    const loaded = parseArgmap(await readFile(at('sugar.argmap'), 'utf8'));
    expect(loaded.ok && loaded.map.meta.title).toBe('Sugar tax');
  });

  it('writes to stdout with "-" when --to names the format', async () => {
    const outcome = await convert(SAMPLE_PATH, '-', '--to', 'argdown');
    expect(outcome.exitCode).toBe(0);
    const text = Buffer.from(outcome.data ?? new Uint8Array()).toString('utf8');
    expect(text).toContain('Kazakhstan');
    expect(await readdir(dir)).toEqual([]);
  });

  it('follows --from and --to over the extensions', async () => {
    const input = at('notes.txt');
    await writeFile(input, ARGDOWN);
    const outcome = await convert(input, at('out.data'), '--from', 'argdown', '--to', 'aif');
    expect(outcome.exitCode).toBe(0);
    expect(importAif(await readFile(at('out.data'), 'utf8')).ok).toBe(true);
  });

  it.each([
    [[], 'convert needs IN and OUT'],
    [['a.argmap'], 'convert needs IN and OUT'],
    [['a.docx', 'b.argmap'], 'cannot tell the format of “a.docx”'],
    [['a.argmap', 'b.svg'], 'cannot tell the format of “b.svg”'],
    [['a.argmap', '-'], 'writing to stdout needs --to'],
    [['a.argmap', 'b.json', '--to', 'pdf'], '--to must be one of argmap, argdown, aif, sadface, kialo, not "pdf"'],
    [['a.argmap', 'b.json', '--bogus'], "Unknown option '--bogus'"],
    [['-', 'b.json'], 'IN must be a file'],
  ])('refuses %j as a usage mistake (exit 2)', async (args, message) => {
    const outcome = await convert(...args);
    expect(outcome.exitCode).toBe(2);
    expect(outcome.stderr[0]).toContain(message);
  });

  it.each([
    ['a missing file', async () => at('gone.argdown'), '“gone.argdown” does not exist'],
    ['broken AIF', async () => writeIn('broken.json', '{"nodes": ['), 'broken.json”: The file is not valid JSON'],
    ['JSON that is not AIF', async () => writeIn('settings.json', '{"theme":"dark"}'), 'but not AIF'],
    ['a broken map', async () => writeIn('broken.argmap', '{"format":"argmap"'), 'broken.argmap'],
  ])('refuses %s (exit 1) and writes nothing', async (_, input, message) => {
    const path = await input();
    const outcome = await convert(path, at('out.argdown'));
    expect(outcome.exitCode).toBe(1);
    expect(outcome.stderr.join('\n')).toContain(message);
    expect(await readdir(dir)).not.toContain('out.argdown');
  });

  it('never writes over IN, nor into a missing folder', async () => {
    const input = await writeIn('plan.argmap', serializeArgmap(sample));
    expect((await convert(input, input, '--to', 'argmap')).stderr[0]).toContain('is the map file itself');
    expect((await convert(input, at('nowhere/plan.argdown'))).stderr[0]).toContain('does not exist');
    expect(await readFile(input, 'utf8')).toBe(serializeArgmap(sample));
  });

  it('reports a full disk in words (exit 1)', async () => {
    const input = await writeIn('plan.argmap', serializeArgmap(sample));
    const io: ConvertIo = {
      readText: async () => ({ ok: true, text: serializeArgmap(sample), bytes: Buffer.alloc(0), mtimeMs: 0 }),
      // The folder exists and the output does not yet.
      stat: async (path) => {
        if (path === dir) return { isDirectory: () => true, isFile: () => false, dev: 1, ino: 1 };
        throw Object.assign(new Error('missing'), { code: 'ENOENT' });
      },
      checkWritable: async () => undefined,
      writeFile: async () => {
        throw Object.assign(new Error('no space'), { code: 'ENOSPC' });
      },
    };
    const outcome = await convertCommand([input, at('plan.argdown')], io);
    expect(outcome).toMatchObject({ exitCode: 1, stderr: [expect.stringContaining('the disk is full')] });
  });

  it('prints its usage for --help and "argmap help convert"', async () => {
    expect(await convert('--help')).toEqual({ stdout: [CONVERT_USAGE], stderr: [], exitCode: 0 });
    expect((await runCli(['help', 'convert'])).stdout).toEqual([CONVERT_USAGE]);
  });
});

async function writeIn(name: string, content: string): Promise<string> {
  await writeFile(at(name), content);
  return at(name);
}

describe('the built bin', () => {
  const root = resolve(import.meta.dirname, '../..');
  it('converts as a child process, loading @argdown/core from node_modules', async () => {
    const { buildCli } = await import('../../scripts/buildCli');
    const outDir = join(root, 'node_modules', '.cache', `argmap-convert-test-${process.pid}`);
    const bundle = await buildCli(outDir);
    try {
      const run = promisify(execFile);
      const out = at('k.argdown');
      const { stdout } = await run(process.execPath, [bundle, 'convert', SAMPLE_PATH, out], { cwd: root });
      expect(stdout).toMatch(/^wrote /);
      expect(readWithArgdown(await readFile(out, 'utf8')).statements.length).toBeGreaterThan(0);
    } finally {
      await rm(outDir, { recursive: true, force: true });
    }
  }, 120_000);
});
