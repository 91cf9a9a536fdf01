import { useMemo, useRef, type Dispatch, type MouseEvent as ReactMouseEvent, type SetStateAction } from 'react';
import { useReactFlow, type Connection, type Edge, type FinalConnectionState, type Node } from '@xyflow/react';
import type { Position } from '../../../shared/model/argumentMap';
import { asNodeId, type NodeId, type RelationId } from '../../../shared/model/ids';
import type { ActionId } from '../../../shared/actions/actions';
import type { EditorStore } from '../store/editorStore';
import { addFreeNode, startEditing } from '../store/nodeActions';
import { NODE_HEADER_HEIGHT, NODE_WIDTH } from '../../../shared/layout/nodeSize';
import { selectOnly } from '../store/selection';
import type { MenuEntry } from '../ui/ContextMenu';
import { edgeMenu, nodeMenu, paneMenu } from './canvasMenus';
import { connectMenu } from './connectMenu';
import { ARGUMENT_NODE_CLASS } from './flowTypes';

export interface OpenMenu {
  x: number;
  y: number;
  label: string;
  entries: MenuEntry[];
}

/**
 * React Flow's mouse events, as stable functions: React Flow hands its handlers to
 * every node and edge, so a new function on each render would re-render them all.
 */
export function useCanvasEvents(
  store: EditorStore,
  setMenu: Dispatch<SetStateAction<OpenMenu | null>>,
  runAction: (id: ActionId) => void,
) {
  const flow = useReactFlow();
  const pointer = useRef<Position | undefined>(undefined);

  return useMemo(() => {
    const openMenu = (event: ReactMouseEvent | MouseEvent, label: string, entries: MenuEntry[]): void => {
      event.preventDefault();
      if (entries.length > 0) setMenu({ x: event.clientX, y: event.clientY, label, entries });
    };
    const offerConnection = (from: NodeId, to: NodeId): void => {
      const document = store.getState().document;
      if (!document?.nodes[from] || !document.nodes[to]) return;
      if (from === to) {
        store.notify('Not connected: A node cannot support or attack itself.');
        return;
      }
      const box = window.document.querySelector(`[data-id="${CSS.escape(to)}"]`)?.getBoundingClientRect();
      const at = box ? { x: box.left, y: box.bottom + 4 } : flow.flowToScreenPosition(document.nodes[to].position);
      setMenu({ x: at.x, y: at.y, label: 'Connect as', entries: connectMenu(store, from, to) });
    };
    return {
      closeMenu: () => setMenu(null),
      // Where a paste of plain text lands: under the pointer, else in the middle of the view.
      pointerPosition: (): Position | undefined => {
        if (pointer.current) return pointer.current;
        const box = window.document.querySelector('.react-flow')?.getBoundingClientRect();
        return box && flow.screenToFlowPosition({ x: box.left + box.width / 2, y: box.top + box.height / 2 });
      },
      onConnect: (connection: Connection) => offerConnection(asNodeId(connection.source), asNodeId(connection.target)),
      // Dropping a connection anywhere on a card (not only on its handle) connects to it.
      onConnectEnd: (event: MouseEvent | TouchEvent, state: FinalConnectionState) => {
        if (state.isValid || !state.fromNode) return;
        const point = 'changedTouches' in event ? event.changedTouches[0] : event;
        const target = window.document
          .elementFromPoint(point.clientX, point.clientY)
          ?.closest<HTMLElement>(`.${ARGUMENT_NODE_CLASS}`)?.dataset.id;
        if (target) offerConnection(asNodeId(state.fromNode.id), asNodeId(target));
      },
      isValidConnection: (connection: Edge | Connection) => connection.source !== connection.target,
      onNodeDoubleClick: (_event: ReactMouseEvent, node: Node) => {
        if (node.type !== 'junction') startEditing(store, asNodeId(node.id));
      },
      // A double-click on empty canvas adds a node there (the thesis first, then claims), its text
      // field open; on a card or an arrow it keeps its own meaning.
      onPaneDoubleClick: (event: ReactMouseEvent) => {
        if (!(event.target instanceof Element) || !event.target.classList.contains('react-flow__pane')) return;
        const at = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
        addFreeNode(store, undefined, { x: at.x - NODE_WIDTH / 2, y: at.y - NODE_HEADER_HEIGHT / 2 });
      },
      onPaneContextMenu: (event: ReactMouseEvent | MouseEvent) => {
        const at = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
        openMenu(event, 'Canvas', paneMenu(store, at, runAction));
      },
      onNodeContextMenu: (event: ReactMouseEvent, node: Node) => {
        if (node.type === 'junction') return;
        const id = asNodeId(node.id);
        if (!store.getState().session.selected.has(id)) selectOnly(store, [id]);
        openMenu(event, 'Node', nodeMenu(store, id, runAction));
      },
      onEdgeContextMenu: (event: ReactMouseEvent, edge: Edge) => {
        const relationId = (edge.data as { relationId?: RelationId } | undefined)?.relationId;
        if (!relationId) return;
        selectOnly(store, [], [relationId]);
        openMenu(event, 'Relation', edgeMenu(store, relationId));
      },
      onPaneMouseMove: (event: ReactMouseEvent) => {
        pointer.current = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
      },
      onPaneMouseLeave: () => {
        pointer.current = undefined;
      },
    };
  }, [flow, runAction, setMenu, store]);
}
