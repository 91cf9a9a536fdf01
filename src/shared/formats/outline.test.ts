import { describe, expect, it } from 'vitest';
import { markdownOutline, outlineEntries, plainTextOutline } from './outline';
import { asNodeId, asRelationId } from '../model/ids';
import { tinyMap } from '../testing/tinyMap';
import { loadSampleMap } from '../../../scripts/sampleFiles';

const [t, r, o, u] = ['n-t', 'n-r', 'n-o', 'n-u'].map(asNodeId);

describe('plainTextOutline', () => {
  it('writes the tiny map as an indented tree, undercuts under the objection they rebut', () => {
    expect(plainTextOutline(tinyMap())).toBe(
      [
        'Thesis: We should walk to work.',
        '  Reason: Walking is healthy.',
        '  Objection: It takes too long.',
        '    Rebuttal: Only if you live far away.',
      ].join('\n'),
    );
  });

  it('lists every node of the sample exactly once, the thesis first', () => {
    const sample = loadSampleMap();
    const lines = plainTextOutline(sample).split('\n');
    expect(lines).toHaveLength(32);
    expect(lines[0]).toBe(`Thesis: ${sample.nodes[asNodeId('n-profile')].text}`);
    for (const node of Object.values(sample.nodes)) {
      expect(
        lines.filter((line) => line.trimStart().endsWith(`: ${node.text}`)),
        node.id,
      ).toHaveLength(1);
    }
    const entries = outlineEntries(sample);
    expect(entries.map((entry) => entry.node.id).sort()).toEqual(Object.keys(sample.nodes).sort());
    // A child sits one level below its parent, which comes earlier and says it has children.
    entries.forEach((entry, i) => {
      if (!entry.parent) return expect(entry.depth).toBe(0);
      const parent = entries.findIndex((other) => other.node.id === entry.parent);
      expect(parent).toBeLessThan(i);
      expect(entries[parent].depth).toBe(entry.depth - 1);
      expect(entries[parent].hasChildren).toBe(true);
      expect(entry.relation?.from).toContain(entry.node.id);
    });
  });

  it('survives a cycle and joins multi-line texts', () => {
    const map = tinyMap();
    const back = asRelationId('r-back');
    map.relations[back] = { id: back, kind: 'support', from: [t], to: { node: r } };
    map.nodes[r] = { ...map.nodes[r], text: 'Walking\n  is healthy.' };
    const lines = plainTextOutline(map).split('\n');
    expect(lines).toHaveLength(4);
    expect(lines.filter((line) => line.includes('Reason: Walking is healthy.'))).toHaveLength(1);
  });

  it('can be limited to some nodes: those whose parent is left out become roots', () => {
    const entries = outlineEntries(tinyMap(), new Set([o, u]));
    expect(entries.map(({ node, depth }) => [node.id, depth])).toEqual([
      [o, 0],
      [u, 1],
    ]);
  });
});

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
        '    - **Rebuttal:** Only if you live far away.',
        '',
      ].join('\n'),
    );
  });

  it('escapes Markdown in texts and adds sources and notes under their node', () => {
    const map = tinyMap();
    const [thesis] = Object.values(map.nodes);
    map.nodes[thesis.id] = {
      ...thesis,
      text: 'Use *stars* and [links]\nover two lines',
      notes: 'Check #3',
      source: { quote: 'As <b>said</b>' },
    };
    const text = markdownOutline(map);
    expect(text).toContain(
      '- **Thesis:** Use \\*stars\\* and \\[links\\] over two lines\n  > As \\<b\\>said\\</b\\>\n  _Note:_ Check \\#3\n',
    );
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
