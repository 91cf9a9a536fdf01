import { useMemo } from 'react';
import { Background, BackgroundVariant, Controls, MiniMap, ReactFlow, type Node } from '@xyflow/react';
import { NODE_STYLES } from '../../../shared/render/palette';
import type { ArgNode } from '../../../shared/model/argumentMap';
import { useEditor, useEditorStore } from '../store/useEditor';
import { createFlowNodeDeriver } from './flowNodes';
import { deriveFlowEdges } from './flowEdges';
import { nodeTypes } from './nodeTypes';
import { useNodeChanges } from './useNodeChanges';
import type { FlowNode } from './flowTypes';
import { fitViewOptions } from './viewport';

function minimapColor(node: Node): string {
  const argNode = (node.data as { node?: ArgNode }).node;
  return argNode ? NODE_STYLES[argNode.kind].border : '#94a3b8';
}

/** The map as an interactive graph, React Flow in controlled mode. */
export function MapCanvas() {
  const store = useEditorStore();
  const document = useEditor((state) => state.document);
  const session = useEditor((state) => state.session);
  const deriveNodes = useMemo(() => createFlowNodeDeriver(), []);
  const nodes = useMemo<FlowNode[]>(
    () => (document ? deriveNodes(document, session) : []),
    [deriveNodes, document, session],
  );
  const relations = document?.relations;
  // Edges depend on relations only: moving a node must not rebuild them.
  const edges = useMemo(() => (relations ? deriveFlowEdges({ relations }) : []), [relations]);
  const onNodesChange = useNodeChanges(store);

  return (
    <ReactFlow
      nodes={nodes}
      edges={edges}
      nodeTypes={nodeTypes}
      onNodesChange={onNodesChange}
      fitView
      fitViewOptions={fitViewOptions(session.showLegend || session.showMinimap)}
      minZoom={0.1}
      maxZoom={2.5}
      nodesConnectable={false}
      // Deleting arrives with the editing commands; until then Backspace must not look like it works.
      deleteKeyCode={null}
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
  );
}
