import type { ArgumentMap } from '../../../shared/model/argumentMap';
import type { NodeId } from '../../../shared/model/ids';
import { primaryParents, treeChildren } from '../../../shared/model/graph';
import { findMatches } from '../../../shared/search/findMatches';
import type { FindState } from '../store/sessionState';
import { wrapIndex } from '../store/findActions';
import type { EvaluationShown } from '../store/evaluationView';

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
  /** What View › Show Evaluation shows; null while it is hidden. */
  evaluation: EvaluationShown | null;
  /** In focus mode, the focused node and its context; the rest of the map is dimmed. Null: nothing dimmed. */
  context: ReadonlySet<NodeId> | null;
}

/** Nodes with something below them in the map's tree: what a fold button can hide. */
export function nodesWithChildren(map: ArgumentMap): Set<NodeId> {
  return new Set(primaryParents(map).values());
}

/**
 * What the folds hide, and how many nodes each fold hides (its subtree but itself), in two walks
 * that see each node once: a walk down from every fold would walk a long chain once per fold.
 */
export function foldView(map: ArgumentMap, collapsed: ReadonlySet<NodeId>): Pick<CanvasView, 'hidden' | 'hiddenCount'> {
  const hidden = new Set<NodeId>();
  const hiddenCount = new Map<NodeId, number>();
  const folds = [...collapsed].filter((id) => map.nodes[id]);
  if (folds.length === 0) return { hidden, hiddenCount };
  const children = treeChildren(map);
  // Everything below a fold, each node reached once however many folds it is under.
  const stack = [...folds];
  while (stack.length > 0) {
    for (const child of children.get(stack.pop()!) ?? []) {
      if (hidden.has(child)) continue;
      hidden.add(child);
      stack.push(child);
    }
  }
  // The subtrees of the folds no other fold hides hold all the others, and no node twice: in their
  // pre-order every node comes after its parent, so sizes add up from the end.
  const order = folds.filter((id) => !hidden.has(id));
  for (let i = 0; i < order.length; i++) for (const child of children.get(order[i]) ?? []) order.push(child);
  const size = new Map<NodeId, number>();
  for (let i = order.length - 1; i >= 0; i--) {
    let total = 1;
    for (const child of children.get(order[i]) ?? []) total += size.get(child)!;
    size.set(order[i], total);
  }
  for (const id of folds) hiddenCount.set(id, size.get(id)! - 1);
  return { hidden, hiddenCount };
}

/** Find's highlights: every match, and the current one. `matchesOf` gives the matches in reading order. */
export function findView(
  map: ArgumentMap,
  find: FindState,
  matchesOf: (map: ArgumentMap, query: string) => readonly NodeId[] = findMatches,
): Pick<CanvasView, 'matches' | 'currentMatch'> {
  if (!find.open || !find.query.trim()) return { matches: new Set(), currentMatch: null };
  const list = matchesOf(map, find.query);
  const current = list.length > 0 ? list[wrapIndex(find.current, list.length)] : null;
  return { matches: new Set(list), currentMatch: current };
}
