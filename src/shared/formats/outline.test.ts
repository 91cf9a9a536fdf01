import { describe, expect, it } from 'vitest';
import { MAX_OUTLINE_INDENT, outlineEntries, plainTextOutline, plainTextOutlineExport } from './outline';
import { chainMap } from '../testing/longMaps';
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
      // A premise bears on its parent; a recommendation follows from its parent ("therefore").
      const relation = entry.relation!;
      if (entry.node.kind === 'recommendation' && 'node' in relation.to && relation.to.node === entry.node.id) {
        expect(relation.from).toContain(entry.parent);
      } else expect(relation.from).toContain(entry.node.id);
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

  it('reports the line breaks it joins, and half surrogate pairs UTF-8 cannot hold', () => {
    const map = tinyMap();
    map.nodes[r] = { ...map.nodes[r], text: 'Walking\r\nis healthy.' };
    map.nodes[o] = { ...map.nodes[o], text: 'Too long\nand \ud800 odd.' };
    const { text, report } = plainTextOutlineExport(map);
    expect(text).toContain('  Reason: Walking is healthy.\n  Objection: Too long and \ud800 odd.');
    expect(report.map((line) => line.message)).toEqual([
      '2 texts with line breaks written on one line (the outline has one line a node)',
      '1 text with half a surrogate pair (not valid Unicode) written with U+FFFD in its place, as UTF-8 cannot hold it',
    ]);
    expect(plainTextOutlineExport(tinyMap()).report).toEqual([]);
  });

  it('indents 32 levels at most; deeper lines name their level, so a long chain stays linear in size', () => {
    const lines = plainTextOutline(chainMap(40, 'support')).split('\n');
    expect(lines).toHaveLength(40);
    const indent = '  '.repeat(MAX_OUTLINE_INDENT);
    expect(lines[MAX_OUTLINE_INDENT - 1]).toBe(`${'  '.repeat(MAX_OUTLINE_INDENT - 1)}Reason: Point 31 of the chain.`);
    expect(lines[MAX_OUTLINE_INDENT]).toBe(`${indent}Reason, level 33: Point 32 of the chain.`);
    expect(lines[39]).toBe(`${indent}Reason, level 40: Point 39 of the chain.`);
  });
});
