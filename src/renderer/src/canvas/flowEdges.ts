import { MarkerType, type EdgeMarker } from '@xyflow/react';
import type { ArgumentMap, Relation } from '../../../shared/model/argumentMap';
import type { NodeId, RelationId } from '../../../shared/model/ids';
import { RELATION_KIND_LABELS } from '../../../shared/model/kinds';
import { RELATION_STYLES } from '../../../shared/render/palette';
import { junctionId, type FlowEdge } from './flowTypes';
import { relationsWithJunction } from './junctions';

function edgeLook(relation: Relation, withArrow: boolean): Partial<FlowEdge> {
  const look = RELATION_STYLES[relation.kind];
  // Open arrowheads for undercuts, closed for the rest: one more cue besides colour and dash.
  const marker: EdgeMarker = {
    type: relation.kind === 'undercut' ? MarkerType.Arrow : MarkerType.ArrowClosed,
    color: look.stroke,
    width: 18,
    height: 18,
  };
  return {
    type: 'default',
    style: { stroke: look.stroke, strokeWidth: look.width, strokeDasharray: look.dash },
    markerEnd: withArrow ? marker : undefined,
    className: `relation-edge relation-${relation.kind}`,
    data: { relationId: relation.id, kind: relation.kind },
    domAttributes: { 'data-relation-kind': relation.kind } as FlowEdge['domAttributes'],
    focusable: false,
    interactionWidth: 16,
  };
}

interface EdgeCacheEntry {
  relation: Relation;
  selected: boolean;
  hasJunction: boolean;
  hidden: boolean;
  edge: FlowEdge;
}

/**
 * A deriver that keeps the edge objects of relations that did not change (nor their
 * selection or visibility), so React Flow re-renders only the edges that really changed.
 * An edge is hidden when a fold hides either end (React Flow would draw it dangling).
 */
export function createFlowEdgeDeriver(): (
  map: Pick<ArgumentMap, 'relations'>,
  selected?: ReadonlySet<RelationId>,
  hiddenNodes?: ReadonlySet<NodeId>,
) => FlowEdge[] {
  let cache = new Map<string, EdgeCacheEntry>();
  return (map, selected = new Set(), hiddenNodes = new Set()) => {
    const junctions = relationsWithJunction(map);
    const isHidden = (end: string): boolean => {
      const relation = end.startsWith('j:') ? map.relations[end.slice(2) as RelationId] : undefined;
      return relation ? relation.from.every((id) => hiddenNodes.has(id)) : hiddenNodes.has(end as NodeId);
    };
    const next = new Map<string, EdgeCacheEntry>();
    const edges = deriveFlowEdges(map, selected, junctions).map((edge) => {
      const relation = map.relations[edge.data!.relationId];
      const hidden = isHidden(edge.source) || isHidden(edge.target);
      const key = { relation, selected: selected.has(relation.id), hasJunction: junctions.has(relation.id), hidden };
      const previous = cache.get(edge.id);
      const keep =
        previous &&
        previous.relation === key.relation &&
        previous.selected === key.selected &&
        previous.hasJunction === key.hasJunction &&
        previous.hidden === key.hidden;
      const kept = keep ? previous.edge : { ...edge, hidden };
      next.set(edge.id, { ...key, edge: kept });
      return kept;
    });
    cache = next;
    return edges;
  };
}

/** Derives React Flow edges from relations; junction relations become several edges. */
export function deriveFlowEdges(
  map: Pick<ArgumentMap, 'relations'>,
  selected: ReadonlySet<RelationId> = new Set(),
  junctions: ReadonlySet<RelationId> = relationsWithJunction(map),
): FlowEdge[] {
  const edges: FlowEdge[] = [];
  for (const relation of Object.values(map.relations)) {
    const target = 'node' in relation.to ? relation.to.node : junctionId(relation.to.relation);
    const label = RELATION_KIND_LABELS[relation.kind];
    if (!junctions.has(relation.id)) {
      edges.push({
        id: relation.id,
        source: relation.from[0],
        target,
        ariaLabel: `${label} relation`,
        selected: selected.has(relation.id),
        ...edgeLook(relation, true),
      });
      continue;
    }
    const via = junctionId(relation.id);
    for (const premise of relation.from) {
      edges.push({
        id: `${relation.id}:${premise}`,
        source: premise,
        target: via,
        selected: selected.has(relation.id),
        // Only the premise end of a segment into a junction can move.
        reconnectable: 'source',
        ...edgeLook(relation, false),
      });
    }
    edges.push({
      id: `${relation.id}:out`,
      source: via,
      target,
      ariaLabel: `${label} relation`,
      selected: selected.has(relation.id),
      reconnectable: 'target',
      ...edgeLook(relation, true),
    });
  }
  return edges;
}
