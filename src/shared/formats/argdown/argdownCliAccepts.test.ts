import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportArgdown } from './argdownExport';
import { importArgdown } from './argdownImport';
import { makeMap } from './argdownTestMaps';

const run = promisify(execFile);
const ARGDOWN_CLI = resolve(import.meta.dirname, '../../../../node_modules/@argdown/cli/dist/cli.js');

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'argmap-argdown-cli-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** What Argdown's own command line (`argdown json`) makes of a text: its statements' texts, or its complaint. */
async function argdownCli(text: string): Promise<{ texts: string[] } | { error: string }> {
  const file = join(dir, 'map.argdown');
  await writeFile(file, text);
  try {
    await run(process.execPath, [ARGDOWN_CLI, 'json', file, dir], { timeout: 60_000 });
  } catch (error) {
    return { error: String((error as { stderr?: string }).stderr ?? error) };
  }
  const json = JSON.parse(await readFile(join(dir, 'map.json'), 'utf8'));
  const texts = Object.values(json.statements as Record<string, { members: { text?: string }[] }>).flatMap((s) =>
    s.members.map((m) => m.text ?? ''),
  );
  return { texts };
}

describe('Argdown’s own command line reads what Argmap writes', () => {
  it('escapes an @include( in texts, titles, tags, notes and the title, so the tool reads no file', async () => {
    const say = 'See @include(_x.argdown) for more';
    const map = makeMap(
      [
        { id: 't', text: say, kind: 'thesis', title: 'On @include(y)', tags: ['@include(z)'] },
        { id: 'r', text: 'A reason', notes: 'Notes naming @include(n.argdown).' },
      ],
      [{ kind: 'support', from: ['r'], to: 't' }],
    );
    map.meta.title = 'Map @include(meta.argdown)';
    const { text } = exportArgdown(map);
    expect(text).not.toMatch(/@include\(/);
    const read = await argdownCli(text);
    if ('error' in read) throw new Error(read.error);
    // Argdown's JSON keeps a statement's tags in its text.
    expect(read.texts).toContain(`${say} #(@include[z])`);
    const back = importArgdown(text);
    if (!back.ok) throw new Error(back.message);
    const nodes = Object.values(back.map.nodes);
    expect(nodes.map((n) => n.text)).toContain(say);
    expect(nodes.find((n) => n.text === 'A reason')?.notes).toBe('Notes naming @include(n.argdown).');
    expect(back.map.meta.title).toBe('Map @include(meta.argdown)');
  }, 90_000);
});
