import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serializeArgmap } from '../shared/formats/argmapFormat';
import { asNodeId } from '../shared/model/ids';
import { attackMap } from '../shared/testing/evaluationMaps';
import { tinyMap } from '../shared/testing/tinyMap';
import { SAMPLE_PATH } from '../../scripts/sampleFiles';
import { runCli } from './main';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'argmap-evaluate-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function mapFile(name: string, map = tinyMap()): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, serializeArgmap(map));
  return path;
}

describe('argmap evaluate', () => {
  it('prints each node’s status and explanation', async () => {
    const outcome = await runCli(['evaluate', await mapFile('tiny.argmap')]);
    expect(outcome.exitCode).toBe(0);
    expect(outcome.stdout).toEqual([
      'Stands  Thesis: We should walk to work. [n-t]',
      '        Stands: its only attack fails (the rebuttal ‘Only if you live far away.’ undercuts the attack by the objection ‘It takes too long.’). The reason ‘Walking is healthy.’ stands and supports it.',
      'Stands  Reason: Walking is healthy. [n-r]',
      '        Stands: it is taken as given (no support bears on it) and nothing attacks it.',
      'Stands  Objection: It takes too long. [n-o]',
      '        Stands: it is taken as given (no support bears on it) and nothing attacks it.',
      'Stands  Rebuttal: Only if you live far away. [n-u]',
      '        Stands: it is taken as given (no support bears on it) and nothing attacks it.',
      '',
      '4 nodes (grounded): stands 4, falls 0, open 0.',
    ]);
  });

  it('gives JSON as {nodes: {id: {status, explanation}}, relations: {id: status}}', async () => {
    const outcome = await runCli(['evaluate', await mapFile('tiny.argmap'), '--json']);
    const json = JSON.parse(outcome.stdout.join('\n'));
    expect(Object.keys(json)).toEqual(['nodes', 'relations']);
    expect(json.nodes['n-o']).toEqual({
      status: 'stands',
      explanation: 'Stands: it is taken as given (no support bears on it) and nothing attacks it.',
    });
    expect(json.relations).toEqual({ 'r-1': 'holds', 'r-2': 'fails', 'r-3': 'holds' });
  });

  it('evaluates the shipped sample: the experts’ objection falls to the author’s rebuttal', async () => {
    const outcome = await runCli(['evaluate', SAMPLE_PATH, '--json']);
    expect(outcome.exitCode).toBe(0);
    const { nodes } = JSON.parse(outcome.stdout.join('\n'));
    const statuses = Object.values(nodes).map((node) => (node as { status: string }).status);
    expect(statuses).toContain('falls');
    expect(statuses).toContain('stands');
  });

  it('with --semantics preferred, marks what stands in some preferred labelling as credulous', async () => {
    const map = attackMap(3, [
      [0, 1],
      [1, 0],
      [1, 2],
    ]);
    const outcome = await runCli([
      'evaluate',
      await mapFile('cycle.argmap', map),
      '--json',
      '--semantics',
      'preferred',
    ]);
    const { nodes, relations } = JSON.parse(outcome.stdout.join('\n'));
    expect(nodes[asNodeId('a0')]).toMatchObject({ status: 'open', credulous: true });
    expect(relations).toEqual({ r0: 'open', r1: 'open', r2: 'open' });
    const grounded = JSON.parse((await runCli(['evaluate', join(dir, 'cycle.argmap'), '--json'])).stdout.join('\n'));
    expect(grounded.nodes.a0.credulous).toBeUndefined();
  });

  it('refuses an unknown semantics, a missing file and a broken map with a clear message', async () => {
    const path = await mapFile('tiny.argmap');
    const unknown = await runCli(['evaluate', path, '--semantics', 'stable']);
    expect(unknown.exitCode).toBe(2);
    expect(unknown.stderr[0]).toBe('argmap evaluate: unknown semantics "stable": use grounded or preferred.');
    const missing = await runCli(['evaluate', join(dir, 'nope.argmap')]);
    expect(missing.exitCode).toBe(1);
    expect(missing.stderr[0]).toMatch(/^argmap: .*nope\.argmap: /);
    const broken = join(dir, 'broken.argmap');
    await writeFile(broken, '{"format": "argmap", "version": 5, "map": {');
    const bad = await runCli(['evaluate', broken]);
    expect(bad.exitCode).toBe(1);
    expect(bad.stderr[0]).toMatch(/^argmap: .*broken\.argmap: /);
    expect((await runCli(['evaluate'])).stderr[0]).toBe('argmap evaluate: no FILE given.');
  });

  it('is listed in the usage, with its own help', async () => {
    expect((await runCli(['--help'])).stdout[0]).toContain('evaluate FILE');
    expect((await runCli(['evaluate', '--help'])).stdout[0]).toMatch(/^Usage: argmap evaluate FILE \[--json\]/);
  });
});
