import { describe, expect, it } from 'vitest';
import type { Relation } from '../../model/argumentMap';
import { asNodeId, asRelationId, type NodeId } from '../../model/ids';
import { placedOvaSave, statementWithText, type NodeSpec } from './aifTestDocuments';
import { importAif } from './importAif';
import { inferKinds } from './inferKinds';

const CHAIN = 5_000;

/** Statement i attacks statement i - 1: a thesis, then objection, rebuttal, objection, … */
const expectedKind = (i: number): string => (i === 0 ? 'thesis' : i % 2 === 1 ? 'objection' : 'rebuttal');

describe('big AIF graphs', () => {
  // Last to first is the order that recursed 5,000 deep; it runs first, before warm code has smaller frames.
  it.each([
    ['last to first', true],
    ['first to last', false],
  ])('infers kinds along a %s chain of 5,000 attacks without exhausting the stack', (_, reversed) => {
    const ids = Array.from({ length: CHAIN }, (_, i) => asNodeId(`s${i}`));
    const relations: Relation[] = ids.slice(1).map((id, i) => {
      const rid = asRelationId(`a${i}`);
      return { id: rid, kind: 'attack', from: [id], to: { node: ids[i] } };
    });
    const order = reversed ? [...ids].reverse() : ids;
    const kinds = inferKinds(order, reversed ? [...relations].reverse() : relations, new Map());
    expect(ids.map((id) => kinds.get(id))).toEqual(ids.map((_, i) => expectedKind(i)));
  });

  it.each([
    ['last to first', true],
    ['first to last', false],
  ])('imports a chain of 5,000 conflicts listed %s', (_, reversed) => {
    const nodes: NodeSpec[] = [];
    const edges: [string, string][] = [];
    for (let i = 0; i < CHAIN; i += 1) nodes.push([`${i}`, 'I', `s${i}`]);
    for (let i = 1; i < CHAIN; i += 1) {
      nodes.push([`c${i}`, 'CA']);
      edges.push([`${i}`, `c${i}`], [`c${i}`, `${i - 1}`]);
    }
    const outcome = importAif(placedOvaSave(reversed ? nodes.reverse() : nodes, edges));
    if (!outcome.ok) throw new Error(outcome.message);
    expect(Object.keys(outcome.map.relations)).toHaveLength(CHAIN - 1);
    for (const i of [0, 1, 2, 3, 2_500, CHAIN - 1])
      expect(statementWithText(outcome.map, `s${i}`).kind).toBe(expectedKind(i));
  });

  it('decides a cycle of attacks as before: the statement first reached is the objection', () => {
    const [a, b]: NodeId[] = [asNodeId('a'), asNodeId('b')];
    const relations: Relation[] = [
      { id: asRelationId('r1'), kind: 'attack', from: [a], to: { node: b } },
      { id: asRelationId('r2'), kind: 'attack', from: [b], to: { node: a } },
    ];
    expect(inferKinds([a, b], relations, new Map())).toEqual(
      new Map([
        [a, 'objection'],
        [b, 'rebuttal'],
      ]),
    );
    expect(inferKinds([b, a], relations, new Map())).toEqual(
      new Map([
        [b, 'objection'],
        [a, 'rebuttal'],
      ]),
    );
  });
});
