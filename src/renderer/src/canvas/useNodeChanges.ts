import { useCallback } from 'react';
import type { NodeChange } from '@xyflow/react';
import { produce } from 'immer';
import type { NodeId } from '../../../shared/model/ids';
import { moveNodes } from '../../../shared/commands/moveNodes';
import type { EditorStore } from '../store/editorStore';
import type { FlowNode } from './flowTypes';

/**
 * The one adapter from React Flow's change stream to our state: positions while
 * dragging and selection and sizes go to the session; a finished drag becomes one
 * moveNodes command (one undo step). Junction nodes are derived, so ignored.
 */
export function useNodeChanges(store: EditorStore): (changes: NodeChange<FlowNode>[]) => void {
  return useCallback(
    (changes) => {
      const document = store.getState().document;
      if (!document) return;
      const isArgument = (id: string): id is NodeId => Object.hasOwn(document.nodes, id);
      let dropped = false;
      // immer hands back the same session when nothing changed, so nothing re-renders then.
      store.updateSession((session) =>
        produce(session, (draft) => {
          for (const change of changes) {
            if (!('id' in change) || !isArgument(change.id)) continue;
            const id = change.id;
            if (change.type === 'select' && change.selected !== draft.selected.has(id)) {
              if (change.selected) draft.selected.add(id);
              else draft.selected.delete(id);
              draft.justCommitted = null;
            } else if (change.type === 'position') {
              if (change.position) draft.dragPositions.set(id, change.position);
              // The last change of a drag says dragging: false (it may carry the final position too).
              if (change.dragging === false) dropped = true;
            } else if (change.type === 'dimensions' && change.dimensions) {
              const { width, height } = change.dimensions;
              const known = draft.measured.get(id);
              if (known?.width !== width || known?.height !== height) draft.measured.set(id, { width, height });
            }
          }
        }),
      );
      if (dropped) commitDrag(store);
    },
    [store],
  );
}

/** Turns the drag in progress into one history step and clears it from the session. */
function commitDrag(store: EditorStore): void {
  const pending = store.getState().session.dragPositions;
  if (pending.size === 0) return;
  store.run(moveNodes, { moves: [...pending].map(([id, position]) => ({ id, position })), drag: true });
  store.updateSession((session) => ({ ...session, dragPositions: new Map() }));
}
