import type { ArgumentMap, Relation, RelationTarget } from './argumentMap';
import type { NodeId, RelationId } from './ids';
import type { NodeKind, RelationKind } from './kinds';
import { ForestRoots } from './forestRoots';
import { concludes, inPremiseOrder } from './premiseOrder';

/** The node a relation ends at: its target node, or for an undercut the first premise of the relation it hits. */
export function anchorNodeOf(map: ArgumentMap, relation: Relation): NodeId | undefined {
  if ('node' in relation.to) return relation.to.node;
  return map.relations[relation.to.relation]?.from[0];
}

/** Nodes that bear directly on a node: premises of relations into it and undercutters of those relations. */
export function childrenOf(map: ArgumentMap, id: NodeId): NodeId[] {
  const children = new Set<NodeId>();
  for (const relation of Object.values(map.relations)) {
    if (anchorNodeOf(map, relation) !== id) continue;
    // An undercut anchors at its target relation's first premise, which is not a child of itself.
    for (const premise of relation.from) if (premise !== id) children.add(premise);
  }
  return [...children];
}

/** The relation that hangs a node under its parent in the tree: the first one it is a premise of (or, for a recommendation, the conclusion of). */
export function parentRelationOf(map: ArgumentMap, id: NodeId): Relation | undefined {
  return Object.values(map.relations).find((relation) =>
    concludes(map, relation) ? 'node' in relation.to && relation.to.node === id : relation.from.includes(id),
  );
}

/**
 * The (child, parent) pairs a relation offers the map's tree: each premise under the node it bears
 * on, except that a recommendation hangs under the premises it follows from ("therefore", see
 * concludes), so it is drawn below what leads to it.
 */
export function treeLinksOf(map: ArgumentMap, relation: Relation): [NodeId, NodeId][] {
  if (concludes(map, relation) && 'node' in relation.to) {
    const conclusion = relation.to.node;
    return relation.from.map((premise) => [conclusion, premise]);
  }
  const parent = anchorNodeOf(map, relation);
  return parent ? relation.from.map((premise) => [premise, parent]) : [];
}

/**
 * The node each node hangs under in the map's tree: the target of its first relation
 * (for an undercut, the first premise of the relation it undercuts; for a recommendation, the
 * premise it follows from), unless that would close a cycle. Layout, outline, folding and subtree
 * deletion all walk this one tree; other relations are cross-links drawn across it. Cached per
 * map (immer gives a new object for every edit).
 */
export function primaryParents(map: ArgumentMap): ReadonlyMap<NodeId, NodeId> {
  const known = parentCache.get(map);
  if (known) return known;
  const parents = new Map<NodeId, NodeId>();
  const trees = new ForestRoots<NodeId>();
  for (const relation of Object.values(map.relations)) {
    for (const [child, parent] of treeLinksOf(map, relation)) {
      // A child without a parent is the root of its tree, so the link would close a cycle exactly
      // when the parent's tree is the child's own (asked without walking up: chains run long).
      if (parents.has(child) || child === parent || trees.root(parent) === child) continue;
      parents.set(child, parent);
      trees.attach(child, parent);
    }
  }
  parentCache.set(map, parents);
  return parents;
}

const parentCache = new WeakMap<ArgumentMap, ReadonlyMap<NodeId, NodeId>>();

/** The children of each node in the map's tree (see primaryParents), in premise order (premiseOrder.ts). Cached per map. */
export function treeChildren(map: ArgumentMap): ReadonlyMap<NodeId, readonly NodeId[]> {
  const known = childrenCache.get(map);
  if (known) return known;
  const children = new Map<NodeId, NodeId[]>();
  for (const [child, parent] of primaryParents(map)) {
    const siblings = children.get(parent);
    if (siblings) siblings.push(child);
    else children.set(parent, [child]);
  }
  const linkedVia = linkedRelations(map);
  for (const [parent, siblings] of children) {
    if (siblings.length > 1) children.set(parent, keepLinkedTogether(inPremiseOrder(map, siblings), linkedVia));
  }
  childrenCache.set(map, children);
  return children;
}

