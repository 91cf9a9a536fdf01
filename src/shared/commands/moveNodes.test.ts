import { describe, expect, it } from 'vitest';
import { execute } from './command';
import { moveNodes } from './moveNodes';
import { emptyHistory, record, redo, undo } from '../history/history';
import { asNodeId } from '../model/ids';
import { tinyMap } from '../testing/tinyMap';

const thesis = asNodeId('n-t');
const reason = asNodeId('n-r');

describe('moveNodes and history', () => {
  it('moves nodes in one step, and undo restores the exact earlier document', () => {
    const before = tinyMap();
    const result = execute(before, moveNodes, {
      moves: [
        { id: thesis, position: { x: 40.4, y: -10.6 } },
        { id: reason, position: { x: 300, y: 200 } },
      ],
    });
    if (!result) throw new Error('nothing moved');
    expect(result.document.nodes[thesis].position).toEqual({ x: 40, y: -11 });
    expect(result.entry.label).toBe('Move 2 nodes');
    // Untouched nodes keep their identity: React Flow re-renders only what moved.
    expect(result.document.nodes[asNodeId('n-o')]).toBe(before.nodes[asNodeId('n-o')]);

    const history = record(emptyHistory, result.entry);
    const undone = undo(history, result.document);
    expect(undone?.document).toEqual(before);
    expect(undone?.label).toBe('Move 2 nodes');
    const redone = redo(undone!.history, undone!.document);
    expect(redone?.document).toEqual(result.document);
  });

  it('records no step when nothing changes', () => {
    const map = tinyMap();
    expect(execute(map, moveNodes, { moves: [{ id: thesis, position: map.nodes[thesis].position }] })).toBeNull();
    expect(execute(map, moveNodes, { moves: [{ id: asNodeId('n-missing'), position: { x: 1, y: 1 } }] })).toBeNull();
  });

  it('drops the redo stack on a new edit, and undo/redo on empty stacks do nothing', () => {
    const map = tinyMap();
    const first = execute(map, moveNodes, { moves: [{ id: thesis, position: { x: 5, y: 5 } }] })!;
    const undone = undo(record(emptyHistory, first.entry), first.document)!;
    expect(undone.history.future).toHaveLength(1);
    const second = execute(undone.document, moveNodes, { moves: [{ id: reason, position: { x: 9, y: 9 } }] })!;
    expect(record(undone.history, second.entry).future).toHaveLength(0);
    expect(undo(emptyHistory, map)).toBeNull();
    expect(redo(emptyHistory, map)).toBeNull();
  });
});
