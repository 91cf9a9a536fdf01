import { describe, expect, it } from 'vitest';
import type { ArgumentMap } from '../../model/argumentMap';
import { checkArgumentMap } from '../../schema/argumentMapSchema';
import { ReportBuilder } from '../interop';
import { importArgdown } from './argdownImport';
import { parseArgdown } from './argdownParser';
import { readWithArgdown } from './argdownTestSupport';
import { importNodes } from './importNodes';
import { importRelations } from './importRelations';

function imported(text: string, title?: string) {
  const outcome = importArgdown(text, { title });
  if (!outcome.ok) throw new Error(outcome.message);
  expect(checkArgumentMap(outcome.map)).toMatchObject({ ok: true });
  return outcome;
}
const titles = (map: ArgumentMap) => Object.values(map.nodes).map((node) => node.title);
const node = (map: ArgumentMap, title: string) => Object.values(map.nodes).find((n) => n.title === title)!;
const messages = (outcome: { report: { message: string }[] }) => outcome.report.map((line) => line.message);

describe('YAML Argdown cannot read', () => {
  const badData = '[A]: a\n  + <R>: r\n\n[B]: b {kind: "x}\n\n[C]: c';

  it('costs the data block only: the rest of the document is imported, and the report names the line', () => {
    const outcome = imported(badData);
    expect(titles(outcome.map)).toEqual(['A', 'B', 'C', 'R']);
    expect(outcome.report).toEqual([
      {
        severity: 'dropped',
        message:
          'Argdown could not read the data on line 4 (unexpected end of the stream within a double quoted scalar); its statement or argument was kept without it',
      },
    ]);
  });

  it('counts several bad blocks, naming the first; a block over several lines is as good as lost on its own', () => {
    const outcome = imported('[A]: a {\n  kind: "x\n}\n\n[B]: b {notes: [}\n\n[C]: c {kind: evidence}');
    expect(titles(outcome.map)).toEqual(['A', 'B', 'C']);
    expect(node(outcome.map, 'C').kind).toBe('evidence');
    // js-yaml stops at the end of the first block, where the quote should have closed.
    expect(messages(outcome)).toEqual([
      'Argdown could not read the data of 2 statements or arguments (the first on line 3: unexpected end of the stream within a double quoted scalar); they were kept without it',
    ]);
  });

  it('costs the front matter only, and says what it held', () => {
    const outcome = imported('===\ntitle: a: b: c\n===\n\n[A]: a', 'file name');
    expect(titles(outcome.map)).toEqual(['A']);
    expect(outcome.map.meta).toEqual({ title: 'file name' });
    expect(messages(outcome)).toEqual([
      'Argdown could not read the front matter (line 2: bad indentation of a mapping entry); the title, author, date and settings in it were not kept',
    ]);
  });

  it('is an error to the tests’ own Argdown reader, which compares exports with what Argdown reads', () => {
    expect(() => readWithArgdown(badData)).toThrow(/double quoted scalar/);
    expect(() => readWithArgdown('===\ntitle: a: b: c\n===\n\n[A]: a')).toThrow(/bad indentation/);
  });

  it('is listed with the model by the parser, which reads the rest', () => {
    const parsed = parseArgdown(badData);
    expect(parsed.ok && parsed.model.dataProblems).toEqual([
      { frontMatter: false, line: 4, message: 'unexpected end of the stream within a double quoted scalar' },
    ]);
  });
});

