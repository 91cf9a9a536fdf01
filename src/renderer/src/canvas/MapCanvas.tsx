import { useMemo, useState } from 'react';
import type { ActionId } from '../../../shared/actions/actions';
import { Background, BackgroundVariant, ConnectionMode, Controls, MiniMap, ReactFlow, type Node } from '@xyflow/react';
import { kindColor } from '../ui/themeTokens';
import { useCurrentTheme } from '../ui/theme';
import type { ArgNode } from '../../../shared/model/argumentMap';
import type { NodeId } from '../../../shared/model/ids';
import { useEditor, useEditorStore } from '../store/useEditor';
import { createFlowNodeDeriver } from './flowNodes';
import { createFlowEdgeDeriver, recommendationKey } from './flowEdges';
import { nodeTypes } from './nodeTypes';
import { edgeTypes } from './ThereforeEdge';
import { useNodeChanges } from './useNodeChanges';
import { useEdgeChanges, useReconnect } from './useEdgeHandlers';
import type { FlowEdge, FlowNode } from './flowTypes';
import { useFitOpenedMaps } from './viewport';
import { useOverview } from './useOverview';
import { OverviewLayer } from './OverviewLayer';
import { useFocusContext } from './useFocusContext';
import { useCardWindow } from './useCardWindow';
import { matchesOf, treeViewOf } from '../store/derivedViews';
import { OverviewMinimap } from './OverviewMinimap';
import { findView, foldView, nodesWithChildren, type CanvasView } from './canvasView';
import { ContextMenu } from '../ui/ContextMenu';
import { DeleteDialog } from './DeleteDialog';
import { ConnectPalette } from './ConnectPalette';
import { NoticeToast } from './NoticeToast';
import { ConnectionFeedback } from './ConnectionFeedback';
import { useCardFocus } from './useCardFocus';
import { useKeepCentre } from './useKeepCentre';
import { useEditingInView } from './useEditingInView';
import { useClipboard } from './useClipboard';
import { useReveal } from './useReveal';
import { useCanvasEvents, type OpenMenu } from './useCanvasEvents';

const minimapClassName = (): string => '';

function minimapColor(node: Node): string {
  const argNode = (node.data as { node?: ArgNode }).node;
  return argNode ? kindColor(argNode.kind, 'border') : 'var(--line-strong)';
}

