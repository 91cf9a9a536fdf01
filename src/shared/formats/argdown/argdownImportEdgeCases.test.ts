import { describe, expect, it } from 'vitest';
import type { ArgumentMap } from '../../model/argumentMap';
import { checkArgumentMap, LIMITS } from '../../schema/argumentMapSchema';
import { importArgdown } from './argdownImport';

function imported(text: string, title?: string) {
  const outcome = importArgdown(text, { title });
  if (!outcome.ok) throw new Error(outcome.message);
  expect(checkArgumentMap(outcome.map)).toMatchObject({ ok: true });
  return outcome;
}
const node = (map: ArgumentMap, title: string) => Object.values(map.nodes).find((n) => n.title === title)!;
const relationsFrom = (map: ArgumentMap, title: string) =>
  Object.values(map.relations).filter((r) => r.from.includes(node(map, title).id));
const messages = (outcome: { report: { message: string }[] }) => outcome.report.map((line) => line.message);

describe('importArgdown on unusual documents', () => {
  it('reads an empty document, or one of comments only, as an empty map', () => {
    for (const text of ['', '  \n\n', '// nothing here\n', '<!-- a comment -->']) {
      const { map, report } = imported(text, 'From file');
      expect(map).toEqual({ meta: { title: 'From file' }, nodes: {}, relations: {} });
      expect(report).toEqual([]);
    }
  });

  it('reads statements with no relations as theses', () => {
    const { map } = imported('[A]: First.\n\n[B]: Second.\n\nAn untitled third.');
    expect(Object.values(map.nodes).map((n) => [n.title, n.text, n.kind])).toEqual([
      ['A', 'First.', 'thesis'],
      ['B', 'Second.', 'thesis'],
      [undefined, 'An untitled third.', 'thesis'],
    ]);
    expect(map.relations).toEqual({});
  });

  it('refuses a document Argdown cannot read, naming the line', () => {
    const outcome = importArgdown('[A]: Fine.\n\n[B]: Not fine: snake_case here.\n');
    expect(outcome).toEqual({
      ok: false,
      message: expect.stringMatching(/^Argdown could not read the document: line 3: Incomplete italic/),
    });
  });

  it('imports what Argdown read past a syntax error, and says where the error was', () => {
    const outcome = imported('[A]: five < 6 and 7 > 3\n\n[B]: Fine.');
    expect(outcome.report[0]).toEqual({
      severity: 'dropped',
      message: expect.stringMatching(/^1 syntax error that Argdown read past \(at line 1: .+\); text around it may/),
    });
  });

  it.each([
    ['[', [[undefined, '[', 'thesis']], []],
    ['<', [[undefined, '<', 'thesis']], []],
    ['===\n', [[undefined, '===', 'thesis']], []],
    ['{', [[undefined, '{', 'thesis']], []],
    ['[A]: x\n  + [A]', [['A', 'x', 'thesis']], ['1 relation of a statement or argument with itself not kept']],
    [
      '<A>\n\n(1) [A]\n----\n(2) [A]',
      [
        ['A', '', 'thesis'],
        ['A', '', 'reason'],
      ],
      ['1 inference with no premise before it not kept'],
    ],
  ])('reads the fragment %j as what it is, a text or what Argdown made of it', (text, nodes, report) => {
    const outcome = imported(text);
    expect(Object.values(outcome.map.nodes).map((n) => [n.title, n.text, n.kind])).toEqual(nodes);
    expect(outcome.map.relations).toEqual({});
    expect(messages(outcome)).toEqual(report);
  });

  it.each([
    ['(1)', 'line 1: Missing text content.'],
    ['----', 'line 1: Invalid inference position.'],
  ])('refuses the fragment %j, naming the line and the problem', (text, problem) => {
    const outcome = importArgdown(text);
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.message).toMatch(`Argdown could not read the document: ${problem}`);
  });
});

