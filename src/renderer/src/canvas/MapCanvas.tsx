import { useCallback, useMemo, useRef, useState, type MouseEvent as ReactMouseEvent } from 'react';
import {
  Background,
  BackgroundVariant,
  ConnectionMode,
  Controls,
  MiniMap,
  ReactFlow,
  useReactFlow,
  type Connection,
  type FinalConnectionState,
  type Node,
} from '@xyflow/react';
import { NODE_STYLES } from '../../../shared/render/palette';
import type { ArgNode, Position } from '../../../shared/model/argumentMap';
import { asNodeId, type NodeId, type RelationId } from '../../../shared/model/ids';
import { useEditor, useEditorStore } from '../store/useEditor';
import { startEditing } from '../store/nodeActions';
import { selectOnly } from '../store/selection';
import { useEditorCommands } from '../useEditorCommands';
import { createFlowNodeDeriver } from './flowNodes';
import { deriveFlowEdges } from './flowEdges';
import { nodeTypes } from './nodeTypes';
import { useNodeChanges } from './useNodeChanges';
import { useEdgeChanges, useReconnect } from './useEdgeHandlers';
import { ARGUMENT_NODE_CLASS, type FlowEdge, type FlowNode } from './flowTypes';
import { fitViewOptions } from './viewport';
import { findView, foldView, nodesWithChildren, type CanvasView } from './canvasView';
import { ContextMenu, type MenuEntry } from './ContextMenu';
import { edgeMenu, nodeMenu, paneMenu } from './canvasMenus';
import { connectMenu } from './connectMenu';
import { DeleteDialog } from './DeleteDialog';
import { ConnectPalette } from './ConnectPalette';
import { NoticeToast } from './NoticeToast';
import { useClipboard } from './useClipboard';
import { useReveal } from './useReveal';

function minimapColor(node: Node): string {
  const argNode = (node.data as { node?: ArgNode }).node;
  return argNode ? NODE_STYLES[argNode.kind].border : '#94a3b8';
}

interface OpenMenu {
  x: number;
  y: number;
  label: string;
  entries: MenuEntry[];
}

