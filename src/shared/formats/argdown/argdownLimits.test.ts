import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { ARGDOWN_LIMITS as L, argdownLimitProblem } from './argdownLimits';
import { importArgdown } from './argdownImport';
import { exportArgdown } from './argdownExport';
import { parseArgmap } from '../argmapFormat';
import { chainMap } from '../../testing/chainMaps';
import { generatedArgumentTree } from '../../testing/generatedMaps';

const MB = 1024 * 1024;
/** Lines of a pattern ($ is the line's number), with a blank line after every `paragraph` of them. */
function lines(count: number, pattern: string, paragraph = 100): string {
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push(pattern.replace('$', String(i)) + ((i + 1) % paragraph === 0 ? '\n' : ''));
  return out.join('\n');
}

/** Refused before parsing, with a message naming the limit; the import says the same. */
function expectRefused(text: string, message: RegExp): void {
  const problem = argdownLimitProblem(text);
  expect(problem).toMatch(message);
  expect(problem).toMatch(/; Argmap reads Argdown documents with /);
  expect(importArgdown(text)).toEqual({ ok: false, message: problem });
}

describe('Argdown documents past a limit are refused before Argdown reads them', () => {
  it.each([
    ['a line too long', `[A]: ${'a'.repeat(L.lineLength)}`, /a line of 100,005 characters \(line 1\).*up to 100,000/],
    ['too many lines', lines(L.lines + 1, '+ <A$>', 100), /more than 200,000 lines.*up to 200,000 lines/],
    ['too many paragraphs', lines(L.paragraphs + 1, 'point $', 1), /more than 50,000 paragraphs.*up to 50,000/],
    ['too many marks', lines(1_001, `+ ${'a.'.repeat(500)}`, 100), /more than 500,000 brackets, punctuation/],
    [
      'too many tags',
      `[A]: a ${Array.from({ length: L.tags + 1 }, (_, i) => `#t${i}`).join(' ')}`,
      /has more than 1,000 tags on one statement \(from line 1\)/,
    ],
    ['a statement too long', `[A]: a\n${lines(L.statementLines, 'and more', Infinity)}`, /runs over more than 200/],
    [
      'indentation too deep',
      lines(L.depth + 2, '$', Infinity).replace(/^(\d+)$/gm, (_, i: string) => `${'  '.repeat(Number(i))}+ [S${i}]`),
      /indented more than 64 levels deep \(line 66\)/,
    ],
    ['a line full of brackets', `[A]: ${'[x '.repeat(30_000)}`, /lines full of “\[” and “<” \(the most on line 1\)/],
    [
      'data never closed',
      lines(20_000, '[B$]: x {', 1),
      /leaves [\d,]+ “\{”, “\/\*”, “<!--” or “===” without an end for long stretches \(the first on line 1\)/,
    ],
  ])('%s', (_, text, message) => expectRefused(text, message), 120_000);

  it.each([
    ['a million short statements', () => lines(Math.ceil((40 * MB) / 40), '[S$]: Statement number $ says so.', 1)],
    ['one line of 40 MB', () => `[A]: ${'word '.repeat((40 * MB) / 5)}`],
    [
      'indentation 6,000 levels deep',
      () => lines(6_000, '$', Infinity).replace(/^(\d+)$/gm, (_, i: string) => `${'  '.repeat(Number(i))}+ [S${i}]`),
    ],
    ['40 MB of unclosed comments', () => lines((40 * MB) / 20, '/* never closed $', 1)],
  ])(
    'a 40 MB document: %s',
    (_, make) => {
      const text = make();
      expect(text.length).toBeGreaterThan(6_000);
      expect(argdownLimitProblem(text)).toMatch(/^The Argdown document .*; Argmap reads Argdown documents with /);
    },
    120_000,
  );

  it('reads a document of emphasis opened again and again to its end, and refuses it in words', () => {
    const outcome = importArgdown(`[A]: ${'a*b_c '.repeat(100)}`);
    expect(outcome).toEqual({ ok: false, message: expect.stringMatching(/nests too deeply for Argdown’s reader/) });
  });
});

describe('what Argmap writes is within every limit', () => {
  it('the sample map and 20,000-node maps exported as Argdown', () => {
    const sample = parseArgmap(readFileSync('resources/examples/kazakhstan-mediator.argmap', 'utf8'));
    if (!sample.ok) throw new Error(sample.message);
    for (const map of [
      sample.map,
      chainMap('attack', 20_000),
      chainMap('undercut', 20_000),
      generatedArgumentTree(20_000),
    ])
      expect(argdownLimitProblem(exportArgdown(map).text)).toBeNull();
  }, 240_000);
});
