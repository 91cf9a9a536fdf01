import type { ArgNode, ArgumentMap, Position } from '../../../shared/model/argumentMap';
import type { NodeId } from '../../../shared/model/ids';
import { NODE_KIND_LABELS } from '../../../shared/model/kinds';
import { estimateNodeSize, NODE_WIDTH, type Size } from '../../../shared/layout/nodeSize';
import type { SessionState } from '../store/sessionState';
import type { CanvasView } from './canvasView';
import {
  ARGUMENT_NODE_CLASS,
  JUNCTION_SIZE,
  junctionId,
  type ArgumentFlowNode,
  type ArgumentNodeData,
  type FlowNode,
  type JunctionFlowNode,
} from './flowTypes';
import { junctionPosition, nodeGeometry, relationsWithJunction } from './junctions';

interface CacheEntry {
  node: ArgNode;
  selected: boolean;
  hidden: boolean;
  position: Position;
  measured: Size | undefined;
  data: ArgumentNodeData;
  flow: ArgumentFlowNode;
}

const EMPTY_VIEW: CanvasView = {
  hidden: new Set(),
  hiddenCount: new Map(),
  hasChildren: new Set(),
  matches: new Set(),
  currentMatch: null,
  editing: null,
};

const sameData = (a: ArgumentNodeData, b: ArgumentNodeData): boolean =>
  a.node === b.node &&
  a.editing === b.editing &&
  a.hasChildren === b.hasChildren &&
  a.hiddenCount === b.hiddenCount &&
  a.match === b.match;

/**
 * Derives React Flow nodes from the document and the session. The returned
 * function remembers what it built: an unchanged node keeps its object, so React
 * Flow re-processes only the nodes that really changed (immer keeps ArgNode identity).
 */
export function createFlowNodeDeriver(): (map: ArgumentMap, session: SessionState, view?: CanvasView) => FlowNode[] {
  let cache = new Map<NodeId, CacheEntry>();
  let junctionCache = new Map<string, JunctionFlowNode>();
  return (map, session, view = EMPTY_VIEW) => {
    const nextCache = new Map<NodeId, CacheEntry>();
    const flowNodes: FlowNode[] = [];
    for (const node of Object.values(map.nodes)) {
      const selected = session.selected.has(node.id);
      const hidden = view.hidden.has(node.id);
      const position = session.dragPositions.get(node.id) ?? node.position;
      const measured = session.measured.get(node.id);
      const data: ArgumentNodeData = {
        node,
        editing: view.editing === node.id,
        hasChildren: view.hasChildren.has(node.id),
        hiddenCount: session.collapsed.has(node.id) ? (view.hiddenCount.get(node.id) ?? 0) : null,
        match: view.currentMatch === node.id ? 'current' : view.matches.has(node.id) ? 'match' : 'none',
      };
      const previous = cache.get(node.id);
      const reuse =
        previous &&
        sameData(previous.data, data) &&
        previous.selected === selected &&
        previous.hidden === hidden &&
        previous.position === position &&
        previous.measured === measured;
      const flow: ArgumentFlowNode = reuse
        ? previous.flow
        : {
            id: node.id,
            type: node.kind,
            className: ARGUMENT_NODE_CLASS,
            position,
            data,
            selected,
            hidden,
            measured,
            // With a size known up front React Flow shows a new card at once instead of after
            // measuring it, so its text field can take the focus before the first key arrives.
            initialWidth: NODE_WIDTH,
            initialHeight: estimateNodeSize(node).height,
            // While its text is typed in, the card must not start a drag.
            draggable: !data.editing,
            ariaLabel: `${NODE_KIND_LABELS[node.kind]}: ${node.text}`,
            domAttributes: { 'data-kind': node.kind } as ArgumentFlowNode['domAttributes'],
          };
      nextCache.set(node.id, { node, selected, hidden, position, measured, data: reuse ? previous.data : data, flow });
      flowNodes.push(flow);
    }
    cache = nextCache;
    // Junctions keep their objects too while nothing about them changed.
    const junctions = junctionNodes(map, session, view.hidden).map((junction) => {
      const previous = junctionCache.get(junction.id);
      return previous && sameJunction(previous, junction) ? previous : junction;
    });
    junctionCache = new Map(junctions.map((junction) => [junction.id, junction]));
    return [...flowNodes, ...junctions];
  };
}

const sameJunction = (a: JunctionFlowNode, b: JunctionFlowNode): boolean =>
  a.position.x === b.position.x &&
  a.position.y === b.position.y &&
  a.hidden === b.hidden &&
  a.data.kind === b.data.kind &&
  a.data.linked === b.data.linked;

function junctionNodes(map: ArgumentMap, session: SessionState, hidden: ReadonlySet<NodeId>): JunctionFlowNode[] {
  const geometry = nodeGeometry(map, session.dragPositions, session.measured);
  return [...relationsWithJunction(map)].flatMap((relationId) => {
    const relation = map.relations[relationId];
    if (!relation) return [];
    const linked = relation.from.length > 1;
    const size = linked ? JUNCTION_SIZE.linked : JUNCTION_SIZE.plain;
    return [
      {
        id: junctionId(relationId),
        type: 'junction' as const,
        position: junctionPosition(map, relation, geometry),
        data: { relationId, kind: relation.kind, linked },
        width: size.width,
        height: size.height,
        measured: size,
        hidden: relation.from.every((id) => hidden.has(id)),
        draggable: false,
        selectable: false,
        focusable: false,
      },
    ];
  });
}
