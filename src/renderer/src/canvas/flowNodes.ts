import type { ArgNode, ArgumentMap, Position } from '../../../shared/model/argumentMap';
import type { NodeId } from '../../../shared/model/ids';
import { NODE_KIND_LABELS } from '../../../shared/model/kinds';
import type { Size } from '../../../shared/layout/nodeSize';
import type { SessionState } from '../store/sessionState';
import {
  ARGUMENT_NODE_CLASS,
  JUNCTION_SIZE,
  junctionId,
  type ArgumentFlowNode,
  type FlowNode,
  type JunctionFlowNode,
} from './flowTypes';
import { junctionPosition, nodeGeometry, relationsWithJunction } from './junctions';

interface CacheEntry {
  node: ArgNode;
  selected: boolean;
  position: Position;
  measured: Size | undefined;
  flow: ArgumentFlowNode;
}

/**
 * Derives React Flow nodes from the document and the session. The returned
 * function remembers what it built: an unchanged node keeps its object, so React
 * Flow re-processes only the nodes that really changed (immer keeps ArgNode identity).
 */
export function createFlowNodeDeriver(): (map: ArgumentMap, session: SessionState) => FlowNode[] {
  let cache = new Map<NodeId, CacheEntry>();
  return (map, session) => {
    const nextCache = new Map<NodeId, CacheEntry>();
    const flowNodes: FlowNode[] = [];
    for (const node of Object.values(map.nodes)) {
      const selected = session.selected.has(node.id);
      const position = session.dragPositions.get(node.id) ?? node.position;
      const measured = session.measured.get(node.id);
      const previous = cache.get(node.id);
      const reuse =
        previous &&
        previous.node === node &&
        previous.selected === selected &&
        previous.position === position &&
        previous.measured === measured;
      const flow: ArgumentFlowNode = reuse
        ? previous.flow
        : {
            id: node.id,
            type: node.kind,
            className: ARGUMENT_NODE_CLASS,
            position,
            data: { node },
            selected,
            measured,
            ariaLabel: `${NODE_KIND_LABELS[node.kind]}: ${node.text}`,
            domAttributes: { 'data-kind': node.kind } as ArgumentFlowNode['domAttributes'],
          };
      nextCache.set(node.id, { node, selected, position, measured, flow });
      flowNodes.push(flow);
    }
    cache = nextCache;
    return [...flowNodes, ...junctionNodes(map, session)];
  };
}

function junctionNodes(map: ArgumentMap, session: SessionState): JunctionFlowNode[] {
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
        draggable: false,
        selectable: false,
        focusable: false,
      },
    ];
  });
}