const MULTI_SELECT_KEYS = ['Shift', 'Meta', 'Control'];
const ONLY_VISIBLE_FROM = 200;
const NO_NODES: FlowNode[] = [];
const NO_EDGES: FlowEdge[] = [];
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
  const theme = useCurrentTheme();

  // Carried across edits by what each changed (store/derivedViews.ts): typing in a card recomputes none of them.
  const collapsed = session.collapsed;
  const hasChildren = useMemo(
    () => (document ? treeViewOf(store, 'hasChildren', document, null, nodesWithChildren) : new Set<NodeId>()),
    [store, document],
  );
  const folds = useMemo(
    () => (document ? treeViewOf(store, 'folds', document, collapsed, (map) => foldView(map, collapsed)) : null),
    [store, document, collapsed],
  );
  const find = session.find;
  const finds = useMemo(
    () => (document ? findView(document, find, (map, query) => matchesOf(store, map, query)) : null),
    [store, document, find],
  );
  const editing = session.editing?.id ?? null;
  const context = useFocusContext(document, session.focus);
  const view = useMemo<CanvasView | undefined>(
    () => (folds && finds ? { ...folds, ...finds, hasChildren, editing, context } : undefined),
    [folds, finds, hasChildren, editing, context],
  );
  const nodeCount = document ? Object.keys(document.nodes).length : 0;
  // At low zoom a big map is painted as an overview on a canvas, and React Flow holds no cards.
  const overview = useOverview(document, session, folds?.hidden, finds, context);
  // On a big map React Flow is given only the cards in or near the view.
  const near = useCardWindow(document, session, nodeCount > ONLY_VISIBLE_FROM && !overview.shown);
  const deriveNodes = useMemo(() => createFlowNodeDeriver(), []);
  const nodes = useMemo<FlowNode[]>(
    () => (document && !overview.shown ? deriveNodes(document, session, view, near) : NO_NODES),
    [deriveNodes, document, session, view, near, overview.shown],
  );
  const relations = document?.relations;
  const cards = document?.nodes;
  // Edges depend on relations, their selection, folds and the words of their ends (what a screen
  // reader announces): the deriver keeps every edge whose relation and words are unchanged.
  const deriveEdges = useMemo(() => createFlowEdgeDeriver(), []);
  const hiddenNodes = folds?.hidden;
  const recommendationIds = useMemo(() => (document ? recommendationKey(document.nodes) : ''), [document]);
  const recommendations = useMemo(() => new Set(recommendationIds.split(' ')), [recommendationIds]);
  const edges = useMemo(
    () =>
      relations && cards && !overview.shown
        ? deriveEdges(
            { relations, nodes: cards },
            session.selectedRelations,
            hiddenNodes,
            context,
            near,
            recommendations,
          )
        : NO_EDGES,
    [
      deriveEdges,
      relations,
      cards,
      session.selectedRelations,
      hiddenNodes,
      context,
      near,
      overview.shown,
      recommendations,
    ],
  );
  const onNodesChange = useNodeChanges(store);
  const onEdgesChange = useEdgeChanges(store);
  const onReconnect = useReconnect(store);
  useReveal();
  useFitOpenedMaps();
  useKeepCentre();
  useEditingInView();
  const events = useCanvasEvents(store, setMenu, runAction);
  useClipboard(store, events.pointerPosition);
  const onCardFocus = useCardFocus(store);

  return (
    <>
      <ReactFlow<FlowNode, FlowEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onConnect={events.onConnect}
        onConnectEnd={events.onConnectEnd}
        onReconnect={onReconnect}
        isValidConnection={events.isValidConnection}
        connectionMode={ConnectionMode.Loose}
        onNodeDoubleClick={events.onNodeDoubleClick}
        onPaneContextMenu={events.onPaneContextMenu}
        onDoubleClick={events.onPaneDoubleClick}
        onFocus={onCardFocus}
        onNodeContextMenu={events.onNodeContextMenu}
        onEdgeContextMenu={events.onEdgeContextMenu}
        onPaneMouseMove={events.onPaneMouseMove}
        onPaneMouseLeave={events.onPaneMouseLeave}
        onPaneClick={overview.shown ? overview.onPaneClick : undefined}
        defaultViewport={overview.firstViewport}
        minZoom={overview.minZoom}
        maxZoom={2.5}
        multiSelectionKeyCode={MULTI_SELECT_KEYS}
        selectionKeyCode="Shift"
        // Our keymap deletes (asking first about children), nudges and walks; React Flow's own keys would double them.
        deleteKeyCode={null}
        disableKeyboardA11y
        // Not React Flow's own tab stop on every card: one card is the canvas's tab stop (flowNodes),
        // and Tab on a selected card adds a reason.
        nodesFocusable={false}
        zoomOnDoubleClick={false}
        elevateEdgesOnSelect
        // On a big map only what is on screen is in the page, so it stays quick to edit; a small map
        // keeps every card in the page (nothing to gain, and cards keep their measured size).
        onlyRenderVisibleElements={nodeCount > ONLY_VISIBLE_FROM}
        proOptions={{ hideAttribution: true }}
        aria-label="Argument map"
        // React Flow's own controls, minimap and selection box follow the window's theme.
        colorMode={theme}
      >
        <Background variant={BackgroundVariant.Dots} gap={24} size={1.2} color="var(--canvas-dots)" />
        {overview.shown && overview.scene && <OverviewLayer scene={overview.scene} marks={overview.marks} />}
        <Controls position="bottom-left" showInteractive={false} aria-label="Zoom controls" />
        <ConnectionFeedback />
        {overview.minimapScene && <OverviewMinimap scene={overview.minimapScene} />}
        {session.panels.minimap && !overview.minimapScene && (
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
          Press <kbd>Tab</kbd> to add the thesis, or double-click where it should go; right-click to add any kind of
          node where you click.
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
