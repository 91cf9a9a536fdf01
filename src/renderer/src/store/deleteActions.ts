import type { NodeId } from '../../../shared/model/ids';
import { descendantsOf } from '../../../shared/model/graph';
import { deleteElements } from '../../../shared/commands/deleteElements';
import type { EditorStore } from './editorStore';
import { selectOnly } from './selection';

/**
 * Deletes the selection. If a selected node has premises of its own that are not
 * selected, asks first whether they go too (the subtree) or stay as loose nodes.
 */
export function requestDelete(store: EditorStore): void {
  const { document, session } = store.getState();
  if (!document) return;
  const nodes = [...session.selected];
  const relations = [...session.selectedRelations];
  if (nodes.length === 0 && relations.length === 0) return;
  const descendants = [...descendantsOf(document, nodes)].filter((id) => !session.selected.has(id));
  if (descendants.length > 0) {
    store.updateSession((s) => ({ ...s, pendingDelete: { nodes, relations, descendants } }));
    return;
  }
  if (store.run(deleteElements, { nodes, relations })) selectOnly(store, []);
}

/** The user's answer to the delete question. */
export function resolveDelete(store: EditorStore, choice: 'subtree' | 'keepChildren' | 'cancel'): void {
  const pending = store.getState().session.pendingDelete;
  store.updateSession((s) => ({ ...s, pendingDelete: null }));
  if (!pending || choice === 'cancel') return;
  const nodes: NodeId[] = choice === 'subtree' ? [...pending.nodes, ...pending.descendants] : pending.nodes;
  if (store.run(deleteElements, { nodes, relations: pending.relations })) selectOnly(store, []);
}
