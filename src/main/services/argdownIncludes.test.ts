import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../cli/main';
import { importArgdown } from '../../shared/formats/argdown';
import { importDocument } from './importDocument';
import { followArgdownIncludes } from './argdownIncludes';
import { stopImportWorker } from './import/importOffThread';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'argmap-include-'));
  await mkdir(join(dir, 'project', 'parts'), { recursive: true });
});
afterEach(async () => {
  stopImportWorker();
  await rm(dir, { recursive: true, force: true });
});
const at = (...parts: string[]): string => join(dir, 'project', ...parts);

const MAIN = '# Sugar\n\n[Tax]: Taxes on sugar should rise.\n\n@include(_reasons.argdown)\n';

async function project(): Promise<void> {
  await writeFile(at('main.argdown'), MAIN);
  await writeFile(
    at('_reasons.argdown'),
    '<Health>: Sugar harms health.\n  +> [Tax]\n\n@include(parts/_objection.argdown)\n',
  );
  await writeFile(at('parts', '_objection.argdown'), '[Freedom]: People may eat what they like.\n  -> [Tax]\n');
}

const texts = (text: string): string[] => {
  const outcome = importArgdown(text);
  if (!outcome.ok) throw new Error(outcome.message);
  return Object.values(outcome.map.nodes)
    .map((node) => node.text)
    .sort();
};

describe('Argdown @include', () => {
  it('puts included files in place, relative to the file that names them, and says which were read', async () => {
    await project();
    const followed = await followArgdownIncludes(at('main.argdown'), MAIN);
    if (!followed.ok) throw new Error(followed.message);
    expect(followed.text).not.toMatch(/@include/);
    expect(texts(followed.text)).toEqual([
      'People may eat what they like.',
      'Sugar harms health.',
      'Taxes on sugar should rise.',
    ]);
    expect(followed.report[0].message).toMatch(
      /^The text of 2 included files \(_reasons\.argdown, parts\/_objection\.argdown\)/,
    );
  });

  it('is followed by File › Import… and by argmap convert', async () => {
    await project();
    const imported = await importDocument(at('main.argdown'));
    if (!imported.ok) throw new Error(imported.message);
    const opened = imported.loaded.opened;
    if (!opened.result.ok) throw new Error('no map');
    expect(Object.keys(opened.result.map.nodes)).toHaveLength(3);
    expect(opened.imported?.report[0].message).toMatch(/2 included files/);
    const converted = await runCli(['convert', at('main.argdown'), at('all.argdown')]);
    expect(converted.exitCode).toBe(0);
    expect(converted.stderr.join('\n')).toMatch(/2 included files/);
  }, 30_000);

  it('includes a file named twice once, as Argdown does, and says so', async () => {
    await project();
    const twice = `${MAIN}\n@include(_reasons.argdown)\n`;
    const followed = await followArgdownIncludes(at('main.argdown'), twice);
    if (!followed.ok) throw new Error(followed.message);
    expect(texts(followed.text)).toHaveLength(3);
    expect(followed.report.map((line) => line.message)).toContain(
      '1 @include of a file already included was left out, as Argdown does',
    );
  });

  it('refuses a cycle of includes, naming it, with exit 1 from convert', async () => {
    await writeFile(at('main.argdown'), '[A]: a\n\n@include(_b.argdown)\n');
    await writeFile(at('_b.argdown'), '[B]: b\n\n@include(main.argdown)\n');
    const followed = await followArgdownIncludes(at('main.argdown'), '[A]: a\n\n@include(_b.argdown)\n');
    expect(followed).toMatchObject({
      ok: false,
      message: expect.stringMatching(
        /“_b\.argdown” includes “main\.argdown” \(line 3\), which leads back to itself \(main\.argdown → _b\.argdown → main\.argdown\)/,
      ),
    });
    const converted = await runCli(['convert', at('main.argdown'), at('out.argmap')]);
    expect(converted.exitCode).toBe(1);
    expect(converted.stderr.join('\n')).toMatch(/cycle of includes/);
  });

  it('refuses a file outside the imported file’s folder, by a path or by a link', async () => {
    await writeFile(join(dir, 'secret.argdown'), '[S]: secret\n');
    const up = await followArgdownIncludes(at('main.argdown'), '@include(../secret.argdown)');
    expect(up).toMatchObject({ ok: false, message: expect.stringMatching(/outside the folder of the imported file/) });
    const absolute = await followArgdownIncludes(at('main.argdown'), `@include(${join(dir, 'secret.argdown')})`);
    expect(absolute).toMatchObject({ ok: false, message: expect.stringMatching(/outside the folder/) });
    await symlink(join(dir, 'secret.argdown'), at('link.argdown'));
    const linked = await followArgdownIncludes(at('main.argdown'), '@include(link.argdown)');
    expect(linked).toMatchObject({ ok: false, message: expect.stringMatching(/outside the folder/) });
  });

  it('refuses an include that cannot be read, naming the file and line', async () => {
    await writeFile(at('main.argdown'), MAIN);
    const imported = await importDocument(at('main.argdown'));
    expect(imported).toMatchObject({
      ok: false,
      message: expect.stringMatching(
        /^“main\.argdown” includes “_reasons\.argdown” \(line 5\), which could not be read: /,
      ),
    });
  });

  it('says so when pasted text has an @include it cannot follow', () => {
    const outcome = importArgdown('[A]: a\n\n@include(_x.argdown)\n');
    expect(outcome.ok && outcome.report.map((line) => line.message)).toContain(
      '1 @include line not followed (text without a file of its own has no folder to read it from); import the file with File › Import… to include it',
    );
  });
});
