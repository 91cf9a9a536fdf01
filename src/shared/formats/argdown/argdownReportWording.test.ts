import { describe, expect, it } from 'vitest';
import * as fields from './importFields';
import { ReportBuilder } from '../interop';
import { exportArgdown } from './argdownExport';
import { importArgdown } from './argdownImport';
import { makeMap } from './argdownTestMaps';
import { pushTo } from '../lists';
import { describeSchemaPath } from './schemaWords';

const importReport = (text: string): string[] => {
  const outcome = importArgdown(text);
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.report.map((line) => line.message);
};
const exportReport = (...spec: Parameters<typeof makeMap>): string[] =>
  exportArgdown(makeMap(...spec)).report.map((line) => line.message);

describe('import report lines read right for one and for many', () => {
  it.each([
    [
      '[A]: a\n  >< [B]\n  >< [C]\n\n[B]: b\n\n[C]: c',
      '2 contradictions drawn as attacks (the export writes them back as they were)',
    ],
    [
      '[A]: a {kind: banana}\n\n[B]: b {kind: apple}',
      '2 kinds named in Argdown’s data blocks, such as banana and apple, are not kinds Argmap has; the kind was taken from the argument’s structure instead',
    ],
    [
      '[A]: a {isInMap: false, source: x}\n\n[B]: b {isInMap: true, color: red}',
      '4 values from Argdown’s data blocks, such as isInMap, source and color, were not kept',
    ],
    [
      '<A>: a\n\n<B>: b\n\n<U>: u\n  _> <A>\n\n<V>: v\n  _> <B>',
      '2 undercuts of arguments with no inference to undercut drawn as attacks on them',
    ],
    [
      '[X]: x\n\n[Y]: y\n\n<A>: a\n  +> [X]\n  -> [Y]\n\n<B>: b\n  +> [X]\n  -> [Y]\n\n<U>: u\n  _> <A>\n\n<V>: v\n  _> <B>',
      '2 undercuts of arguments with several relations aimed at their first one',
    ],
    ['# Heading\n\n[A]: a', '1 statement or argument kept the heading it stands under as a tag'],
    [
      '[A]: five < 6 and 7 > 3\n\n[B]: ten < 11 and 12 > 3',
      "2 syntax errors that Argdown read past (the first at line 1: Expecting token of type --> EOF <-- but found --> '< 6 and 7 >' <--); text around them may be missing or misread",
    ],
    [
      '<A>\n\n(1) [A]\n----\n(2) [A]\n\n<B>\n\n(1) [B]\n----\n(2) [B]',
      '2 inferences with no premise before them not kept',
    ],
  ])('%j', (text, line) => expect(importReport(text)).toEqual([line]));

  it('names an ambiguous date’s two readings', () => {
    expect(importReport('===\ndate: 05/06/2018\n===\n\n[A]: a')).toEqual([
      'The date "05/06/2018" is ambiguous (5 June or 6 May 2018?); not kept',
    ]);
  });
});

describe('export report lines read right for one and for many', () => {
  const nodes = [
    { id: 'a', text: 'A' },
    { id: 'b', text: 'B', kind: 'thesis' as const },
    { id: 'c', text: 'C', kind: 'thesis' as const },
  ];

  it('names finer relation kinds in the inspector’s words', () => {
    expect(exportReport(nodes, [{ kind: 'support', original: 'rephrase', from: ['a'], to: 'b' }])).toContain(
      '1 rephrase (AIF MA) written as a support (Argdown has no rephrase)',
    );
    const twoRephrases = exportReport(nodes, [
      { kind: 'support', original: 'rephrase', from: ['a'], to: 'b' },
      { kind: 'support', original: 'rephrase', from: ['a'], to: 'c' },
    ]);
    expect(twoRephrases).toContain('2 rephrases (AIF MA) written as supports (Argdown has no rephrase)');
    expect(twoRephrases).toContain(
      '2 nodes without a title given one from their text, as Argdown refers to statements and arguments by title',
    );
  });

  it('gives one node a title from its text', () => {
    expect(exportReport([{ id: 'a', text: 'A reason.', kind: 'reason' }])).toContain(
      '1 node without a title given one from its text, as Argdown refers to statements and arguments by title',
    );
  });

  it('says when a relation merges with another that reads the same', () => {
    const report = exportReport(
      [
        { id: 'a', text: 'A', kind: 'reason' },
        { id: 'b', text: 'B', kind: 'thesis' },
      ],
      [
        { kind: 'support', from: ['a'], to: 'b' },
        { kind: 'support', original: 'entails', from: ['a'], to: 'b' },
      ],
    );
    expect(report).toContain('1 relation merged with another that reads the same in Argdown');
  });

  it('says what changed in tags: double spaces and tabs collapsed, spaces at the ends removed', () => {
    expect(exportReport([{ id: 'a', text: 'A', tags: ['two  spaces', 'tab\there', ' edge'] }])).toContain(
      '3 tags changed to fit Argdown (double spaces or tabs collapsed to one space, spaces at the ends removed)',
    );
  });
});

describe('a map the schema refuses', () => {
  const map = makeMap(
    [
      { id: 's-a', text: 'First premise, long enough to be cut when it is named.', title: 'A' },
      { id: 's-b', text: 'B' },
    ],
    [{ id: 'r-3', kind: 'support', from: ['s-a'], to: 's-b' }],
  );

  it('is described in words, not as a schema path', () => {
    expect(describeSchemaPath(map, 'relations.r-3.from')).toBe('the premises of the support from "A" to "B"');
    expect(describeSchemaPath(map, 'nodes.s-b.tags.0')).toBe('the tags of "B"');
    expect(describeSchemaPath(map, 'meta.source.title')).toBe("the map's source title");
  });
});

describe('names and helpers', () => {
  it('calls the importer of node text by what it does, apart from the converter importText', () => {
    expect(fields).not.toHaveProperty('importText');
    expect(fields.textWithoutTrailingTags('A claim #pro #(two words)', ['pro', 'two words'], new ReportBuilder())).toBe(
      'A claim',
    );
  });

  it('pushTo adds to the list under a key, starting one', () => {
    const lists = new Map<string, number[]>();
    pushTo(lists, 'a', 1);
    pushTo(lists, 'a', 2);
    pushTo(lists, 'b', 3);
    expect([...lists]).toEqual([
      ['a', [1, 2]],
      ['b', [3]],
    ]);
  });
});
