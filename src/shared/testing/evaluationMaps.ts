import type { ArgNode, ArgumentMap, Relation } from '../model/argumentMap';
import { asNodeId, asRelationId, type NodeId, type RelationId } from '../model/ids';
import type { NodeMark } from '../model/kinds';
import { relationSignature } from '../model/graph';
import { seededRandom } from './generatedMaps';

/** A plain claim node for evaluation tests. */
export function claim(id: string, mark?: NodeMark): ArgNode {
  const node: ArgNode = { id: asNodeId(id), kind: 'claim', text: id, position: { x: 0, y: 0 }, tags: [] };
  return mark ? { ...node, mark } : node;
}

/** A map of attacks alone: a Dung framework whose arguments are nodes. */
export function attackMap(count: number, attacks: readonly (readonly [number, number])[]): ArgumentMap {
  const nodes: ArgumentMap['nodes'] = {};
  for (let i = 0; i < count; i++) nodes[asNodeId(`a${i}`)] = claim(`a${i}`);
  const relations: ArgumentMap['relations'] = {};
  attacks.forEach(([from, to], i) => {
    const id = asRelationId(`r${i}`);
    relations[id] = { id, kind: 'attack', from: [asNodeId(`a${from}`)], to: { node: asNodeId(`a${to}`) } };
  });
  return { meta: { title: 'Framework' }, nodes, relations };
}

/**
 * A random valid map for evaluation's property tests: nodes with and without marks; supports,
 * attacks (some linked) and undercuts, cycles included; no relation of a node to itself, no
 * duplicate relation.
 */
export function randomEvaluationMap(seed: number, nodeCount: number, relationCount: number): ArgumentMap {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const nodes: ArgumentMap['nodes'] = {};
  const ids: NodeId[] = [];
  for (let i = 0; i < nodeCount; i++) {
    const mark = random() < 0.1 ? pick(['accepted', 'rejected'] as const) : undefined;
    const node = claim(`n${i}`, mark);
    nodes[node.id] = node;
    ids.push(node.id);
  }
  const relations: ArgumentMap['relations'] = {};
  const relationIds: RelationId[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < relationCount && ids.length > 1; i++) {
    const id = asRelationId(`r${i}`);
    const premises = new Set<NodeId>([pick(ids)]);
    if (random() < 0.2) premises.add(pick(ids));
    const from = [...premises];
    let relation: Relation;
    if (relationIds.length > 0 && random() < 0.2) {
      relation = { id, kind: 'undercut', from, to: { relation: pick(relationIds) } };
    } else {
      const target = pick(ids);
      if (premises.has(target)) continue;
      relation = { id, kind: random() < 0.5 ? 'support' : 'attack', from, to: { node: target } };
    }
    const signature = relationSignature(relation);
    if (seen.has(signature)) continue;
    seen.add(signature);
    relations[id] = relation;
    relationIds.push(id);
  }
  return { meta: { title: 'Random' }, nodes, relations };
}