describe('undercuts', () => {
  it('of a reconstructed argument: target its main inference', () => {
    const { map } = imported('<A>: a\n\n(1) [P]: p\n(2) [Q]: q\n----\n(3) [C]: c\n\n<U>: u\n  _> <A>');
    const [undercut] = relationsFrom(map, 'U');
    const target = 'relation' in undercut.to ? map.relations[undercut.to.relation] : undefined;
    expect(target?.from).toEqual([node(map, 'P').id, node(map, 'Q').id]);
    expect(target?.to).toEqual({ node: node(map, 'C').id });
    expect(node(map, 'U').kind).toBe('objection');
  });

  it('of an argument without relations: an attack on it, reported', () => {
    const outcome = imported('<A>: a\n\n<U>: u\n  _> <A>');
    expect(relationsFrom(outcome.map, 'U')).toMatchObject([
      { kind: 'attack', to: { node: node(outcome.map, 'A').id } },
    ]);
    expect(messages(outcome)).toEqual([
      '1 undercut of an argument with no inference to undercut drawn as an attack on it',
    ]);
  });

  it('of an argument with several relations: its first one, reported', () => {
    const outcome = imported('[X]: x\n\n[Y]: y\n\n<A>: a\n  +> [X]\n  -> [Y]\n\n<U>: u\n  _> <A>');
    const [undercut] = relationsFrom(outcome.map, 'U');
    const target = 'relation' in undercut.to ? outcome.map.relations[undercut.to.relation] : undefined;
    expect(target).toMatchObject({ kind: 'support', to: { node: node(outcome.map, 'X').id } });
    expect(messages(outcome)).toEqual(['1 undercut of an argument with several relations aimed at its first one']);
  });
});

describe('relation types, kinds, data and meta', () => {
  it('leaves the title empty when neither the front matter nor the caller names one', () => {
    const outcome = importArgdown('[A]: a');
    expect(outcome.ok && outcome.map.meta.title).toBe('');
    const named = importArgdown('[A]: a', { title: 'debate' });
    expect(named.ok && named.map.meta.title).toBe('debate');
  });

  it('keeps an attack and a contradiction between the same statements as two relations, a repeated one once', () => {
    // The schema's relationSignature, which counts the finer kind, decides what is the same relation.
    const outcome = imported('[A]: a\n  -> [B]\n  >< [B]\n  -> [B]\n\n[B]: b');
    expect(relationsFrom(outcome.map, 'A').map((r) => [r.kind, r.original])).toEqual([
      ['attack', undefined],
      ['attack', 'contradictory'],
    ]);
  });

  it('keeps contrary, contradictory and entails as the original of an attack or support', () => {
    const text =
      '===\nmodel:\n  mode: strict\n===\n\n[A]: a\n  +> [B]\n  -> [C]\n  >< [D]\n\n[B]: b\n\n[C]: c\n\n[D]: d';
    const outcome = imported(text);
    expect(relationsFrom(outcome.map, 'A').map((r) => [r.kind, r.original])).toEqual([
      ['support', 'entails'],
      ['attack', 'contrary'],
      ['attack', 'contradictory'],
    ]);
    expect(messages(outcome)).toEqual([
      '1 entailment drawn as a support (the export writes it back as it was)',
      '1 contrary relation drawn as an attack (the export writes it back as it was)',
      '1 contradiction drawn as an attack (the export writes it back as it was)',
    ]);
  });

  it('takes kind, notes and quote from data, and reports data it has no place for', () => {
    const text =
      '[A]: a {kind: Evidence, notes: "n", quote: "q", color: red}\n  +> <B>\n\n<B>: b {kind: recommendation}\n\n<C>: c {kind: banana}\n  -> <B>';
    const outcome = imported(text);
    expect(node(outcome.map, 'A')).toMatchObject({ kind: 'evidence', notes: 'n', source: { quote: 'q' } });
    expect(node(outcome.map, 'B').kind).toBe('recommendation');
    expect(node(outcome.map, 'C').kind).toBe('objection');
    expect(messages(outcome)).toEqual([
      '1 value from Argdown’s data blocks (color) was not kept',
      '1 kind named in Argdown’s data blocks (banana) is not a kind Argmap has; the kind was taken from the argument’s structure instead',
    ]);
  });

  it('reads the front matter: title, authors, date, subtitle and abstract', () => {
    const text =
      '===\ntitle: Debate\nauthor: [Ann, Bob]\ndate: 22/10/2018\nsubTitle: Sub\nabstract: About it.\n===\n\n[A]: a';
    expect(imported(text, 'file name').map.meta).toEqual({
      title: 'Debate',
      author: 'Ann, Bob',
      date: '2018-10-22',
      description: 'Sub\n\nAbout it.',
    });
    expect(imported('===\ndate: "2020-02-30"\n===\n\n[A]: a', 'file').map.meta).toEqual({ title: 'file' });
    expect(messages(imported('===\ndate: 05/06/2018\n===\n\n[A]: a'))).toEqual([
      'The date "05/06/2018" is ambiguous (5 June or 6 May 2018?); not kept',
    ]);
  });

  it('shortens a text over the limit, and says so', () => {
    const outcome = imported(`[A]: ${'word '.repeat(LIMITS.textLength / 4)}`);
    expect(node(outcome.map, 'A').text).toHaveLength(LIMITS.textLength);
    expect(outcome.report).toEqual([
      { severity: 'approximated', message: '1 text longer than 20,000 characters shortened' },
    ]);
  });
});
