import fc from 'fast-check';
import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import type { ArgumentMap } from '../model/argumentMap';
import { asRelationId, type NodeId, type RelationId } from '../model/ids';
import { relationSignature } from '../model/graph';
import { randomEvaluationMap } from '../testing/evaluationMaps';
import { EvaluationIndex, idsOf } from './evaluationIndex';
import { evaluateGrounded, GroundedEvaluator } from './grounded';
import { nodeRule, relationRule } from './rules';
import type { Evaluation } from './statuses';

const maps = fc
  .tuple(fc.nat(), fc.integer({ min: 1, max: 25 }), fc.integer({ min: 0, max: 40 }))
  .map(([seed, nodes, relations]) => randomEvaluationMap(seed, nodes, relations));

const plain = (evaluation: Evaluation) => ({
  nodes: Object.fromEntries([...evaluation.nodes].sort()),
  relations: Object.fromEntries([...evaluation.relations].sort()),
});

/** Applies every rule once more to the labels evaluation gave, reading only those labels. */
function reapply(map: ArgumentMap, evaluation: Evaluation): Evaluation {
  const index = new EvaluationIndex(map);
  const node = (id: NodeId) => evaluation.nodes.get(id);
  const relation = (id: RelationId) => evaluation.relations.get(id);
  const nodes = new Map(
    Object.values(map.nodes).map((n) => {
      const attacks = [...idsOf(index.attacksOn, n.id)].map(relation);
      const supports = [...idsOf(index.supportsOn, n.id)].map(relation);
      const status = nodeRule(n, {
        attacksPending: attacks.filter((s) => s !== 'fails').length,
        attackHolds: attacks.includes('holds'),
        supports: supports.length,
        supportsPending: supports.filter((s) => s !== 'fails').length,
        supportsHolding: supports.filter((s) => s === 'holds').length,
      });
      return [n.id, status] as const;
    }),
  );
  const relations = new Map(
    Object.values(map.relations).map((r) => {
      const premises = r.from.map(node);
      const undercuts = [...idsOf(index.undercutsOn, r.id)].map(relation);
      const status = relationRule({
        premisesPending: premises.filter((s) => s !== 'stands').length,
        premiseFalls: premises.includes('falls'),
        undercutsPending: undercuts.filter((s) => s !== 'fails').length,
        undercutHolds: undercuts.includes('holds'),
      });
      return [r.id, status] as const;
    }),
  );
  return { nodes, relations };
}

/** The same map with its nodes and relations listed in another order. */
function reordered(map: ArgumentMap, order: number[]): ArgumentMap {
  const shuffle = <T>(items: T[]): T[] =>
    items
      .map((item, i) => [order[i % order.length] ?? 0, i, item] as const)
      .sort((a, b) => a[0] - b[0] || a[1] - b[1])
      .map(([, , item]) => item);
  return {
    meta: map.meta,
    nodes: Object.fromEntries(shuffle(Object.entries(map.nodes))),
    relations: Object.fromEntries(
      shuffle(Object.entries(map.relations)).map(([id, r]) => [id, { ...r, from: shuffle([...r.from]) }]),
    ),
  };
}

/** One edit, as a command would make it (immer keeps what it does not touch). */
type Edit = (map: ArgumentMap, pick: (n: number) => number) => ArgumentMap;
const EDITS: Edit[] = [
  // mark a node, or clear its mark
  (map, pick) =>
    produce(map, (draft) => {
      const ids = Object.keys(draft.nodes) as NodeId[];
      const node = draft.nodes[ids[pick(ids.length)]];
      const marks = [undefined, 'accepted', 'rejected'] as const;
      const mark = marks[pick(3)];
      if (mark) node.mark = mark;
      else delete node.mark;
    }),
  // add a support or an attack
  (map, pick) =>
    produce(map, (draft) => {
      const ids = Object.keys(draft.nodes) as NodeId[];
      const from = ids[pick(ids.length)];
      const to = ids[pick(ids.length)];
      const id = asRelationId(`e${pick(1_000_000)}`);
      const relation = {
        id,
        kind: pick(2) ? ('support' as const) : ('attack' as const),
        from: [from],
        to: { node: to },
      };
      const taken = Object.values(draft.relations).some((r) => relationSignature(r) === relationSignature(relation));
      if (from !== to && !taken && !draft.relations[id]) draft.relations[id] = relation;
    }),
  // add an undercut
  (map, pick) =>
    produce(map, (draft) => {
      const ids = Object.keys(draft.nodes) as NodeId[];
      const targets = Object.keys(draft.relations) as RelationId[];
      if (targets.length === 0) return;
      const id = asRelationId(`u${pick(1_000_000)}`);
      const relation = {
        id,
        kind: 'undercut' as const,
        from: [ids[pick(ids.length)]],
        to: { relation: targets[pick(targets.length)] },
      };
      const taken = Object.values(draft.relations).some((r) => relationSignature(r) === relationSignature(relation));
      if (!taken && !draft.relations[id]) draft.relations[id] = relation;
    }),
  // delete a relation and the undercuts aimed at it
  (map, pick) =>
    produce(map, (draft) => {
      const ids = Object.keys(draft.relations) as RelationId[];
      if (ids.length === 0) return;
      const gone = new Set([ids[pick(ids.length)]]);
      for (let grew = true; grew;) {
        grew = false;
        for (const r of Object.values(draft.relations))
          if ('relation' in r.to && gone.has(r.to.relation) && !gone.has(r.id)) grew = !!gone.add(r.id);
      }
      for (const id of gone) delete draft.relations[id];
    }),
  // turn a support into an attack or back
  (map, pick) =>
    produce(map, (draft) => {
      const ids = (Object.keys(draft.relations) as RelationId[]).filter(
        (id) => draft.relations[id].kind !== 'undercut',
      );
      if (ids.length === 0) return;
      const relation = draft.relations[ids[pick(ids.length)]];
      const flipped = { ...relation, kind: relation.kind === 'support' ? ('attack' as const) : ('support' as const) };
      if (!Object.values(draft.relations).some((r) => relationSignature(r) === relationSignature(flipped)))
        relation.kind = flipped.kind;
    }),
];

describe('evaluation, for any map', () => {
  it('is a fixpoint: applying the rules again changes nothing', () => {
    fc.assert(
      fc.property(maps, (map) => {
        const evaluation = evaluateGrounded(map);
        expect(plain(reapply(map, evaluation))).toEqual(plain(evaluation));
      }),
      { numRuns: 300 },
    );
  });

  it('does not depend on the order of nodes, relations or premises', () => {
    fc.assert(
      fc.property(maps, fc.array(fc.nat(100), { minLength: 1, maxLength: 30 }), (map, order) => {
        expect(plain(evaluateGrounded(reordered(map, order)))).toEqual(plain(evaluateGrounded(map)));
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same labels incrementally, edit after edit, as from scratch', () => {
    fc.assert(
      fc.property(
        maps,
        fc.array(fc.tuple(fc.nat(EDITS.length - 1), fc.array(fc.nat(), { minLength: 6, maxLength: 6 })), {
          maxLength: 25,
        }),
        (start, edits) => {
          const evaluator = new GroundedEvaluator();
          let map = start;
          expect(plain(evaluator.evaluate(map))).toEqual(plain(evaluateGrounded(map)));
          for (const [which, draws] of edits) {
            let at = 0;
            map = EDITS[which](map, (n) => (n <= 0 ? 0 : draws[at++ % draws.length] % n));
            expect(plain(evaluator.evaluate(map))).toEqual(plain(evaluateGrounded(map)));
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
