import { describe, expect, it } from 'vitest';
import { looksLikeArgdown } from './argdownText';

describe('telling pasted Argdown from plain lines', () => {
  it.each([
    ['a titled statement', '[Censorship]: The state should censor nothing.'],
    ['an argument', '<Harm>: Censorship harms.'],
    ['a relation to a statement', 'Claim A\n  + [Reason B]'],
    ['a relation defining what it points to', '[A]: text\n  - <B>: An objection.'],
    ['an outgoing attack', '[A]: text\n  -> <B>'],
    ['an undercut', '<A>\n  _> <B>'],
    ['a premise–conclusion structure', '(1) P\n(2) Q\n----\n(3) R'],
    ['front matter before a statement', '===\ntitle: Debate\n===\n\n[A]: B'],
  ])('reads %s as Argdown', (_, text) => {
    expect(looksLikeArgdown(text)).toBe(true);
  });

  it.each([
    ['an outline with kind labels', 'Claim: Taxes should rise\n  - Objection: Growth slows\n  - Reason: Schools'],
    ['a numbered list', '1. First\n2. Second'],
    ['prose with brackets later in a line', 'The study (see [3]) found <5% growth.'],
    ['a single dash rule', '---'],
    ['a Markdown rule under a heading', '# Notes\n\n----\n\nMore'],
    ['a Markdown task list', '- [x] Book the hall\n- [ ] Invite the speakers\n  - [ ] Ask Ann'],
    ['a reference list', '[1] Smith, J. (2020). Mediation.\n[2] Lee, A. (2019).'],
    ['HTML', '<div class="x">Hello</div>\n<p>World</p>'],
    ['a link in angle brackets', '<https://example.org/a>'],
  ])('reads %s as plain lines', (_, text) => {
    expect(looksLikeArgdown(text)).toBe(false);
  });
});
