import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArgmap } from '../shared/formats/argmapFormat';
import { HOSTILE_INPUTS } from '../shared/testing/hostileInputs';
import {
  builtinNames,
  expectSampleRoundTrips,
  expectUntouchedBuiltins,
  type BuiltinNames,
} from '../main/services/testing/processHealth';
import { SAMPLE_PATH } from '../../scripts/sampleFiles';
import { runCli } from './main';

// `argmap convert` reads a document on its own thread (no worker: one file, then the process
// ends), so the importers themselves must keep reserved names harmless. Each hostile document is
// converted, or refused with a message and exit code 1; either way the command does not crash,
// and this same process then converts and saves the sample as if nothing had happened.
let dir: string;
let before: BuiltinNames;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'argmap-hostile-'));
  before = builtinNames();
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('argmap convert of hostile documents', () => {
  it.each(HOSTILE_INPUTS.map((input, i) => [input.name, i] as const))('%s', async (name, i) => {
    const { format, text } = HOSTILE_INPUTS[i];
    const input = join(dir, `hostile-${i}.${format === 'aif' ? 'json' : 'argdown'}`);
    const output = join(dir, `hostile-${i}.argmap`);
    await writeFile(input, text);

    const outcome = await runCli(['convert', input, output]);

    if (outcome.exitCode === 0) {
      const written = parseArgmap(await readFile(output, 'utf8'));
      expect(written.ok, `the map written for ${name}`).toBe(true);
    } else {
      expect(outcome.exitCode, name).toBe(1);
      // A refusal names the file and says why, in one line; never an unexpected failure.
      expect(outcome.stderr.join('\n'), name).toMatch(new RegExp(`^argmap: “${input}”: `));
    }
    expectUntouchedBuiltins(before, `converting ${name}`);
    await expectSampleRoundTrips(dir, `converting ${name}`);
    const sample = await runCli(['convert', SAMPLE_PATH, join(dir, 'sample.argdown')]);
    expect(sample.exitCode, `converting the sample after ${name}`).toBe(0);
  });
});
