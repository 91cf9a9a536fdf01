import type { ArgumentMap } from '../../../shared/model/argumentMap';
import { newRelationId, type NodeId, type RelationId } from '../../../shared/model/ids';
import type { RelationKind } from '../../../shared/model/kinds';
import { descendantsOf, primaryParents } from '../../../shared/model/graph';
import { execute } from '../../../shared/commands/command';
import { moveAmongSiblings } from '../../../shared/commands/moveAmongSiblings';
import { branchPositions } from '../../../shared/layout/subtreeLayout';
import { connect } from '../../../shared/commands/connect';
import { setRelationKind } from '../../../shared/commands/editRelation';
import { moveNodes } from '../../../shared/commands/moveNodes';
import { groupPremises, linkablePremises, ungroupPremises } from '../../../shared/commands/linkedPremises';
import { relationProblem } from '../../../shared/commands/relationRules';
import { autoLayout } from '../../../shared/layout/autoLayout';
import { estimateNodeSize } from '../../../shared/layout/nodeSize';
import type { EditorStore } from './editorStore';
import { requestReveal } from './selection';

/** Folds or unfolds what hangs below a node. View state: not saved, not undone. */
export function toggleCollapsed(store: EditorStore, id: NodeId): void {
  const { document, session } = store.getState();
  if (!document) return;
  if (!session.collapsed.has(id) && descendantsOf(document, [id]).size === 0) {
    store.notify('Nothing hangs below this node to collapse.');
    return;
  }
  const collapsed = new Set(session.collapsed);
  if (!collapsed.delete(id)) collapsed.add(id);
  setCollapsed(store, collapsed);
}

/**
 * Folds exactly these nodes (an empty list unfolds everything). A node folded away
 * leaves the selection: keyboard commands must not act on something unseen.
 */
export function setCollapsed(store: EditorStore, ids: Iterable<NodeId>): void {
  const document = store.getState().document;
  if (!document) return;
  const collapsed = new Set(ids);
  const hidden = hiddenNodes(document, collapsed);
  store.updateSession((session) => ({
    ...session,
    collapsed,
    selected: new Set([...session.selected].filter((id) => !hidden.has(id))),
  }));
}

/** Nodes folded away under collapsed nodes (the collapsed nodes themselves stay visible). */
export function hiddenNodes(map: ArgumentMap, collapsed: ReadonlySet<NodeId>): Set<NodeId> {
  if (collapsed.size === 0) return new Set();
  const present = [...collapsed].filter((id) => map.nodes[id]);
  return descendantsOf(map, present);
}

/** Moves the selected nodes by a few pixels: one undo step per key press. */
export function nudgeSelection(store: EditorStore, dx: number, dy: number): void {
  const { document, session } = store.getState();
  if (!document || session.selected.size === 0) return;
  const moves = [...session.selected].map((id) => {
    const { x, y } = document.nodes[id].position;
    return { id, position: { x: x + dx, y: y + dy } };
  });
  // Holding an arrow key repeats it: presses of the same selection in quick succession are one step.
  const key = [...session.selected].join(' ');
  const now = Date.now();
  const { past } = store.getState().history;
  const amend = key === lastNudge.key && now - lastNudge.at < NUDGE_MERGE_MS && past.length === lastNudge.steps;
  store.run(moveNodes, { moves, label: moves.length === 1 ? 'Nudge node' : `Nudge ${moves.length} nodes` }, { amend });
  lastNudge = { key, at: now, steps: store.getState().history.past.length };
}

const NUDGE_MERGE_MS = 1000;
let lastNudge = { key: '', at: 0, steps: -1 };

/**
 * Moves the selected node one place left or right among its siblings (Ctrl+Alt+Left/Right): the
 * order is stored, and the branch it hangs in is redrawn in the new order, in one undo step.
 */
export function moveSelectedAmongSiblings(store: EditorStore, by: -1 | 1): void {
  const { document, session } = store.getState();
  const node = session.selected.size === 1 ? [...session.selected][0] : undefined;
  if (!document || !node) {
    store.notify('Select one node to move among its siblings.');
    return;
  }
  const parent = primaryParents(document).get(node);
  const reordered = parent && execute(document, moveAmongSiblings, { node, by });
  if (!parent || !reordered) {
    store.notify(
      parent
        ? `It is already the ${by < 0 ? 'first' : 'last'} of its siblings.`
        : 'It has no siblings: nothing bears on the same node.',
    );
    return;
  }
  const sizeOf = (id: NodeId) => session.measured.get(id) ?? estimateNodeSize(document.nodes[id]);
  store.run(moveAmongSiblings, { node, by, moves: branchPositions(reordered.document, parent, sizeOf) });
  // The card went where the eye may not be: bring it into view.
  requestReveal(store, node);
}

/** Lays out the whole map, or only the selection when two or more nodes are selected. */
export function layoutMap(store: EditorStore, selectionOnly: boolean): void {
  const { document, session } = store.getState();
  if (!document) return;
  const sizeOf = (id: NodeId) => session.measured.get(id) ?? estimateNodeSize(document.nodes[id]);
  const only = selectionOnly && session.selected.size > 1 ? session.selected : undefined;
  if (selectionOnly && !only) {
    store.notify('Select two or more nodes to lay them out.');
    return;
  }
  const positions = autoLayout(document, sizeOf, { only });
  const ids = only ? [...only] : (Object.keys(document.nodes) as NodeId[]);
  const moves = ids.flatMap((id) => {
    const position = positions.get(id);
    return position ? [{ id, position }] : [];
  });
  store.run(moveNodes, { moves, label: only ? 'Lay out selection' : 'Auto layout' });
}

/** Draws a relation, or says why it makes no sense. `to` is a node, or for an undercut a relation. */
export function connectNodes(
  store: EditorStore,
  from: NodeId,
  to: { node: NodeId } | { relation: RelationId },
  kind: RelationKind,
): boolean {
  const document = store.getState().document;
  if (!document) return false;
  const problem = relationProblem(document, { kind, from: [from], to });
  if (problem) {
    store.notify(`Not connected: ${problem}`);
    return false;
  }
  return store.run(connect, { id: newRelationId(), kind, from, to });
}

export function changeRelationKind(store: EditorStore, id: RelationId, kind: RelationKind): void {
  store.run(setRelationKind, { id, kind });
}

/** Links the selected premises into one argument, or says what is missing. */
export function groupSelection(store: EditorStore): void {
  const { document, session } = store.getState();
  if (!document) return;
  const check = linkablePremises(document, [...session.selected]);
  if (!check.ok) store.notify(check.reason);
  else store.run(groupPremises, { relations: check.relations });
}

/** Splits every linked argument a selected node is a premise of. */
export function ungroupSelection(store: EditorStore): void {
  const { document, session } = store.getState();
  if (!document) return;
  const linked = Object.values(document.relations).filter(
    (relation) => relation.from.length > 1 && relation.from.some((id) => session.selected.has(id)),
  );
  if (linked.length === 0) {
    store.notify('None of the selected nodes is part of a linked argument.');
    return;
  }
  // Several linked arguments split at once are one step: the later splits fold into the first.
  linked.forEach((relation, i) => {
    const args = { id: relation.id, newIds: relation.from.slice(1).map(() => newRelationId()) };
    store.run(ungroupPremises, args, { amend: i > 0 });
  });
}
