import { describe, expect, it } from 'vitest';
import { escapeMarkdownLine, markdownLines } from './markdownText';

// Expected strings worked out by hand from the CommonMark spec (0.31) and GitHub's extensions:
// no Markdown renderer is a dependency of this project to hold them to.

describe('escapeMarkdownLine', () => {
  it('escapes what opens syntax anywhere in a line', () => {
    expect(escapeMarkdownLine('a*b_c`d[e]f<g>h#i|j~k$l\\m', false)).toBe(
      'a\\*b\\_c\\`d\\[e\\]f\\<g\\>h\\#i\\|j\\~k\\$l\\\\m',
    );
  });

  it('escapes & where a named entity would start; in a numeric one the escaped # does it', () => {
    expect(escapeMarkdownLine('Fish &amp; chips & peas &lt; &#60; &#x3C; &copy &;', false)).toBe(
      'Fish \\&amp; chips & peas \\&lt; &\\#60; &\\#x3C; &copy &;',
    );
  });

  it('escapes list bullets and numbers, underlines and breaks at the start of a line only', () => {
    const cases: [string, string][] = [
      ['- a', '\\- a'],
      ['+ a', '\\+ a'],
      ['= a', '\\= a'],
      ['---', '\\---'],
      ['===', '\\==='],
      ['1. a', '1\\. a'],
      ['12) a', '12\\) a'],
      ['# a', '\\# a'],
      ['> a', '\\> a'],
      ['* a', '\\* a'],
      ['  - indented', '\\- indented'],
      ['2021 was a year', '2021 was a year'],
    ];
    for (const [line, escaped] of cases) expect(escapeMarkdownLine(line, true), line).toBe(escaped);
    expect(escapeMarkdownLine('- a', false)).toBe('- a');
    expect(escapeMarkdownLine('1. a', false)).toBe('1. a');
  });
});

describe('markdownLines', () => {
  it('keeps every kind of line break as a hard break, continuation lines indented and escaped', () => {
    expect(markdownLines('first\nsecond\r\n- third\r\rfifth', '    ')).toBe(
      'first\\\n    second\\\n    \\- third\\\n    \\\n    fifth',
    );
  });

  it('drops whitespace at the ends, as a renderer would; a first line after a label is not at a line start', () => {
    expect(markdownLines('  \n- a  ', '  ')).toBe('- a');
    expect(markdownLines('- a', '  ', true)).toBe('\\- a');
  });

  it('keeps a backslash ending a line apart from the hard break after it', () => {
    expect(markdownLines('a\\\nb', '')).toBe('a\\\\\\\nb');
  });
});
