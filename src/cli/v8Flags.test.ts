import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { CLI_V8_FLAGS } from './v8Flags';

describe('the command line’s V8 flags', () => {
  // setFlagsFromString ignores a flag V8 does not know, so a Node that renamed it would quietly
  // lose the speed-up; given on the command line, an unknown flag stops Node with "bad option".
  it('are flags this Node’s V8 knows', async () => {
    const run = promisify(execFile);
    const { stderr } = await run(process.execPath, [...CLI_V8_FLAGS.split(' '), '-e', '']);
    expect(stderr).toBe('');
    await expect(run(process.execPath, ['--interrupt-budget-renamed=1', '-e', ''])).rejects.toThrow(/bad option/);
  });
});