/** The linked argument (two or more premises) that hangs each such premise under its parent. */
function linkedRelations(map: ArgumentMap): Map<NodeId, RelationId> {
  const parents = primaryParents(map);
  const via = new Map<NodeId, RelationId>();
  const seen = new Set<NodeId>();
  for (const relation of Object.values(map.relations)) {
    for (const [child, parent] of treeLinksOf(map, relation)) {
      if (seen.has(child) || parents.get(child) !== parent) continue;
      seen.add(child);
      if (relation.from.length > 1 && relation.from.includes(child)) via.set(child, relation.id);
    }
  }
  return via;
}

/**
 * The premises of a linked argument stand together (the layout draws them side by side, joined
 * at one junction), where the first of them comes in premise order.
 */
function keepLinkedTogether(siblings: NodeId[], linkedVia: ReadonlyMap<NodeId, RelationId>): NodeId[] {
  const groups = new Map<RelationId, NodeId[]>();
  const order: NodeId[][] = [];
  for (const id of siblings) {
    const relation = linkedVia.get(id);
    const group = relation && groups.get(relation);
    if (group) group.push(id);
    else {
      const fresh = [id];
      if (relation) groups.set(relation, fresh);
      order.push(fresh);
    }
  }
  return order.length === siblings.length ? siblings : order.flat();
}

const childrenCache = new WeakMap<ArgumentMap, ReadonlyMap<NodeId, readonly NodeId[]>>();

/** The nodes above a node in the map's tree, its parent first (not the node itself). */
export function ancestorsOf(map: ArgumentMap, id: NodeId): Set<NodeId> {
  const parents = primaryParents(map);
  const ancestors = new Set<NodeId>();
  for (let at = parents.get(id); at !== undefined && !ancestors.has(at); at = parents.get(at)) ancestors.add(at);
  return ancestors;
}

/**
 * Everything below the given nodes in the map's tree, not including them: what a fold
 * hides and what "delete with the subtree" takes. Cross-links into other branches are
 * not followed, so another branch's nodes never disappear with this one.
 */
export function descendantsOf(map: ArgumentMap, ids: Iterable<NodeId>): Set<NodeId> {
  const roots = new Set(ids);
  const children = treeChildren(map);
  const found = new Set<NodeId>();
  const stack = [...roots];
  while (stack.length > 0) {
    const at = stack.pop() as NodeId;
    for (const child of children.get(at) ?? []) {
      if (found.has(child) || roots.has(child)) continue;
      found.add(child);
      stack.push(child);
    }
  }
  return found;
}

/** The relation kind a new child of this kind takes: objections and rebuttals attack, the rest support. */
export function relationKindForChild(kind: NodeKind): RelationKind {
  return kind === 'objection' || kind === 'rebuttal' ? 'attack' : 'support';
}

/** Same kind, same premises (in any order), same target: a relation the map already has. */
export function findDuplicate(
  map: ArgumentMap,
  candidate: Pick<Relation, 'kind' | 'from' | 'to' | 'original'>,
  ignore?: RelationId,
): Relation | undefined {
  const key = relationSignature(candidate);
  const target = targetKey(candidate.to);
  // Compare the cheap parts first: on a big map almost every relation differs in target or size.
  return Object.values(map.relations).find(
    (relation) =>
      relation.id !== ignore &&
      relation.kind === candidate.kind &&
      relation.from.length === candidate.from.length &&
      targetKey(relation.to) === target &&
      relationSignature(relation) === key,
  );
}

/**
 * What makes two relations the same one: kind (with the finer kind an import kept, so an Argdown
 * attack and contradiction between the same statements stay two), premises in any order, target.
 * The schema refuses a map holding two with one signature; commands and importers merge them.
 */
export function relationSignature(relation: {
  kind: string;
  from: readonly string[];
  to: { node: string } | { relation: string };
  original?: string;
}): string {
  // One premise (most relations) needs no sorting.
  const premises = relation.from.length === 1 ? relation.from[0] : [...relation.from].sort().join(',');
  return `${relation.kind}/${relation.original ?? ''}|${premises}|${targetKey(relation.to)}`;
}

export const targetKey = (to: RelationTarget | { node: string } | { relation: string }): string =>
  'node' in to ? `node:${to.node}` : `relation:${to.relation}`;
