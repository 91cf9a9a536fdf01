import type { Patch } from 'immer';
import type { ArgumentMap } from '../model/argumentMap';
import type { NodeId, RelationId } from '../model/ids';

/**
 * What one edit (one history step, or its undo) touched, read from its patches: the ids of the
 * nodes and relations whose records changed. Patches name ids (records are keyed by id), so this
 * costs what the edit changed, not what the map holds.
 */
export interface MapChange {
  before: ArgumentMap;
  after: ArgumentMap;
  nodes: ReadonlySet<NodeId>;
  relations: ReadonlySet<RelationId>;
  /** A patch replaced all the nodes or all the relations at once: nothing can be updated piecemeal. */
  wholesale: boolean;
}

/** The change from `before` to `after` that these patches made. */
export function mapChange(before: ArgumentMap, after: ArgumentMap, patches: readonly Patch[]): MapChange {
  const nodes = new Set<NodeId>();
  const relations = new Set<RelationId>();
  let wholesale = false;
  for (const { path } of patches) {
    if (path[0] === 'nodes') {
      if (path.length < 2) wholesale = true;
      else nodes.add(path[1] as NodeId);
    } else if (path[0] === 'relations') {
      if (path.length < 2) wholesale = true;
      else relations.add(path[1] as RelationId);
    } else if (path.length === 0) wholesale = true;
  }
  return { before, after, nodes, relations, wholesale };
}

/** Whether the map's tree (which node hangs under which) may have changed: relations, or nodes come or gone. */
export function treeMayChange(change: MapChange): boolean {
  if (change.wholesale || change.relations.size > 0) return true;
  for (const id of change.nodes) if (!change.before.nodes[id] !== !change.after.nodes[id]) return true;
  return false;
}

/**
 * Whether the outline's order may have changed: the tree, or a node's place or kind (siblings are
 * ordered by place, roots by kind then place). A change of text alone keeps every row where it was.
 */
export function orderMayChange(change: MapChange): boolean {
  if (treeMayChange(change)) return true;
  for (const id of change.nodes) {
    const was = change.before.nodes[id];
    const is = change.after.nodes[id];
    if (!was || !is) return true;
    if (was.kind !== is.kind || was.position.x !== is.position.x || was.position.y !== is.position.y) return true;
  }
  return false;
}
