import type { Position } from '../../../shared/model/argumentMap';
import { newNodeId, newRelationId, type NodeId, type RelationId } from '../../../shared/model/ids';
import type { NodeKind } from '../../../shared/model/kinds';
import { parentRelationOf, primaryParents, relationKindForChild } from '../../../shared/model/graph';
import { concludes } from '../../../shared/model/premiseOrder';
import { addNode, type AddNodeArgs } from '../../../shared/commands/addNode';
import { execute } from '../../../shared/commands/command';
import { updateNode } from '../../../shared/commands/updateNode';
import { freeSpot, placeNew } from '../../../shared/layout/placement';
import { estimateNodeSize } from '../../../shared/layout/nodeSize';
import type { EditorStore } from './editorStore';
import { requestReveal, selectOnly, singleSelected } from './selection';

function sizeReader(store: EditorStore) {
  const { document, session } = store.getState();
  return (id: NodeId) => session.measured.get(id) ?? estimateNodeSize(document!.nodes[id]);
}

/** Selects a node just added and opens its text for typing. */
function beginNew(store: EditorStore, id: NodeId): void {
  selectOnly(store, [id]);
  const historyLength = store.getState().history.past.length;
  store.updateSession((session) => ({ ...session, editing: { id, isNew: true, historyLength } }));
  requestReveal(store, id);
}

/**
 * Adds a node with its relation where Ctrl+L would put it (placement.ts), the cards in the way
 * stepping aside in the same undo step.
 */
function addPlaced(store: EditorStore, args: AddNodeArgs): boolean {
  const document = store.getState().document;
  if (!document) return false;
  let trial: ReturnType<typeof execute<AddNodeArgs>>;
  try {
    trial = execute(document, addNode, args);
  } catch {
    return store.run(addNode, args); // the store words the problem
  }
  if (!trial) return false;
  const sizes = sizeReader(store);
  const sizeOf = (id: NodeId) => (id === args.node.id ? estimateNodeSize(trial.document.nodes[id]) : sizes(id));
  const { position, moves } = placeNew(trial.document, args.node.id, sizeOf);
  return store.run(addNode, { ...args, node: { ...args.node, position }, moves });
}

/** Adds a free-standing node: a thesis if the map has none yet, otherwise the kind asked for (a claim by default). */
export function addFreeNode(store: EditorStore, kind?: NodeKind, at?: Position): NodeId | null {
  const document = store.getState().document;
  if (!document) return null;
  const hasThesis = Object.values(document.nodes).some((node) => node.kind === 'thesis');
  const chosen = kind ?? (hasThesis ? 'claim' : 'thesis');
  const id = newNodeId();
  const nodes = Object.values(document.nodes);
  // Not Math.max(...nodes): a map of 100,000 nodes would overflow the stack.
  const below = nodes.length === 0 ? 0 : nodes.reduce((low, n) => Math.max(low, n.position.y), -Infinity) + 160;
  const position = freeSpot(document, at ?? { x: 0, y: below }, sizeReader(store));
  if (!store.run(addNode, { node: { id, kind: chosen, text: '', position } })) return null;
  beginNew(store, id);
  return id;
}

/** Adds a premise of the given kind to a node (the selected one by default), attached by support or attack. */
export function addChild(store: EditorStore, kind: NodeKind, parent = singleSelected(store)): NodeId | null {
  const document = store.getState().document;
  if (!document) return null;
  if (store.getState().session.selected.size > 1) {
    store.notify('Select one node to add to (several are selected).');
    return null;
  }
  if (!parent || !document.nodes[parent]) return addFreeNode(store, kind);
  const id = newNodeId();
  // A recommendation follows from the node it is added to: that node supports it ("therefore").
  const follows = kind === 'recommendation';
  const relation = { id: newRelationId(), kind: relationKindForChild(kind), to: { node: parent }, follows };
  if (!addPlaced(store, { node: { id, kind, text: '', position: document.nodes[parent].position }, relation })) {
    return null;
  }
  expand(store, parent);
  beginNew(store, id);
  return id;
}

/** Adds a node of the same kind beside the selected one, bearing on the same target the same way. */
export function addSibling(store: EditorStore): NodeId | null {
  const document = store.getState().document;
  const selected = singleSelected(store);
  if (!document || !selected) return addFreeNode(store);
  const node = document.nodes[selected];
  const parentRelation = parentRelationOf(document, selected);
  // A second thesis beside the first would be a rival thesis; what stands beside a thesis is a claim.
  const kind = node.kind === 'thesis' ? 'claim' : node.kind;
  const id = newNodeId();
  // A recommendation's sibling follows from the same premise; any other bears on the same target.
  const follows = parentRelation !== undefined && concludes(document, parentRelation);
  const relation = parentRelation && {
    id: newRelationId(),
    kind: parentRelation.kind,
    to: follows ? { node: parentRelation.from[0] } : parentRelation.to,
    follows,
  };
  if (!addPlaced(store, { node: { id, kind, text: '', position: node.position }, relation })) return null;
  beginNew(store, id);
  return id;
}

/** Adds an objection that undercuts a relation: it attacks the inference, not the claim. */
export function addUndercut(store: EditorStore, relationId: RelationId): NodeId | null {
  const document = store.getState().document;
  const relation = document?.relations[relationId];
  if (!document || !relation) return null;
  const id = newNodeId();
  const undercut = { id: newRelationId(), kind: 'undercut' as const, to: { relation: relationId } };
  const position = document.nodes[relation.from[0]].position;
  if (!addPlaced(store, { node: { id, kind: 'objection', text: '', position }, relation: undercut })) return null;
  beginNew(store, id);
  return id;
}

export function startEditing(store: EditorStore, id: NodeId): void {
  if (!store.getState().document?.nodes[id]) return;
  selectOnly(store, [id]);
  const historyLength = store.getState().history.past.length;
  store.updateSession((session) => ({ ...session, editing: { id, isNew: false, historyLength } }));
  // The canvas draws only what is on screen: a card scrolled away must come into view to be typed in.
  requestReveal(store, id);
}

/**
 * Ends a text edit session as one undo step. The text of a node just added joins
 * the add step, so one undo removes the node with its text.
 */
export function commitEdit(store: EditorStore, text: string, via: 'enter' | 'blur'): void {
  const { editing } = store.getState().session;
  if (!editing) return;
  const amend = editing.isNew && store.getState().history.past.length === editing.historyLength;
  store.run(updateNode, { id: editing.id, changes: { text } }, { amend });
  store.updateSession((session) => ({
    ...session,
    editing: null,
    justCommitted: via === 'enter' ? editing.id : null,
  }));
}

/** Escape: keeps the old text; a node added a moment ago and never typed into goes away again. */
export function cancelEdit(store: EditorStore): void {
  const { editing } = store.getState().session;
  if (!editing) return;
  store.updateSession((session) => ({ ...session, editing: null }));
  if (!editing.isNew || store.getState().history.past.length !== editing.historyLength) return;
  // The node goes again; what it was added to is selected again, ready for another try.
  const parent = primaryParents(store.getState().document!).get(editing.id);
  store.discardLast();
  selectOnly(store, parent ? [parent] : []);
}

/** Unfolds a collapsed node so a new premise under it can be seen. */
function expand(store: EditorStore, id: NodeId): void {
  store.updateSession((session) => {
    if (!session.collapsed.has(id)) return session;
    const collapsed = new Set(session.collapsed);
    collapsed.delete(id);
    return { ...session, collapsed };
  });
}
