import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as mapFiles from '../main/services/mapFiles';
import { runCli } from './main';
import { validateFiles } from './validate';

// The loader's real reader, which one test makes throw to reach the command line's last resort.
vi.mock('../main/services/mapFiles', async (original) => {
  const real = await original<typeof mapFiles>();
  return { ...real, readMapFile: vi.fn(real.readMapFile) };
});

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'argmap-bad-input-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The file: about 10 KB of an .argmap nested 5,000 levels deep. */
async function deepMap(): Promise<string> {
  const path = join(dir, 'deep.argmap');
  await writeFile(path, `{"format": "argmap", "version": 2, "map": ${'['.repeat(5_000)}${']'.repeat(5_000)}}`);
  return path;
}

const NESTED = /nested 5,001 levels deep; a map is at most 5 levels deep/;
/** A line of a stack trace, which the command line must never print. */
const STACK_LINE = /^\s+at /m;

describe('argmap on a deeply nested file', () => {
  it('validate names the file and the depth, exit 1', async () => {
    const path = await deepMap();
    const outcome = await runCli(['validate', path]);
    expect(outcome).toEqual({ stdout: [expect.stringMatching(NESTED)], stderr: [], exitCode: 1 });
    expect(outcome.stdout[0].startsWith(`${path}: `)).toBe(true);
  });

  it.each([['svg'], ['md'], ['aif']])('export --format %s refuses it with the loader’s message', async (format) => {
    const path = await deepMap();
    const outcome = await runCli(['export', path, '--format', format, '--out', join(dir, `out.${format}`)]);
    expect(outcome).toEqual({ stdout: [], stderr: [expect.stringMatching(NESTED)], exitCode: 1 });
    expect(outcome.stderr[0]).toMatch(/^argmap: “deep\.argmap”: /);
  });

  it('convert refuses it, and a deeply nested AIF file too', async () => {
    const path = await deepMap();
    const outcome = await runCli(['convert', path, join(dir, 'out.json')]);
    expect(outcome).toEqual({ stdout: [], stderr: [expect.stringMatching(NESTED)], exitCode: 1 });
    const aif = join(dir, 'deep.json');
    await writeFile(aif, `{"nodes": [], "edges": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`);
    const fromAif = await runCli(['convert', aif, join(dir, 'out.argmap')]);
    expect(fromAif.exitCode).toBe(1);
    expect(fromAif.stderr).toEqual([
      expect.stringMatching(/^argmap: “.*deep\.json”: The file is nested 100,001 levels/),
    ]);
  });

  it('prints one line and no stack trace from a real process', async () => {
    const path = await deepMap();
    const root = resolve(import.meta.dirname, '../..');
    const run = promisify(execFile);
    const args = ['--import', 'tsx', join(root, 'src/cli/main.ts'), 'export', path, '--format', 'md', '--out', '-'];
    const failed = await run(process.execPath, args, { cwd: root }).then(
      () => null,
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    expect(failed).toMatchObject({ code: 1, stdout: '' });
    expect(failed!.stderr).toMatch(NESTED);
    expect(failed!.stderr).not.toMatch(STACK_LINE);
    expect(failed!.stderr.trim().split('\n')).toHaveLength(1);
  }, 60_000);
});

describe('the last resort for an error no check foresaw', () => {
  const overflow = new RangeError('Maximum call stack size exceeded');

  it('export says `argmap: <file>: <message>` and exits 1, no stack trace', async () => {
    const path = await deepMap();
    vi.mocked(mapFiles.readMapFile).mockRejectedValueOnce(overflow);
    const outcome = await runCli(['export', '--format', 'svg', path]);
    expect(outcome).toEqual({
      stdout: [],
      stderr: [
        `argmap: ${path}: could not be processed (Maximum call stack size exceeded); this is a bug in Argmap, please report it.`,
      ],
      exitCode: 1,
    });
  });

  it('validate reports the file that failed and still checks the others', async () => {
    const path = await deepMap();
    let calls = 0;
    const reader = async (file: string) => {
      if (calls++ === 0) throw overflow;
      return mapFiles.readMapFile(file);
    };
    const outcome = await validateFiles(['first.argmap', path], reader);
    expect(outcome.exitCode).toBe(1);
    expect(outcome.stdout).toEqual([
      'first.argmap: could not be processed (Maximum call stack size exceeded); this is a bug in Argmap, please report it.',
      expect.stringMatching(NESTED),
    ]);
  });
});
