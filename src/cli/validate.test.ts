import { execFile } from 'node:child_process';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runCli, USAGE } from './main';
import { describeResult, validateFiles } from './validate';
import { readMapFile } from '../main/services/mapFiles';
import { serializeArgmap } from '../shared/formats/argmapFormat';
import { CURRENT_VERSION } from '../shared/schema/migrations';
import { tinyMap } from '../shared/testing/tinyMap';
import { SAMPLE_PATH } from '../../scripts/sampleFiles';
import { buildCli } from '../../scripts/buildCli';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'argmap-cli-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Writes a file into the temp folder and returns its path. */
async function file(name: string, content: string | Uint8Array): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

const envelope = (map: unknown, version = CURRENT_VERSION) => JSON.stringify({ format: 'argmap', version, map });

/** Asserts that validate refuses the file with exactly the message the app's loader gives. */
async function expectRefusedLikeTheApp(path: string, pattern: RegExp): Promise<void> {
  const app = await readMapFile(path);
  if (app.ok) throw new Error(`the app's loader accepted ${path}`);
  expect(app.message).toMatch(pattern);
  expect(await validateFiles([path])).toEqual({ stdout: [`${path}: ${app.message}`], stderr: [], exitCode: 1 });
}

describe('argmap validate', () => {
  it('says ok and exits 0 for the shipped sample', async () => {
    expect(await validateFiles([SAMPLE_PATH])).toEqual({ stdout: [`${SAMPLE_PATH}: ok`], stderr: [], exitCode: 0 });
  });

  it('says ok for a freshly serialised map', async () => {
    const path = await file('tiny.argmap', serializeArgmap(tinyMap()));
    expect(await validateFiles([path])).toMatchObject({ stdout: [`${path}: ok`], exitCode: 0 });
  });

  it('refuses text that is not JSON', async () => {
    await expectRefusedLikeTheApp(
      await file('notes.argmap', 'not json'),
      /^“notes\.argmap”: The file is not valid JSON/,
    );
  });

  it('refuses JSON that is not an Argmap map', async () => {
    await expectRefusedLikeTheApp(await file('other.argmap', '{"hello": 1}'), /lacks "format": "argmap"/);
  });

  it('refuses a map with the wrong schema and names the path', async () => {
    const map: any = tinyMap();
    map.nodes['n-r'].kind = 'musing';
    await expectRefusedLikeTheApp(await file('kind.argmap', envelope(map)), /damaged at map\.nodes\.n-r\.kind/);
  });

  it('refuses a file from a newer version', async () => {
    await expectRefusedLikeTheApp(
      await file('future.argmap', envelope(tinyMap(), CURRENT_VERSION + 1)),
      new RegExp(`format ${CURRENT_VERSION + 1}`),
    );
  });

  it('refuses a relation that points to a missing node', async () => {
    const map: any = tinyMap();
    map.relations['r-1'].to = { node: 'n-gone' };
    await expectRefusedLikeTheApp(await file('dangling.argmap', envelope(map)), /map\.relations\.r-1\.to.*n-gone/);
  });

  it('refuses duplicate ids: a node and a relation with the same id', async () => {
    const map: any = tinyMap();
    map.relations['n-o'] = { ...map.relations['r-2'], id: 'n-o' };
    map.relations['r-3'].to = { relation: 'n-o' };
    delete map.relations['r-2'];
    await expectRefusedLikeTheApp(
      await file('clash.argmap', envelope(map)),
      /map\.relations\.n-o\.id: Id "n-o" is used by a node and a relation/,
    );
  });

  it('refuses duplicate ids: the same node id twice in the file', async () => {
    // JSON.parse would keep only the last of two equal keys and lose a node without a word.
    const text = serializeArgmap(tinyMap()).replace(
      '"n-r": {',
      '"n-r": { "id": "n-r", "kind": "reason", "text": "First copy", "position": { "x": 0, "y": 0 }, "tags": [] },\n"n-r": {',
    );
    await expectRefusedLikeTheApp(await file('same-key.argmap', text), /map\.nodes\.n-r: "n-r" appears twice/);
  });

  it('refuses a binary file', async () => {
    await expectRefusedLikeTheApp(
      await file('photo.argmap', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01])),
      /binary file/,
    );
  });

  it('refuses a missing file', async () => {
    await expectRefusedLikeTheApp(join(dir, 'gone.argmap'), /“gone\.argmap” does not exist/);
  });

  it('refuses a folder', async () => {
    await mkdir(join(dir, 'folder.argmap'));
    await expectRefusedLikeTheApp(join(dir, 'folder.argmap'), /is a folder, not a map file/);
  });

  it('keeps the app’s message on one line when it quotes a line break from the file', async () => {
    const path = await file('notes.argmap', 'hello\nworld\n');
    const app = await readMapFile(path);
    if (app.ok) throw new Error('accepted plain text');
    const outcome = await validateFiles([path]);
    expect(outcome.stdout).toHaveLength(1);
    expect(outcome.stdout[0]).not.toMatch(/[\r\n]/);
    expect(outcome.stdout[0]).toBe(`${path}: ${app.message.replace(/\s*\n\s*/g, ' ')}`);
  });

  it('prints one line per file in the given order and exits 1 if any file is bad', async () => {
    const good = await file('good.argmap', serializeArgmap(tinyMap()));
    const bad = await file('bad.argmap', '{');
    const gone = join(dir, 'gone.argmap');
    const outcome = await validateFiles([good, bad, SAMPLE_PATH, gone]);
    expect(outcome.exitCode).toBe(1);
    expect(outcome.stdout).toHaveLength(4);
    expect(outcome.stdout[0]).toBe(`${good}: ok`);
    expect(outcome.stdout[1]).toMatch(new RegExp(`^${bad}: “bad\\.argmap”: The file is not valid JSON`));
    expect(outcome.stdout[2]).toBe(`${SAMPLE_PATH}: ok`);
    expect(outcome.stdout[3]).toMatch(/gone\.argmap: “gone\.argmap” does not exist/);
  });
});

