import type { ArgNode, ArgumentMap, Relation } from '../model/argumentMap';
import { asNodeId, asRelationId, type NodeId } from '../model/ids';
import type { NodeKind, RelationKind } from '../model/kinds';

/*
 * Maps as long or as wide as a walk over them can be: every export must take them without
 * overflowing the stack, in time linear in their size.
 */

const node = (id: NodeId, kind: NodeKind, text: string, x: number, y: number): ArgNode => ({
  id,
  kind,
  text,
  position: { x, y },
  tags: [],
});

function relation(map: ArgumentMap, n: number, kind: RelationKind, from: NodeId, to: NodeId): void {
  const id = asRelationId(`r${n}`);
  map.relations[id] = { id, kind, from: [from], to: { node: to } } satisfies Relation;
}

/**
 * A thesis and `length - 1` nodes each bearing on the one before: reasons supporting it, or
 * rebuttals attacking it. Rebuttals all the way are the Argdown export's hardest case: the import
 * would read the first as an objection, the second then as an objection too, and so on, so each
 * kind written as data changes what the next one must be.
 */
export function chainMap(length: number, kind: 'support' | 'attack'): ArgumentMap {
  const map: ArgumentMap = { meta: { title: `A ${kind} chain of ${length}` }, nodes: {}, relations: {} };
  for (let i = 0; i < length; i += 1) {
    const id = asNodeId(`n${i}`);
    const nodeKind = i === 0 ? 'thesis' : kind === 'support' ? 'reason' : 'rebuttal';
    map.nodes[id] = node(id, nodeKind, `Point ${i} of the chain.`, 0, i * 150);
    if (i > 0) relation(map, i, kind, id, asNodeId(`n${i - 1}`));
  }
  return map;
}

/** A thesis with `width - 1` reasons, all with the same text (so every made-up title collides). */
export function starMap(width: number): ArgumentMap {
  const map: ArgumentMap = { meta: { title: `A star of ${width}` }, nodes: {}, relations: {} };
  const centre = asNodeId('n0');
  map.nodes[centre] = node(centre, 'thesis', 'The centre.', 0, 0);
  for (let i = 1; i < width; i += 1) {
    const id = asNodeId(`n${i}`);
    map.nodes[id] = node(id, 'reason', 'One reason among many.', i * 300, 200);
    relation(map, i, 'support', id, centre);
  }
  return map;
}
