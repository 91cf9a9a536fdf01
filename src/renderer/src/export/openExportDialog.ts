import { commitTextBeingTyped } from '../ui/focus';
import type { EditorStore } from '../store/editorStore';

/** File › Export…: opens the dialog on the map as it is, with any text being typed committed first. */
export function openExportDialog(store: EditorStore): void {
  commitTextBeingTyped();
  const { document } = store.getState();
  if (!document) return;
  if (Object.keys(document.nodes).length === 0) {
    store.notify('The map is empty: add a node before exporting it.');
    return;
  }
  store.updateSession((session) => (session.exportOpen ? session : { ...session, exportOpen: true }));
}

/** Closes the export dialog. */
export function closeExportDialog(store: EditorStore): void {
  store.updateSession((session) => (session.exportOpen ? { ...session, exportOpen: false } : session));
}
