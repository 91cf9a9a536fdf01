import { useMemo, useState } from 'react';
import type { ActionId } from '../../../shared/actions/actions';
import { Background, BackgroundVariant, ConnectionMode, Controls, MiniMap, ReactFlow, type Node } from '@xyflow/react';
import { NODE_STYLES } from '../../../shared/render/palette';
import type { ArgNode } from '../../../shared/model/argumentMap';
import type { NodeId } from '../../../shared/model/ids';
import { useEditor, useEditorStore } from '../store/useEditor';
import { createFlowNodeDeriver } from './flowNodes';
import { createFlowEdgeDeriver } from './flowEdges';
import { nodeTypes } from './nodeTypes';
import { useNodeChanges } from './useNodeChanges';
import { useEdgeChanges, useReconnect } from './useEdgeHandlers';
import type { FlowEdge, FlowNode } from './flowTypes';
import { fitViewOptions, useFitOpenedMaps } from './viewport';
import { findView, foldView, nodesWithChildren, type CanvasView } from './canvasView';
import { evaluationShown } from '../store/evaluationView';
import { ContextMenu } from '../ui/ContextMenu';
import { DeleteDialog } from './DeleteDialog';
import { ConnectPalette } from './ConnectPalette';
import { NoticeToast } from './NoticeToast';
import { useClipboard } from './useClipboard';
import { useReveal } from './useReveal';
import { useCanvasEvents, type OpenMenu } from './useCanvasEvents';

const minimapClassName = (): string => '';

function minimapColor(node: Node): string {
  const argNode = (node.data as { node?: ArgNode }).node;
  return argNode ? NODE_STYLES[argNode.kind].border : '#94a3b8';
}

const MULTI_SELECT_KEYS = ['Shift', 'Meta', 'Control'];
const ONLY_VISIBLE_FROM = 200;
const MINIMAP_SIZE = { width: 168, height: 112 };

/**
 * The map as an interactive graph, React Flow in controlled mode. Its context menus run actions
 * with `runAction`, which App hands down (the actions use the canvas, not the other way round).
 */
export function MapCanvas({ runAction }: { runAction: (id: ActionId) => void }) {
  const store = useEditorStore();
  const document = useEditor((state) => state.document);
  const session = useEditor((state) => state.session);
  const documentId = useEditor((state) => state.documentId);
  const [menu, setMenu] = useState<OpenMenu | null>(null);
  // Fit the map that opens; an empty map must not jump to fit its first node where the user put it.
  const [fitOnOpen] = useState(() => Object.keys(store.getState().document?.nodes ?? {}).length > 0);

  const hasChildren = useMemo(() => (document ? nodesWithChildren(document) : new Set<NodeId>()), [document]);
  const folds = useMemo(() => (document ? foldView(document, session.collapsed) : null), [document, session.collapsed]);
  const find = session.find;
  const finds = useMemo(() => (document ? findView(document, find) : null), [document, find]);
  const editing = session.editing?.id ?? null;
  // Recomputed on every edit while shown: the evaluator re-labels only what the edit reaches.
  const showEvaluation = session.panels.evaluation;
  const whatIf = session.whatIf;
  const evaluation = useMemo(
    () => (document && showEvaluation ? evaluationShown(document, whatIf) : null),
    [document, showEvaluation, whatIf],
  );
  const view = useMemo<CanvasView | undefined>(
    () => (folds && finds ? { ...folds, ...finds, hasChildren, editing, evaluation } : undefined),
    [folds, finds, hasChildren, editing, evaluation],
  );
  const nodeCount = document ? Object.keys(document.nodes).length : 0;
  const deriveNodes = useMemo(() => createFlowNodeDeriver(), []);
  const nodes = useMemo<FlowNode[]>(
    () => (document ? deriveNodes(document, session, view) : []),
    [deriveNodes, document, session, view],
  );
  const relations = document?.relations;
  // Edges depend on relations, their selection and folds only: moving a node must not rebuild them.
  const deriveEdges = useMemo(() => createFlowEdgeDeriver(), []);
  const hiddenNodes = folds?.hidden;
  const relationStatuses = evaluation?.statuses.relations;
  const edges = useMemo(
    () => (relations ? deriveEdges({ relations }, session.selectedRelations, hiddenNodes, relationStatuses) : []),
    [deriveEdges, relations, session.selectedRelations, hiddenNodes, relationStatuses],
  );
  const onNodesChange = useNodeChanges(store);
  const onEdgesChange = useEdgeChanges(store);
  const onReconnect = useReconnect(store);
  useReveal();
  useFitOpenedMaps();
  const events = useCanvasEvents(store, setMenu, runAction);
  useClipboard(store, events.pointerPosition);
  const showLegend = session.panels.legend;
  const fitOptions = useMemo(() => fitViewOptions(showLegend), [showLegend]);

  return (
    <>
      <ReactFlow<FlowNode, FlowEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onConnect={events.onConnect}
        onConnectEnd={events.onConnectEnd}
        onReconnect={onReconnect}
        isValidConnection={events.isValidConnection}
        connectionMode={ConnectionMode.Loose}
        onNodeDoubleClick={events.onNodeDoubleClick}
        onPaneContextMenu={events.onPaneContextMenu}
        onNodeContextMenu={events.onNodeContextMenu}
        onEdgeContextMenu={events.onEdgeContextMenu}
        onPaneMouseMove={events.onPaneMouseMove}
        onPaneMouseLeave={events.onPaneMouseLeave}
        fitView={fitOnOpen}
        fitViewOptions={fitOptions}
        minZoom={0.1}
        maxZoom={2.5}
        multiSelectionKeyCode={MULTI_SELECT_KEYS}
        selectionKeyCode="Shift"
        // Our keymap deletes (asking first about children), nudges and walks; React Flow's own keys would double them.
        deleteKeyCode={null}
        disableKeyboardA11y
        // Tab on the map adds a reason; keyboard users reach nodes through the outline and Alt+arrows.
        nodesFocusable={false}
        zoomOnDoubleClick={false}
        elevateEdgesOnSelect
        // On a big map only what is on screen is in the page, so it stays quick to edit; a small map
        // keeps every card in the page (nothing to gain, and cards keep their measured size).
        onlyRenderVisibleElements={nodeCount > ONLY_VISIBLE_FROM}
        proOptions={{ hideAttribution: true }}
        aria-label="Argument map"
      >
        <Background variant={BackgroundVariant.Dots} gap={24} size={1.2} color="#cbd5e1" />
        <Controls position="bottom-left" showInteractive={false} aria-label="Zoom controls" />
        {session.panels.minimap && (
          <MiniMap
            position="bottom-right"
            pannable
            zoomable
            nodeColor={minimapColor}
            // Functions, not values: React Flow wraps a value in a new function on each render,
            // which re-renders every minimap node (a thousand on a big map) on each edit.
            nodeStrokeColor={minimapColor}
            nodeClassName={minimapClassName}
            nodeStrokeWidth={2}
            // Small, so on a narrow canvas it hides as little of the map as possible.
            style={MINIMAP_SIZE}
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
      {menu && <ContextMenu {...menu} onClose={events.closeMenu} />}
      <DeleteDialog />
      {/* Keyed by map and node: each opening starts with an empty query, never a stale "Connect as" menu. */}
      {session.connectingFrom && (
        <ConnectPalette key={`${documentId}:${session.connectingFrom}`} from={session.connectingFrom} />
      )}
      <NoticeToast />
    </>
  );
}
