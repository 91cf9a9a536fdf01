import { useCallback } from 'react';
import type { Connection, EdgeChange } from '@xyflow/react';
import { asNodeId, type RelationId } from '../../../shared/model/ids';
import { reconnect } from '../../../shared/commands/editRelation';
import type { EditorStore } from '../store/editorStore';
import type { FlowEdge } from './flowTypes';

/** Edge selection goes to the session (one relation, however many segments it is drawn with). */
export function useEdgeChanges(store: EditorStore): (changes: EdgeChange<FlowEdge>[]) => void {
  return useCallback(
    (changes) => {
      const selects = changes.filter((change) => change.type === 'select');
      if (selects.length === 0) return;
      const relationOf = (edgeId: string): RelationId => edgeId.split(':')[0] as RelationId;
      store.updateSession((session) => {
        const next = new Set(session.selectedRelations);
        for (const change of selects) {
          if (change.selected) next.add(relationOf(change.id));
          else next.delete(relationOf(change.id));
        }
        const same =
          next.size === session.selectedRelations.size && [...next].every((id) => session.selectedRelations.has(id));
        return same ? session : { ...session, selectedRelations: next };
      });
    },
    [store],
  );
}

/** Dragging an arrow's end onto another node moves that end (a premise or the target), if it makes sense. */
export function useReconnect(store: EditorStore): (edge: FlowEdge, connection: Connection) => void {
  return useCallback(
    (edge, connection) => {
      const relationId = edge.data?.relationId;
      const document = store.getState().document;
      if (!relationId || !document) return;
      const isNode = (id: string): boolean => Object.hasOwn(document.nodes, id);
      if (connection.target !== edge.target) {
        if (!isNode(connection.target)) {
          store.notify('Not reconnected: drop the arrow’s head on a node.');
          return;
        }
        store.run(reconnect, { id: relationId, end: 'target', node: asNodeId(connection.target) });
      } else if (connection.source !== edge.source) {
        if (!isNode(connection.source) || !isNode(edge.source)) {
          store.notify('Not reconnected: drop the arrow’s tail on a node.');
          return;
        }
        store.run(reconnect, {
          id: relationId,
          end: 'source',
          premise: asNodeId(edge.source),
          node: asNodeId(connection.source),
        });
      }
    },
    [store],
  );
}
