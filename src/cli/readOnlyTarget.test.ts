import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SAMPLE_PATH } from '../../scripts/sampleFiles';
import { convertCommand } from './convertCommand';
import { exportCommand } from './exportCommand';

// One rule for the app and the command line: a file the user made read-only is never replaced.
let dir: string;
beforeEach(async () => void (dir = await mkdtemp(join(tmpdir(), 'argmap-readonly-'))));
afterEach(() => rm(dir, { recursive: true, force: true }));

async function readOnlyFile(name: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, 'the user’s own');
  await chmod(path, 0o444);
  return path;
}

describe('a read-only output file', () => {
  it('argmap export refuses it (exit 1) and leaves it as it was, even as root', async () => {
    const out = await readOnlyFile('k.md');
    const outcome = await exportCommand([SAMPLE_PATH, '-f', 'md', '-o', out]);
    expect(outcome.exitCode).toBe(1);
    expect(outcome.stderr.join('\n')).toMatch(
      /“.*k\.md” is read-only; write to another file \(choose it with --out\) or make it writable first/,
    );
    expect(await readFile(out, 'utf8')).toBe('the user’s own');
  });

  it('argmap convert refuses it the same way', async () => {
    const out = await readOnlyFile('k.argdown');
    const outcome = await convertCommand([SAMPLE_PATH, out]);
    expect(outcome.exitCode).toBe(1);
    expect(outcome.stderr.join('\n')).toMatch(/“.*k\.argdown” is read-only/);
    expect(await readFile(out, 'utf8')).toBe('the user’s own');
  });
});
