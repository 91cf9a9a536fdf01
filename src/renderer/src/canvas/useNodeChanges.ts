import { useCallback } from 'react';
import type { NodeChange } from '@xyflow/react';
import type { Position } from '../../../shared/model/argumentMap';
import type { NodeId } from '../../../shared/model/ids';
import type { Size } from '../../../shared/layout/nodeSize';
import { moveNodes } from '../../../shared/commands/moveNodes';
import type { EditorStore } from '../store/editorStore';
import type { SessionState } from '../store/sessionState';
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
      store.updateSession((session) => {
        let { selected, dragPositions, measured } = session;
        const copy = <T>(current: T, original: T, make: () => T): T => (current === original ? make() : current);
        for (const change of changes) {
          if (!('id' in change) || !isArgument(change.id)) continue;
          const id = change.id;
          if (change.type === 'select' && change.selected !== selected.has(id)) {
            selected = copy(selected, session.selected, () => new Set(session.selected));
            if (change.selected) (selected as Set<NodeId>).add(id);
            else (selected as Set<NodeId>).delete(id);
          } else if (change.type === 'position') {
            if (change.position) {
              dragPositions = copy(dragPositions, session.dragPositions, () => new Map(session.dragPositions));
              (dragPositions as Map<NodeId, Position>).set(id, change.position);
            }
            // The last change of a drag says dragging: false (it may carry the final position too).
            if (change.dragging === false) dropped = true;
          } else if (change.type === 'dimensions' && change.dimensions) {
            const size = change.dimensions;
            const known = measured.get(id);
            if (known?.width === size.width && known?.height === size.height) continue;
            measured = copy(measured, session.measured, () => new Map(session.measured));
            (measured as Map<NodeId, Size>).set(id, { width: size.width, height: size.height });
          }
        }
        const unchanged =
          selected === session.selected && dragPositions === session.dragPositions && measured === session.measured;
        return unchanged ? session : { ...session, selected, dragPositions, measured };
      });
      if (dropped) commitDrag(store);
    },
    [store],
  );
}

/** Turns the drag in progress into one history step and clears it from the session. */
function commitDrag(store: EditorStore): void {
  const pending = store.getState().session.dragPositions;
  if (pending.size === 0) return;
  const moves = [...pending].map(([id, position]) => ({ id, position }));
  store.run(moveNodes, { moves });
  store.updateSession((session: SessionState) => ({ ...session, dragPositions: new Map() }));
}
