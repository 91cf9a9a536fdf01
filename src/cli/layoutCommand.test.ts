import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from './main';
import { parseArgmap, serializeArgmap } from '../shared/formats/argmapFormat';
import { treeChildren } from '../shared/model/graph';
import type { ArgumentMap } from '../shared/model/argumentMap';
import { cardBoxes, overlappingPairs } from '../shared/layout/layoutMetrics';
import { estimateNodeSize } from '../shared/layout/nodeSize';
import { loadSampleMap } from '../../scripts/sampleFiles';

const VEGGIE = resolve(import.meta.dirname, '../../../shared/fixtures/argdown/veggie_debate.argdown');

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'argmap-layout-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});
const at = (name: string): string => join(dir, name);
const layout = (...args: string[]) => runCli(['layout', ...args]);

const read = async (path: string): Promise<ArgumentMap> => {
  const parsed = parseArgmap(await readFile(path, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.map;
};

/** No overlaps, and every node's premises in one row, left to right in their order. */
function expectLaidOut(map: ArgumentMap): void {
  const boxes = cardBoxes(new Map(Object.values(map.nodes).map((node) => [node.id, node.position])), (id) =>
    estimateNodeSize(map.nodes[id]),
  );
  expect(overlappingPairs(boxes)).toEqual([]);
  for (const kids of treeChildren(map).values()) {
    expect(new Set(kids.map((kid) => map.nodes[kid].position.y)).size).toBe(1);
    const xs = kids.map((kid) => map.nodes[kid].position.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
  }
}

describe('argmap layout', () => {
  it('lays an .argmap whose cards were piled up out anew, keeping everything else', async () => {
    const piled = loadSampleMap();
    for (const node of Object.values(piled.nodes)) node.position = { x: 0, y: 0 };
    await writeFile(at('piled.argmap'), serializeArgmap(piled));
    const outcome = await layout(at('piled.argmap'), at('tidy.argmap'));
    expect(outcome.exitCode).toBe(0);
    expect(outcome.stdout).toEqual([expect.stringMatching(/^wrote .*tidy\.argmap/)]);
    const tidy = await read(at('tidy.argmap'));
    expectLaidOut(tidy);
    expect(Object.keys(tidy.nodes)).toEqual(Object.keys(piled.nodes));
    expect(tidy.relations).toEqual(piled.relations);
  });

  it('reads an Argdown file and writes a laid-out .argmap', async () => {
    const outcome = await layout(VEGGIE, at('veggie.argmap'));
    expect(outcome.exitCode).toBe(0);
    const map = await read(at('veggie.argmap'));
    expect(Object.keys(map.nodes).length).toBeGreaterThan(40);
    expectLaidOut(map);
  });

  it('fails as convert does: 1 for an unreadable IN (nothing written), 2 for a usage mistake', async () => {
    await writeFile(at('broken.argmap'), '{ not json');
    const broken = await layout(at('broken.argmap'), at('out.argmap'));
    expect(broken.exitCode).toBe(1);
    expect(broken.stderr[0]).toMatch(/^argmap: /);
    await expect(readFile(at('out.argmap'))).rejects.toThrow();
    const missing = await layout(at('missing.argmap'), at('out.argmap'));
    expect(missing.exitCode).toBe(1);
    const usage = await layout(at('only-one.argmap'));
    expect(usage.exitCode).toBe(2);
    expect(usage.stderr.join('\n')).toContain('layout needs IN and OUT');
    expect(usage.stderr.join('\n')).toContain('argmap layout --help');
  });

  it('has help of its own, and is listed in the program’s', async () => {
    const help = await layout('--help');
    expect(help.exitCode).toBe(0);
    expect(help.stdout[0]).toMatch(/^Usage: argmap layout IN OUT/);
    expect((await runCli(['--help'])).stdout[0]).toContain('layout IN OUT');
  });
});
