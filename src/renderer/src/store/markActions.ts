import { markNodes } from '../../../shared/commands/markNodes';
import type { NodeMark } from '../../../shared/model/kinds';
import type { EditorStore } from './editorStore';
import { singleSelected } from './selection';

/** Marks the selected nodes accepted or rejected, or clears their marks: one undo step. */
export function markSelection(store: EditorStore, mark: NodeMark | null): void {
  const ids = [...store.getState().session.selected];
  if (ids.length === 0) return;
  store.run(markNodes, { ids, mark });
  // A verdict is only visible with the statuses: show them.
  if (!store.getState().session.panels.evaluation) store.togglePanel('evaluation');
}

/** Shows the statuses as if the selected node were rejected or accepted, without changing the map. */
export function startWhatIf(store: EditorStore, mark: NodeMark | null): void {
  const node = singleSelected(store);
  if (!node) {
    store.notify('Select one node to ask what if it were accepted or rejected.');
    return;
  }
  store.updateSession((session) => ({
    ...session,
    whatIf: { node, mark },
    panels: { ...session.panels, evaluation: true },
  }));
}

/** Back to the map's own statuses. */
export function endWhatIf(store: EditorStore): void {
  store.updateSession((session) => (session.whatIf ? { ...session, whatIf: null } : session));
}
