import { describe, expect, it } from 'vitest';
import { outlineEntries } from '../../../shared/formats/outline';
import { asNodeId, type NodeId } from '../../../shared/model/ids';
import type { ArgumentMap } from '../../../shared/model/argumentMap';
import { tinyMap } from '../../../shared/testing/tinyMap';
import { outlineMove, typeaheadIndex, visibleRows } from './outlineTree';

const id = asNodeId;
const rowsOf = (map: ArgumentMap, collapsed: NodeId[] = []) => visibleRows(outlineEntries(map), new Set(collapsed));

describe('visibleRows', () => {
  it('lists the tree in reading order with level, position among siblings and relation', () => {
    const rows = rowsOf(tinyMap());
    expect(rows.map((r) => [r.id, r.depth, r.posInSet, r.setSize, r.relationKind])).toEqual([
      ['n-t', 0, 1, 1, undefined],
      ['n-r', 1, 1, 2, 'support'],
      ['n-o', 1, 2, 2, 'attack'],
      ['n-u', 2, 1, 1, 'undercut'],
    ]);
    expect(rows[0]).toMatchObject({ hasChildren: true, expanded: true, parent: undefined });
    expect(rows[3]).toMatchObject({ parent: 'n-o', hasChildren: false });
  });

  it('hides what hangs below a collapsed row, but not its siblings', () => {
    expect(rowsOf(tinyMap(), [id('n-o')]).map((r) => r.id)).toEqual(['n-t', 'n-r', 'n-o']);
    expect(rowsOf(tinyMap(), [id('n-o')])[2].expanded).toBe(false);
    expect(rowsOf(tinyMap(), [id('n-t')]).map((r) => r.id)).toEqual(['n-t']);
  });

  it('counts loose nodes as siblings among the roots', () => {
    const map = tinyMap();
    map.nodes[id('n-x')] = { id: id('n-x'), kind: 'note', text: 'Loose', position: { x: 0, y: 900 }, tags: [] };
    const roots = rowsOf(map).filter((r) => r.depth === 0);
    expect(roots.map((r) => [r.id, r.posInSet, r.setSize])).toEqual([
      ['n-t', 1, 2],
      ['n-x', 2, 2],
    ]);
  });

  it('marks premises that count only together', () => {
    const map = tinyMap();
    const support = Object.values(map.relations).find((r) => r.kind === 'support')!;
    support.from = [id('n-r'), id('n-o')];
    expect(rowsOf(map).find((r) => r.id === 'n-r')?.linked).toBe(true);
  });
});

describe('outlineMove', () => {
  const rows = rowsOf(tinyMap());

  it('moves up and down, and stops at either end', () => {
    expect(outlineMove(rows, 0, 'ArrowDown')).toEqual({ type: 'focus', index: 1 });
    expect(outlineMove(rows, 3, 'ArrowDown')).toEqual({ type: 'focus', index: 3 });
    expect(outlineMove(rows, 0, 'ArrowUp')).toEqual({ type: 'focus', index: 0 });
    expect(outlineMove(rows, 2, 'Home')).toEqual({ type: 'focus', index: 0 });
    expect(outlineMove(rows, 0, 'End')).toEqual({ type: 'focus', index: 3 });
    expect(outlineMove(rows, 0, 'PageDown')).toEqual({ type: 'focus', index: 3 });
  });

  it('Right unfolds a folded row, then goes to its first child; Left folds, then goes to the parent', () => {
    const folded = rowsOf(tinyMap(), [id('n-o')]);
    expect(outlineMove(folded, 2, 'ArrowRight')).toEqual({ type: 'expand', id: 'n-o' });
    expect(outlineMove(rows, 2, 'ArrowRight')).toEqual({ type: 'focus', index: 3 });
    expect(outlineMove(rows, 2, 'ArrowLeft')).toEqual({ type: 'collapse', id: 'n-o' });
    expect(outlineMove(rows, 3, 'ArrowLeft')).toEqual({ type: 'focus', index: 2 });
    expect(outlineMove(folded, 2, 'ArrowLeft')).toEqual({ type: 'focus', index: 0 });
  });

  it('does nothing for a leaf going right or a root going left, nor for other keys', () => {
    expect(outlineMove(rows, 1, 'ArrowRight')).toBeNull();
    expect(outlineMove(rowsOf(tinyMap(), [id('n-t')]), 0, 'ArrowLeft')).toBeNull();
    expect(outlineMove(rows, 0, 'x')).toBeNull();
    expect(outlineMove([], 0, 'ArrowDown')).toBeNull();
  });
});

describe('typeaheadIndex', () => {
  const rows = rowsOf(tinyMap()); // We…, Walking…, It takes…, Only if…

  it('finds the next row starting with the typed letters, wrapping around', () => {
    expect(typeaheadIndex(rows, 0, 'w')).toBe(1);
    expect(typeaheadIndex(rows, 1, 'w')).toBe(0);
    expect(typeaheadIndex(rows, 0, 'IT')).toBe(2);
    expect(typeaheadIndex(rows, 0, 'z')).toBe(-1);
  });

  it('keeps the current row while a longer prefix still fits it', () => {
    expect(typeaheadIndex(rows, 1, 'wa')).toBe(1);
  });
});