describe('argmap argument parsing', () => {
  it('prints the usage on --help and exits 0', async () => {
    expect(await runCli(['--help'])).toEqual({ stdout: [USAGE], stderr: [], exitCode: 0 });
    expect(await runCli(['-h'])).toMatchObject({ exitCode: 0 });
  });

  it('refuses an unknown command with the usage on stderr and exit 2', async () => {
    const outcome = await runCli(['frobnicate', 'x.argmap']);
    expect(outcome).toMatchObject({ stdout: [], exitCode: 2 });
    expect(outcome.stderr.join('\n')).toContain('unknown command "frobnicate"');
    expect(outcome.stderr.join('\n')).toContain(USAGE);
  });

  it('refuses no command and validate without files with exit 2', async () => {
    expect(await runCli([])).toMatchObject({ stdout: [], exitCode: 2 });
    const outcome = await runCli(['validate']);
    expect(outcome).toMatchObject({ stdout: [], exitCode: 2 });
    expect(outcome.stderr[0]).toMatch(/at least one FILE/);
  });

  it('refuses an unknown option with exit 2', async () => {
    expect(await runCli(['validate', '--fast', SAMPLE_PATH])).toMatchObject({ stdout: [], exitCode: 2 });
  });

  it('validates files after --, even one whose name starts with a dash', async () => {
    const outcome = await runCli(['validate', '--', SAMPLE_PATH, '-odd.argmap']);
    expect(outcome.exitCode).toBe(1);
    expect(outcome.stdout).toEqual([`${SAMPLE_PATH}: ok`, expect.stringMatching(/^-odd\.argmap: .*does not exist/)]);
  });
});

describe('the built bin', () => {
  const root = resolve(import.meta.dirname, '../..');
  const run = promisify(execFile);
  /** Runs `node bin/argmap.mjs …` and returns its output and exit code, never rejecting. */
  async function argmap(...args: string[]) {
    try {
      const { stdout, stderr } = await run(process.execPath, [join(root, 'bin/argmap.mjs'), ...args], { cwd: root });
      return { stdout, stderr, code: 0 };
    } catch (error: any) {
      return { stdout: error.stdout as string, stderr: error.stderr as string, code: error.code as number };
    }
  }

  beforeAll(async () => {
    await buildCli(); // the same build `npm run build` runs, so this tests what users get
  }, 60_000);

  it('validates the sample (exit 0) and reports bad files (exit 1) as a child process', async () => {
    const sample = 'resources/examples/kazakhstan-mediator.argmap';
    expect(await argmap('validate', sample)).toEqual({ stdout: `${sample}: ok\n`, stderr: '', code: 0 });

    const bad = await file('bad.argmap', '[]');
    const mixed = await argmap('validate', sample, bad);
    expect(mixed.code).toBe(1);
    expect(mixed.stdout).toBe(`${sample}: ok\n${describeResult(bad, await readMapFile(bad))}\n`);

    const usage = await argmap('nonsense');
    expect(usage).toMatchObject({ stdout: '', code: 2 });
    expect(usage.stderr).toContain('Usage: argmap');
  }, 30_000);
});
