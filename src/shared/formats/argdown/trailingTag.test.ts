import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { trailingTag } from './trailingTag';
import { importArgdown } from './argdownImport';

/** The pattern the importer searched with before: the first match, searching from the left. */
const TRAILING_TAG = /\s*#(?:\([^)]+\)|[a-zA-Z0-9\-\u00A0-\uD7FF\uF900-\uFDCF\uFDF0-\uFFEF]+)\s*$/;

describe('trailingTag', () => {
  it('finds what the pattern found, for texts made of what tags are made of', () => {
    const unit = fc.constantFrom('#', '(', ')', ' ', 'a', 'Z', '-', '.', '\u00A0', '\n', 'é', '\u2028', '\uD83D');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 16 }), (text) => {
        const match = TRAILING_TAG.exec(text);
        const expected = match && {
          start: match.index + match[0].indexOf('#'),
          tag: match[0]
            .trim()
            .slice(1)
            .replace(/^\((.*)\)$/, '$1'),
        };
        expect(trailingTag(text)).toEqual(expected);
      }),
      { numRuns: 20_000 },
    );
  });

  it('takes 1,000 tags off a statement (the pattern searched the whole text again for each)', () => {
    const tags = Array.from({ length: 1_000 }, (_, i) => `#t${i}`).join(' ');
    const outcome = importArgdown(`[A]: The claim ${tags}`);
    if (!outcome.ok) throw new Error(outcome.message);
    expect(Object.values(outcome.map.nodes)[0].text).toBe('The claim');
  });
});

describe('ids from titles', () => {
  it('are numbered as before when titles meet on one id, however many', () => {
    const outcome = importArgdown('[A!]: x\n\n[a?]: y\n\n[a 2]: z\n\n[a.]: w');
    if (!outcome.ok) throw new Error(outcome.message);
    expect(Object.keys(outcome.map.nodes)).toEqual(['s-a', 's-a-2', 's-a-2-2', 's-a-3']);
    const untitled = importArgdown(Array.from({ length: 3_000 }, (_, i) => `(1) p${i}\n----\n(2) c${i}`).join('\n\n'));
    if (!untitled.ok) throw new Error(untitled.message);
    expect(Object.keys(untitled.map.nodes)).toContain('s-untitled-6000');
  }, 120_000);
});