/** The map as an interactive graph, React Flow in controlled mode. */
export function MapCanvas() {
  const store = useEditorStore();
  const flow = useReactFlow();
  const runCommand = useEditorCommands(store);
  const document = useEditor((state) => state.document);
  const session = useEditor((state) => state.session);
  const [menu, setMenu] = useState<OpenMenu | null>(null);
  // Fit the map that opens; an empty map must not jump to fit its first node where the user put it.
  const [fitOnOpen] = useState(() => Object.keys(store.getState().document?.nodes ?? {}).length > 0);
  const pointer = useRef<Position | undefined>(undefined);

  const hasChildren = useMemo(() => (document ? nodesWithChildren(document) : new Set<NodeId>()), [document]);
  const folds = useMemo(() => (document ? foldView(document, session.collapsed) : null), [document, session.collapsed]);
  const finds = useMemo(() => (document ? findView(document, session) : null), [document, session]);
  const editing = session.editing?.id ?? null;
  const view = useMemo<CanvasView | undefined>(
    () => (folds && finds ? { ...folds, ...finds, hasChildren, editing } : undefined),
    [folds, finds, hasChildren, editing],
  );
  const deriveNodes = useMemo(() => createFlowNodeDeriver(), []);
  const nodes = useMemo<FlowNode[]>(
    () => (document ? deriveNodes(document, session, view) : []),
    [deriveNodes, document, session, view],
  );
  const relations = document?.relations;
  // Edges depend on relations and their selection only: moving a node must not rebuild them.
  const edges = useMemo(
    () => (relations ? deriveFlowEdges({ relations }, session.selectedRelations) : []),
    [relations, session.selectedRelations],
  );
  const onNodesChange = useNodeChanges(store);
  const onEdgesChange = useEdgeChanges(store);
  const onReconnect = useReconnect(store);
  useReveal();
  useClipboard(
    store,
    useCallback(() => pointer.current, []),
  );

  const openMenu = (event: ReactMouseEvent | MouseEvent, label: string, entries: MenuEntry[]): void => {
    event.preventDefault();
    if (entries.length > 0) setMenu({ x: event.clientX, y: event.clientY, label, entries });
  };
  const closeMenu = useCallback(() => setMenu(null), []);

  const offerConnection = useCallback(
    (from: NodeId, to: NodeId) => {
      const document = store.getState().document;
      if (!document?.nodes[from] || !document.nodes[to] || from === to) return;
      const box = window.document.querySelector(`[data-id="${CSS.escape(to)}"]`)?.getBoundingClientRect();
      const at = box ? { x: box.left, y: box.bottom + 4 } : flow.flowToScreenPosition(document.nodes[to].position);
      setMenu({ x: at.x, y: at.y, label: 'Connect as', entries: connectMenu(store, from, to) });
    },
    [flow, store],
  );
  const onConnect = useCallback(
    (connection: Connection) => offerConnection(asNodeId(connection.source), asNodeId(connection.target)),
    [offerConnection],
  );
  // Dropping a connection anywhere on a card (not only on its handle) connects to it.
  const onConnectEnd = useCallback(
    (event: MouseEvent | TouchEvent, state: FinalConnectionState) => {
      if (state.isValid || !state.fromNode) return;
      const point = 'changedTouches' in event ? event.changedTouches[0] : event;
      const target = window.document
        .elementFromPoint(point.clientX, point.clientY)
        ?.closest<HTMLElement>(`.${ARGUMENT_NODE_CLASS}`)?.dataset.id;
      if (target) offerConnection(asNodeId(state.fromNode.id), asNodeId(target));
    },
    [offerConnection],
  );

  return (
    <>
      <ReactFlow<FlowNode, FlowEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onConnect={onConnect}
        onConnectEnd={onConnectEnd}
        onReconnect={onReconnect}
        isValidConnection={(connection) => connection.source !== connection.target}
        connectionMode={ConnectionMode.Loose}
        onNodeDoubleClick={(_event, node) => {
          if (node.type !== 'junction') startEditing(store, asNodeId(node.id));
        }}
        onPaneContextMenu={(event) => {
          const at = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
          openMenu(event, 'Canvas', paneMenu(store, at, runCommand));
        }}
        onNodeContextMenu={(event, node) => {
          if (node.type === 'junction') return;
          const id = asNodeId(node.id);
          if (!store.getState().session.selected.has(id)) selectOnly(store, [id]);
          openMenu(event, 'Node', nodeMenu(store, id, runCommand));
        }}
        onEdgeContextMenu={(event, edge) => {
          const relationId = edge.data?.relationId as RelationId | undefined;
          if (!relationId) return;
          selectOnly(store, [], [relationId]);
          openMenu(event, 'Relation', edgeMenu(store, relationId));
        }}
        onPaneMouseMove={(event) => {
          pointer.current = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
        }}
        onPaneMouseLeave={() => (pointer.current = undefined)}
        fitView={fitOnOpen}
        fitViewOptions={fitViewOptions(session.showLegend || session.showMinimap)}
        minZoom={0.1}
        maxZoom={2.5}
        multiSelectionKeyCode={['Shift', 'Meta', 'Control']}
        selectionKeyCode="Shift"
        // Our keymap deletes (asking first about children), nudges and walks; React Flow's own keys would double them.
        deleteKeyCode={null}
        disableKeyboardA11y
        zoomOnDoubleClick={false}
        elevateEdgesOnSelect
        proOptions={{ hideAttribution: true }}
        aria-label="Argument map"
      >
        <Background variant={BackgroundVariant.Dots} gap={24} size={1.2} color="#cbd5e1" />
        <Controls position="bottom-left" showInteractive={false} aria-label="Zoom controls" />
        {session.showMinimap && (
          <MiniMap
            position="bottom-right"
            pannable
            zoomable
            nodeColor={minimapColor}
            nodeStrokeWidth={2}
            ariaLabel="Minimap"
          />
        )}
      </ReactFlow>
      {document && Object.keys(document.nodes).length === 0 && (
        <div className="canvas-hint">
          <strong>This map is empty.</strong>
          <br />
          Press <kbd>Tab</kbd> to add the thesis, or right-click to add any kind of node where you click.
        </div>
      )}
      {menu && <ContextMenu {...menu} onClose={closeMenu} />}
      <DeleteDialog />
      <ConnectPalette />
      <NoticeToast />
    </>
  );
}
