import type { ArgumentMap } from '../../../shared/model/argumentMap';
import type { NodeId } from '../../../shared/model/ids';
import { descendantsOf, primaryParents } from '../../../shared/model/graph';
import { findMatches } from '../../../shared/model/search';
import type { FindState } from '../store/sessionState';
import { wrapIndex } from '../store/findActions';

/** What the canvas shows besides the document itself: folds, find highlights, the node being typed in. */
export interface CanvasView {
  hidden: ReadonlySet<NodeId>;
  /** For each collapsed node, how many nodes its fold hides (shown as a badge). */
  hiddenCount: ReadonlyMap<NodeId, number>;
  /** Nodes with something below them, which get a fold button. */
  hasChildren: ReadonlySet<NodeId>;
  matches: ReadonlySet<NodeId>;
  currentMatch: NodeId | null;
  editing: NodeId | null;
}

/** Nodes with something below them in the map's tree: what a fold button can hide. */
export function nodesWithChildren(map: ArgumentMap): Set<NodeId> {
  return new Set(primaryParents(map).values());
}

export function foldView(map: ArgumentMap, collapsed: ReadonlySet<NodeId>): Pick<CanvasView, 'hidden' | 'hiddenCount'> {
  const hidden = new Set<NodeId>();
  const hiddenCount = new Map<NodeId, number>();
  for (const id of collapsed) {
    if (!map.nodes[id]) continue;
    const below = descendantsOf(map, [id]);
    hiddenCount.set(id, below.size);
    for (const node of below) hidden.add(node);
  }
  return { hidden, hiddenCount };
}

export function findView(map: ArgumentMap, find: FindState): Pick<CanvasView, 'matches' | 'currentMatch'> {
  if (!find.open || !find.query.trim()) return { matches: new Set(), currentMatch: null };
  const list = findMatches(map, find.query);
  const current = list.length > 0 ? list[wrapIndex(find.current, list.length)] : null;
  return { matches: new Set(list), currentMatch: current };
}
