import { describe, expect, it } from 'vitest';
import { amendLast, emptyHistory, record, redo, undo } from './history';
import { execute } from '../commands/command';
import { addNode } from '../commands/addNode';
import { updateNode } from '../commands/updateNode';
import { moveNodes } from '../commands/moveNodes';
import { asNodeId, asRelationId } from '../model/ids';
import { tinyMap } from '../testing/tinyMap';

const x = asNodeId('n-x');

describe('history', () => {
  it('amendLast folds an edit into the last step: one undo reverts both, one redo repeats both', () => {
    const before = tinyMap();
    const added = execute(before, addNode, {
      node: { id: x, kind: 'reason', text: '', position: { x: 0, y: 300 } },
      relation: { id: asRelationId('r-x'), kind: 'support', to: { node: asNodeId('n-t') } },
    })!;
    const typed = execute(added.document, updateNode, { id: x, changes: { text: 'It is cheap.' } })!;
    const history = amendLast(record(emptyHistory, added.entry), typed.entry);
    expect(history.past).toHaveLength(1);
    expect(history.past[0].label).toBe('Add reason');

    const undone = undo(history, typed.document)!;
    expect(undone.label).toBe('Add reason');
    expect(undone.document).toEqual(before);
    expect(undo(undone.history, undone.document)).toBeNull();
    const redone = redo(undone.history, undone.document)!;
    expect(redone.document).toEqual(typed.document);
    expect(redone.document.nodes[x].text).toBe('It is cheap.');
  });

  it('amendLast on an empty history records the edit as a step of its own', () => {
    const moved = execute(tinyMap(), moveNodes, { moves: [{ id: asNodeId('n-t'), position: { x: 5, y: 5 } }] })!;
    expect(amendLast(emptyHistory, moved.entry)).toEqual({ past: [moved.entry], future: [] });
  });

  it('a new record clears the redo stack; undo and redo walk the steps in order', () => {
    const map = tinyMap();
    const move = (doc: typeof map, id: string, at: number) =>
      execute(doc, moveNodes, { moves: [{ id: asNodeId(id), position: { x: at, y: at } }] })!;
    const first = move(map, 'n-t', 1);
    const second = move(first.document, 'n-r', 2);
    let history = record(record(emptyHistory, first.entry), second.entry);
    const back = undo(history, second.document)!;
    expect(back.document).toEqual(first.document);
    const backAgain = undo(back.history, back.document)!;
    expect(backAgain.document).toEqual(map);
    expect(backAgain.history).toEqual({ past: [], future: [second.entry, first.entry] });

    history = record(back.history, move(back.document, 'n-o', 3).entry);
    expect(history.future).toEqual([]);
    expect(redo(history, map)).toBeNull();
  });

  it('undo and redo on empty stacks return null', () => {
    expect(undo(emptyHistory, tinyMap())).toBeNull();
    expect(redo(emptyHistory, tinyMap())).toBeNull();
  });
});
