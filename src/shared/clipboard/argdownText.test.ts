import { describe, expect, it } from 'vitest';
import { looksLikeArgdown } from './argdownText';

describe('telling pasted Argdown from plain lines', () => {
  it.each([
    ['a titled statement', '[Censorship]: The state should censor nothing.'],
    ['an argument', '<Harm>: Censorship harms.'],
    ['a relation to a statement', 'Claim A\n  + [Reason B]'],
    ['an outgoing attack', '[A]: text\n  -> <B>'],
    ['an undercut', '<A>\n  _> <B>'],
    ['a premise–conclusion structure', '(1) P\n(2) Q\n----\n(3) R'],
    ['front matter', '===\ntitle: Debate\n===\n\n[A]: B'],
  ])('reads %s as Argdown', (_, text) => {
    expect(looksLikeArgdown(text)).toBe(true);
  });

  it.each([
    ['an outline with kind labels', 'Claim: Taxes should rise\n  - Objection: Growth slows\n  - Reason: Schools'],
    ['a numbered list', '1. First\n2. Second'],
    ['prose with brackets later in a line', 'The study (see [3]) found <5% growth.'],
    ['a single dash rule', '---'],
  ])('reads %s as plain lines', (_, text) => {
    expect(looksLikeArgdown(text)).toBe(false);
  });
});
