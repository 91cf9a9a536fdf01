import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { execute, type CommandResult } from '../commands/command';
import { addNode } from '../commands/addNode';
import { updateNode } from '../commands/updateNode';
import { moveNodes } from '../commands/moveNodes';
import { deleteElements } from '../commands/deleteElements';
import { connect } from '../commands/connect';
import { emptyHistory, record, redo, undo, type History } from '../history/history';
import type { ArgumentMap } from '../model/argumentMap';
import { asNodeId, asRelationId, type NodeId } from '../model/ids';
import { primaryParents } from '../model/graph';
import { contextAround } from '../model/neighbourhood';
import { outlineEntries, type OutlineEntry } from '../formats/outline';
import { findMatches } from '../search/findMatches';
import { generatedArgumentTree } from '../testing/generatedMaps';
import { mapChange, type MapChange } from './mapChange';
import { keepWhileTreeStands, nextMatches, nextOutline } from './incremental';

const EDITS = ['type', 'add', 'move', 'delete', 'connect', 'undo', 'redo'] as const;
interface Edit {
  type: (typeof EDITS)[number];
  seed: number;
  other: number;
  text: string;
}
const editArb: fc.Arbitrary<Edit> = fc.record({
  type: fc.constantFrom(...EDITS),
  seed: fc.nat({ max: 100_000 }),
  other: fc.nat({ max: 100_000 }),
  // Texts that often contain the query, so matches come and go.
  text: fc.oneof(fc.constantFrom('peace talks', 'trade', 'PEACE', 'péace'), fc.string({ maxLength: 12 })),
});

const QUERY = 'peace';
let fresh = 0;

/** Applies one edit to the map (as the editor does: a command, or an undo/redo step) and says what changed. */
function apply(
  map: ArgumentMap,
  history: History,
  edit: Edit,
): { map: ArgumentMap; history: History; change: MapChange } | null {
  const ids = Object.keys(map.nodes) as NodeId[];
  const id = ids[edit.seed % Math.max(1, ids.length)];
  const other = ids[edit.other % Math.max(1, ids.length)];
  if (edit.type === 'undo' || edit.type === 'redo') {
    const entry = edit.type === 'undo' ? history.past.at(-1) : history.future.at(-1);
    const step = edit.type === 'undo' ? undo(history, map) : redo(history, map);
    if (!step || !entry) return null;
    const patches = edit.type === 'undo' ? entry.inversePatches : entry.patches;
    return { map: step.document, history: step.history, change: mapChange(map, step.document, patches) };
  }
  let result: CommandResult | null = null;
  try {
    if (edit.type === 'type' && id) result = execute(map, updateNode, { id, changes: { text: edit.text } });
    if (edit.type === 'add') {
      const node = {
        id: asNodeId(`new-${fresh++}`),
        kind: 'reason' as const,
        text: edit.text,
        position: { x: edit.other % 997, y: edit.seed % 991 },
      };
      const relation = id
        ? { id: asRelationId(`new-r-${fresh++}`), kind: 'support' as const, to: { node: id } }
        : undefined;
      result = execute(map, addNode, { node, relation });
    }
    if (edit.type === 'move' && id)
      result = execute(map, moveNodes, { moves: [{ id, position: { x: edit.other % 1500, y: edit.seed % 1500 } }] });
    if (edit.type === 'delete' && id) result = execute(map, deleteElements, { nodes: [id], relations: [] });
    if (edit.type === 'connect' && id && other && id !== other) {
      result = execute(map, connect, {
        id: asRelationId(`new-c-${fresh++}`),
        kind: 'attack',
        from: id,
        to: { node: other },
      });
    }
  } catch {
    return null; // a refused edit (a relation the rules forbid) changes nothing
  }
  if (!result) return null;
  return {
    map: result.document,
    history: record(history, result.entry),
    change: mapChange(map, result.document, result.entry.patches),
  };
}

const rows = (entries: readonly OutlineEntry[]) =>
  entries.map((entry) => [entry.node, entry.depth, entry.parent, entry.relation?.id, entry.hasChildren]);

describe('derived views carried across edits', () => {
  it('equal the whole computation after every step of random edit sequences, undo and redo included', () => {
    const start = generatedArgumentTree(60, 7);
    fc.assert(
      fc.property(fc.array(editArb, { minLength: 1, maxLength: 40 }), (edits) => {
        let map = start;
        let history = emptyHistory;
        let outline = outlineEntries(map);
        let matches = findMatches(map, QUERY);
        let parents = primaryParents(map);
        const focus = Object.keys(map.nodes)[3] as NodeId;
        let context = contextAround(map, focus, 2);
        for (const edit of edits) {
          const step = apply(map, history, edit);
          if (!step) continue;
          ({ map, history } = step);
          outline = nextOutline(outline, step.change);
          matches = nextMatches(matches, step.change, QUERY, outline);
          parents = keepWhileTreeStands(parents, step.change, primaryParents);
          context = keepWhileTreeStands(context, step.change, (after) => contextAround(after, focus, 2));
          expect(rows(outline)).toEqual(rows(outlineEntries(map)));
          expect(matches).toEqual(findMatches(map, QUERY));
          expect([...parents]).toEqual([...primaryParents(map)]);
          expect([...context].sort()).toEqual([...contextAround(map, focus, 2)].sort());
        }
      }),
      { numRuns: 150 },
    );
  });

  it('costs what the edit changed: typing a text keeps every other row object and the tree', () => {
    const map = generatedArgumentTree(2000, 3);
    const outline = outlineEntries(map);
    const id = outline[1000].node.id;
    const result = execute(map, updateNode, { id, changes: { text: 'peace at last' } })!;
    const change = mapChange(map, result.document, result.entry.patches);
    expect([...change.nodes]).toEqual([id]);
    const next = nextOutline(outline, change);
    expect(next.filter((entry, at) => entry !== outline[at]).map((entry) => entry.node.id)).toEqual([id]);
    const parents = primaryParents(map);
    expect(keepWhileTreeStands(parents, change, primaryParents)).toBe(parents);
    expect(nextMatches(findMatches(map, QUERY), change, QUERY, next)).toContain(id);
  });
});