describe('undercuts', () => {
  it('in a cycle become attacks, reported as a cycle; an undercut of one of them still undercuts', () => {
    const outcome = imported('<A>: a\n  _> <B>\n\n<B>: b\n  _> <A>\n\n<C>: c\n  _> <A>');
    const [a, b, c] = ['A', 'B', 'C'].map((title) => node(outcome.map, title).id);
    const relations = Object.values(outcome.map.relations);
    expect(relations.map((r) => [r.kind, r.from, r.to])).toEqual([
      ['attack', [a], { node: b }],
      ['attack', [b], { node: a }],
      ['undercut', [c], { relation: relations[0].id }],
    ]);
    expect(messages(outcome)).toEqual([
      '2 undercuts in a cycle of undercuts (each aimed at the next) drawn as attacks on the arguments they undercut',
    ]);
  });

  it('are settled in one pass over the relations, however they are ordered', () => {
    // A chain written back to front: each undercuts the argument below, whose first relation is its own undercut.
    const n = 300;
    const lines = Array.from({ length: n }, (_, i) => `<U${n - i}>: u${n - i}\n  _> <U${n - i - 1}>`);
    const parsed = parseArgdown([...lines, '<U0>: u0\n  -> [T]', '[T]: t'].join('\n\n'));
    if (!parsed.ok) throw new Error(parsed.message);
    let reads = 0;
    const model = {
      ...parsed.model,
      relations: new Proxy(parsed.model.relations, {
        get(target, key, receiver) {
          if (typeof key === 'string' && /^\d+$/.test(key)) reads += 1;
          return Reflect.get(target, key, receiver);
        },
      }),
    };
    const report = new ReportBuilder();
    const { relations } = importRelations(model, importNodes(model, report), report);
    const kinds = Object.values(relations).map((relation) => relation.kind);
    expect(kinds.filter((kind) => kind === 'undercut')).toHaveLength(n);
    expect(report.lines()).toEqual([]);
    // Retrying every waiting undercut until none moves read the relations about n³/2 times.
    expect(reads).toBeLessThan(10 * (n + 1));
  });
});

describe('inferences naming statements that are not above them', () => {
  const document = (uses: string) =>
    `<A>: a\n\n(1) [P]: p\n(2) [Q]: q\n-- {uses: ${uses}} --\n(3) [C]: c\n(4) [R]: r\n----\n(5) [D]: d`;
  const premisesOf = (map: ArgumentMap, conclusion: string) =>
    Object.values(map.relations)
      .filter((r) => r.from.length > 0 && 'node' in r.to && r.to.node === node(map, conclusion).id)
      .filter((r) => !r.original)
      .map((r) => r.from.map((id) => map.nodes[id].title));

  it('use the premises listed above them when nothing they name is, and the report names the numbers', () => {
    const outcome = imported(document('[5, 7]'));
    expect(premisesOf(outcome.map, 'C')).toEqual([['P', 'Q']]);
    expect(messages(outcome)).toEqual([
      '1 inference names (5), (7), which are not above it: the premises listed above it used instead',
    ]);
  });

  it('use what they name that is above them, and the report names the rest', () => {
    const outcome = imported(document('[1, 9]'));
    expect(premisesOf(outcome.map, 'C')).toEqual([['P']]);
    expect(messages(outcome)).toEqual(['1 inference names (9), which is not above it: that number ignored']);
  });
});

describe('texts over the limits', () => {
  it('are shortened with one wording, approximated, titles and tags too', () => {
    const outcome = imported(`[${'T'.repeat(250)}]: a #${'g'.repeat(150)}`);
    expect(outcome.report).toEqual([
      { severity: 'approximated', message: '1 title longer than 200 characters shortened' },
      { severity: 'approximated', message: '1 tag longer than 100 characters shortened' },
    ]);
  });

  it('are shortened to whole characters', () => {
    const text = `${'a'.repeat(19_999)}😀 and more`;
    const outcome = imported(`[A]: ${text}`);
    expect(node(outcome.map, 'A').text).toBe('a'.repeat(19_999));
  });

  it('in the front matter are shortened and reported too', () => {
    const long = 'x'.repeat(20_001);
    const outcome = imported(`===\ntitle: ${long}\nauthor: ${long}\nabstract: ${long}\n===\n\n[A]: a`);
    expect(outcome.map.meta.title).toHaveLength(20_000);
    expect(outcome.map.meta.description).toHaveLength(20_000);
    expect(messages(outcome)).toEqual([
      '1 map title longer than 20,000 characters shortened',
      '1 author longer than 20,000 characters shortened',
      '1 description longer than 20,000 characters shortened',
    ]);
  });
});
