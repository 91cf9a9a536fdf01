import { describe, expect, it } from 'vitest';
import { markdownOutline, markdownOutlineExport } from './markdownOutline';
import { MAX_OUTLINE_INDENT } from './outline';
import { tinyMap } from '../testing/tinyMap';
import { chainMap } from '../testing/longMaps';
import { loadSampleMap } from '../../../scripts/sampleFiles';

// Expected Markdown worked out by hand from the CommonMark spec; see markdownText.test.ts.

describe('markdownOutline', () => {
  it('writes the title, byline and a nested list with the kinds in bold, in outline order', () => {
    const map = { ...tinyMap(), meta: { title: 'Walk', author: 'A. Author', date: '2026-11-28', description: 'Why.' } };
    expect(markdownOutline(map)).toBe(
      [
        '# Walk',
        '',
        '_A. Author, 2026-11-28_',
        '',
        'Why.',
        '',
        '- **Thesis:** We should walk to work.',
        '  - **Reason:** Walking is healthy.',
        '  - **Objection:** It takes too long.',
        // The rebuttal undercuts the objection's step to the thesis: the outline says so.
        '    - **Rebuttal** _(undercut: questions whether the objection above tells against “We should walk to work.”)_: Only if you live far away.',
        '',
      ].join('\n'),
    );
  });

  it('escapes Markdown and entities in texts and puts notes and sources under their node', () => {
    const map = tinyMap();
    const [thesis] = Object.values(map.nodes);
    map.nodes[thesis.id] = {
      ...thesis,
      text: 'Use *stars*, [links] & &lt;tags&gt; &amp; more',
      notes: 'Check #3',
      source: { quote: 'As <b>said</b>' },
    };
    expect(markdownOutline(map)).toContain(
      '- **Thesis:** Use \\*stars\\*, \\[links\\] & \\&lt;tags\\&gt; \\&amp; more\\\n' +
        '  _Note:_ Check \\#3\n' +
        '  > As \\<b\\>said\\</b\\>\n',
    );
  });

  it('keeps line breaks as hard breaks, continuation lines inside their item or quote', () => {
    const map = tinyMap();
    const [, reason] = Object.values(map.nodes);
    map.nodes[reason.id] = {
      ...reason,
      text: 'Walking\n- is healthy\r\n1. and cheap',
      notes: 'a\nb',
      source: { quote: 'one\n> two' },
    };
    expect(markdownOutline(map)).toContain(
      '  - **Reason:** Walking\\\n    \\- is healthy\\\n    1\\. and cheap\\\n' +
        '    _Note:_ a\\\n    b\n' +
        '    > one\\\n    > \\> two\n',
    );
  });

  it('writes a title of several lines as an underlined heading, and a description of several as one paragraph', () => {
    const map = { ...tinyMap(), meta: { title: 'Walk\n# or ride', description: 'Why:\n- health' } };
    expect(markdownOutline(map)).toMatch(/^Walk\\\n\\# or ride\n===\n\nWhy:\\\n\\- health\n\n- \*\*Thesis/);
  });

  it('indents 32 levels at most; deeper items name their level', () => {
    const items = markdownOutline(chainMap(40, 'support'))
      .split('\n')
      .filter((line) => line.includes('- **'));
    expect(items).toHaveLength(40);
    expect(items[39]).toBe(`${'  '.repeat(MAX_OUTLINE_INDENT)}- **Reason, level 40:** Point 39 of the chain.`);
  });

  it('reports NUL, which renderers show as U+FFFD, and half surrogate pairs, which UTF-8 cannot hold', () => {
    const map = tinyMap();
    const [thesis] = Object.values(map.nodes);
    map.nodes[thesis.id] = { ...thesis, text: 'a\u0000b', notes: '\udc00' };
    expect(markdownOutlineExport(map).report.map((line) => line.message)).toEqual([
      '1 text with a NUL character, which Markdown renderers show as U+FFFD',
      '1 text with half a surrogate pair (not valid Unicode) written with U+FFFD in its place, as UTF-8 cannot hold it',
    ]);
    expect(markdownOutlineExport(tinyMap()).report).toEqual([]);
  });

  it('lists every node of the sample once, the thesis first', () => {
    const sample = loadSampleMap();
    const items = markdownOutline(sample)
      .split('\n')
      .filter((line) => /^\s*- \*\*/.test(line));
    expect(items).toHaveLength(Object.keys(sample.nodes).length);
    expect(items[0]).toMatch(/^- \*\*Thesis:\*\* Kazakhstan has established/);
  });
});
