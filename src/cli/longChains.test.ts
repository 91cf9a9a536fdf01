import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './main';
import { autoLayout } from '../shared/layout/autoLayout';
import { serializeArgmap } from '../shared/formats/argmapFormat';
import { CHAIN_SHAPES, chainMap, type ChainShape } from '../shared/testing/chainMaps';

// The maps: a valid map whose depth or width is its size (20,000). Each must validate,
// export to every format, and convert, with no stack overflow and no quadratic walk (how long
// they take, 10,000 against 20,000, is scripts/bench/scalingBench.ts's to measure, not a test's).
const SIZE = 20_000;
/** Minutes on a loaded two-core machine: the PDF of 20,000 cards alone takes seconds. */
const HEAVY = 600_000;

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'argmap-long-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The map laid out as the app would, written as a file; listed from the far end for the chains. */
async function mapFile(shape: ChainShape): Promise<string> {
  const map = chainMap(shape, SIZE, { leafFirst: shape !== 'star' });
  for (const [id, position] of autoLayout(map)) map.nodes[id].position = position;
  const path = join(dir, `${shape}.argmap`);
  await writeFile(path, serializeArgmap(map));
  return path;
}

/** Runs the command line and expects it to have written `out`; returns the bytes. */
async function wrote(out: string, ...args: string[]): Promise<Buffer> {
  const outcome = await runCli([...args, ...(args[0] === 'export' ? ['--out', out] : [])]);
  expect(outcome.exitCode, outcome.stderr.join('\n')).toBe(0);
  expect(outcome.stdout).toEqual([expect.stringMatching(/^wrote /)]);
  return readFile(out);
}

describe.each(CHAIN_SHAPES)(`a %s of ${SIZE.toLocaleString('en-US')} nodes`, (shape) => {
  let path: string;
  const out = (extension: string): string => join(dir, `${shape}.${extension}`);

  it(
    'validates, and exports as SVG, Markdown, text, Argdown and AIF',
    async () => {
      path = await mapFile(shape);
      expect(await runCli(['validate', path])).toEqual({ stdout: [`${path}: ok`], stderr: [], exitCode: 0 });
      expect((await wrote(out('svg'), 'export', path, '--format', 'svg')).subarray(0, 200).toString()).toMatch(/<svg/);
      const md = (await wrote(out('md'), 'export', path, '--format', 'md')).toString();
      expect(md.split('\n').filter((line) => line.includes('Point ')).length).toBe(SIZE);
      expect((await wrote(out('txt'), 'export', path, '--format', 'txt')).length).toBeGreaterThan(SIZE * 10);
      expect((await wrote(out('argdown'), 'export', path, '--format', 'argdown')).toString()).toContain('Point 19999');
      expect((await wrote(out('aif.json'), 'export', path, '--format', 'aif')).toString()).toContain('"nodes"');
    },
    HEAVY,
  );

  it(
    'converts to AIF and Argdown and back to a map that validates',
    async () => {
      for (const format of ['json', 'argdown']) {
        await wrote(out(`via.${format}`), 'convert', path, out(`via.${format}`));
        await wrote(out(`${format}.argmap`), 'convert', out(`via.${format}`), out(`${format}.argmap`));
        const back = await runCli(['validate', out(`${format}.argmap`)]);
        expect(back.exitCode, back.stdout.join('\n')).toBe(0);
      }
    },
    HEAVY,
  );

  it(
    'exports as PDF, and a part of it as PNG',
    async () => {
      expect((await wrote(out('pdf'), 'export', path, '--format', 'pdf')).subarray(0, 5).toString()).toBe('%PDF-');
      // A PNG of the whole is larger than any PNG Argmap writes; the far end's subtree is not.
      const png = await wrote(out('png'), 'export', path, '--format', 'png', '--subtree', `n${SIZE - 20}`);
      expect(png.subarray(1, 4).toString()).toBe('PNG');
    },
    HEAVY,
  );
});
