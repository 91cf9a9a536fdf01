import type { ArgNode, ArgumentMap, Relation } from '../model/argumentMap';
import { asNodeId, asRelationId, type NodeId, type RelationId } from '../model/ids';
import { seededRandom } from './generatedMaps';

/** The shapes whose depth or width follows the map's size: what a recursion or a quadratic walk chokes on. */
export const CHAIN_SHAPES = ['support', 'attack', 'undercut', 'star'] as const;
export type ChainShape = (typeof CHAIN_SHAPES)[number];

/**
 * A valid map of `count` nodes in one long line or one wide fan: `support` (each node supports the
 * one before), `attack` (each attacks the one before), `undercut` (a reason for the thesis, then
 * each node undercuts the relation before: undercuts of undercuts), `star` (every node supports the
 * thesis). `leafFirst` lists the records from the far end, the order in which memoised recursion
 * still goes deep.
 */
export function chainMap(shape: ChainShape, count: number, { leafFirst = false } = {}): ArgumentMap {
  const nodes: Record<NodeId, ArgNode> = {};
  const relations: Record<RelationId, Relation> = {};
  const order = Array.from({ length: count }, (_, i) => (leafFirst ? count - 1 - i : i));
  for (const i of order) {
    const id = asNodeId(`n${i}`);
    const objection = shape === 'attack' || (shape === 'undercut' && i > 1);
    const kind = i === 0 ? 'thesis' : objection ? 'objection' : 'reason';
    nodes[id] = { id, kind, text: `Point ${i} of a long ${shape}`, position: { x: 0, y: 0 }, tags: [] };
    if (i === 0) continue;
    const relation = asRelationId(`r${i}`);
    const previous = asNodeId(`n${shape === 'star' ? 0 : i - 1}`);
    relations[relation] =
      shape === 'undercut' && i > 1
        ? { id: relation, kind: 'undercut', from: [id], to: { relation: asRelationId(`r${i - 1}`) } }
        : { id: relation, kind: shape === 'attack' ? 'attack' : 'support', from: [id], to: { node: previous } };
  }
  return { meta: { title: `A ${shape} of ${count}` }, nodes, relations };
}

/**
 * A random map with every structure the walks must get right, valid or not: several trees,
 * cycles, linked premises, undercuts of undercuts, relations out of order. For comparing a
 * walk with the one it replaced, not for loading.
 */
export function tangledMap(nodeCount: number, relationCount: number, seed: number): ArgumentMap {
  const random = seededRandom(seed);
  const pick = (n: number): number => Math.floor(random() * n);
  const nodes: Record<NodeId, ArgNode> = {};
  for (let i = 0; i < nodeCount; i++) {
    const id = asNodeId(`n${i}`);
    const text = 'word '.repeat(1 + pick(30)).trim();
    nodes[id] = { id, kind: i === 0 ? 'thesis' : 'reason', text, position: { x: pick(900), y: pick(900) }, tags: [] };
  }
  const relations: Record<RelationId, Relation> = {};
  const made: RelationId[] = [];
  for (let j = 0; j < relationCount; j++) {
    const id = asRelationId(`r${j}`);
    const premises = random() < 0.15 ? 2 + pick(3) : 1;
    const from = [...new Set(Array.from({ length: premises }, () => asNodeId(`n${pick(nodeCount)}`)))];
    if (made.length > 0 && random() < 0.3) {
      const target = made[random() < 0.5 ? made.length - 1 : pick(made.length)];
      relations[id] = { id, kind: 'undercut', from, to: { relation: target } };
    } else {
      const target = asNodeId(`n${random() < 0.6 ? pick(Math.min(j + 1, nodeCount)) : pick(nodeCount)}`);
      if (from.includes(target)) continue;
      relations[id] = { id, kind: random() < 0.3 ? 'attack' : 'support', from, to: { node: target } };
    }
    made.push(id);
  }
  return { meta: { title: `Tangled ${seed}` }, nodes, relations };
}
