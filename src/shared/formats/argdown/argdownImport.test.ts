import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkArgumentMap } from '../../schema/argumentMapSchema';
import type { ArgumentMap } from '../../model/argumentMap';
import { importArgdown } from './argdownImport';
import { canonOfElements, canonOfMap, elementsFromCli } from './argdownTestSupport';

const FIXTURES = resolve(process.cwd(), '../shared/fixtures/argdown');
const fixtureNames = readdirSync(FIXTURES).filter((name) => name.endsWith('.argdown'));

function importFixture(name: string): ArgumentMap {
  const outcome = importArgdown(readFileSync(resolve(FIXTURES, name), 'utf8'), { title: name });
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.map;
}

const byTitle = (map: ArgumentMap, title: string) => Object.values(map.nodes).find((node) => node.title === title);

describe('Argdown fixtures import as Argdown itself reads them', () => {
  it('finds the fixtures', () => expect(fixtureNames.length).toBeGreaterThanOrEqual(5));

  it.each(fixtureNames)('%s: statements, arguments and relations match the CLI JSON', (name) => {
    const map = importFixture(name);
    expect(checkArgumentMap(map)).toMatchObject({ ok: true });
    const cli = JSON.parse(readFileSync(resolve(FIXTURES, `${name}-cli.json`), 'utf8'));
    const expected = canonOfElements(elementsFromCli(cli));
    const actual = canonOfMap(map);
    expect(actual.nodes).toEqual(expected.nodes);
    expect(actual.relations).toEqual(expected.relations);
  });

  it.each(fixtureNames)('%s: statements are theses or claims, arguments reasons, objections or rebuttals', (name) => {
    const map = importFixture(name);
    const cli = JSON.parse(readFileSync(resolve(FIXTURES, `${name}-cli.json`), 'utf8'));
    for (const title of Object.keys(cli.statements).filter((t) => !/^Untitled \d+$/.test(t))) {
      expect(['thesis', 'claim']).toContain(byTitle(map, title)?.kind);
    }
    for (const title of Object.keys(cli.arguments).filter((t) => !/^Untitled \d+$/.test(t))) {
      expect(['reason', 'objection', 'rebuttal']).toContain(byTitle(map, title)?.kind);
    }
  });
});

describe('kinds, tags and meta of the fixtures', () => {
  it('legalisation-softdrugs: pros are reasons, cons objections, attacks on cons rebuttals', () => {
    const map = importFixture('legalisation-softdrugs.argdown');
    const kind = (title: string) => byTitle(map, title)?.kind;
    expect(kind('Legalisation of Soft Drugs')).toBe('thesis');
    expect(kind('No harm, no ban')).toBe('reason');
    expect(kind('Law must protect')).toBe('objection');
    expect(kind('Coffee houses')).toBe('rebuttal');
    expect(kind('Addiction no reason to ban')).toBe('rebuttal');
    expect(kind('Poor reason')).toBe('objection');
    expect(byTitle(map, 'Tax revenue')?.tags).toEqual(['pro']);
    expect(byTitle(map, 'Tax revenue')?.text).toMatch(/alcohol and tobacco\.$/);
    expect(map.meta).toEqual({
      title: 'Pros and Cons Legalisation of Soft Drugs',
      author: 'Gregor Betz (adaptation to Argdown)',
      date: '2018-10-22',
      description: 'A Simple Analysis',
    });
  });

  it('legalisation-softdrugs: an undercut targets the inference of the argument it undercuts', () => {
    const map = importFixture('legalisation-softdrugs.argdown');
    const undercut = Object.values(map.relations).find((r) => r.from[0] === byTitle(map, 'Poor reason')?.id)!;
    expect(undercut.kind).toBe('undercut');
    const target = 'relation' in undercut.to ? map.relations[undercut.to.relation] : undefined;
    expect(target?.from).toEqual([byTitle(map, 'Alcohol and tobacco analogy')?.id]);
    expect(target?.to).toEqual({ node: byTitle(map, 'Legalisation of Soft Drugs')?.id });
  });

  it('state-censorship: a reconstruction becomes linked premises, and its argument entails the conclusion', () => {
    const map = importFixture('state-censorship.argdown');
    const argument = byTitle(map, 'Argument from racial hatred')!;
    const censorship = byTitle(map, 'Censorship')!;
    const inference = Object.values(map.relations).find(
      (r) => 'node' in r.to && r.to.node === censorship.id && r.from.length === 2,
    )!;
    expect(inference.from).toContain(byTitle(map, 'IRC-legislation')?.id);
    expect(Object.values(map.relations)).toContainEqual(
      expect.objectContaining({
        from: [argument.id],
        to: { node: censorship.id },
        kind: 'support',
        original: 'entails',
      }),
    );
  });

  it('veggie_debate: headings become tags, tags with spaces are kept', () => {
    const map = importFixture('veggie_debate.argdown');
    expect(byTitle(map, 'Fleisch-OK')?.tags).toEqual(['Zentrale Thesen']);
    expect(byTitle(map, 'Natürliche Nahrungsketten')?.tags).toEqual(expect.arrayContaining(['test test']));
  });

  it('argdown-primer: reports links, inference rules, headings and emphasis it could not keep as such', () => {
    const outcome = importArgdown(readFileSync(resolve(FIXTURES, 'argdown-primer.argdown'), 'utf8'));
    expect(outcome.ok && outcome.report.map((line) => line.message)).toEqual([
      '2 link addresses not kept (the linked words are)',
      'The name of an inference rule (over an inference line) was not kept: a relation has no place for it',
      '1 value from the data blocks of inference steps (the lines between premises and conclusion) was not kept',
      '21 statements and arguments kept the heading they stand under as a tag',
      '9 bold or italic passages kept as plain text',
    ]);
  });
});
