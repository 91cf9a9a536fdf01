import { MarkerType, type EdgeMarker } from '@xyflow/react';
import type { ArgumentMap, Relation } from '../../../shared/model/argumentMap';
import type { NodeId, RelationId } from '../../../shared/model/ids';
import { RELATION_KIND_LABELS } from '../../../shared/model/kinds';
import { RELATION_STYLES } from '../../../shared/render/palette';
import { RELATION_STATUS_LABELS, type RelationStatus } from '../../../shared/evaluation/statuses';
import { junctionId, type FlowEdge } from './flowTypes';
import { relationsWithJunction } from './junctions';

function edgeLook(relation: Relation, withArrow: boolean, status: RelationStatus | undefined): Partial<FlowEdge> {
  const look = RELATION_STYLES[relation.kind];
  // A relation that fails is drawn faded: it no longer bears on anything.
  const failing = status === 'fails';
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
    className: `relation-edge relation-${relation.kind}${failing ? ' is-failing' : ''}`,
    data: { relationId: relation.id, kind: relation.kind },
    domAttributes: {
      'data-relation-kind': relation.kind,
      ...(status ? { 'data-status': status } : {}),
    } as FlowEdge['domAttributes'],
    focusable: false,
    interactionWidth: 16,
  };
}

interface EdgeCacheEntry {
  relation: Relation;
  selected: boolean;
  hasJunction: boolean;
  status: RelationStatus | undefined;
  edges: FlowEdge[];
}

/**
 * A deriver that builds edges only for relations that changed (or their selection, or
 * whether they pass through a junction) and keeps the other edge objects, so React Flow
 * re-renders only what really changed. An edge is hidden when a fold hides either end
 * (React Flow would draw it dangling).
 */
export function createFlowEdgeDeriver(): (
  map: Pick<ArgumentMap, 'relations'>,
  selected?: ReadonlySet<RelationId>,
  hiddenNodes?: ReadonlySet<NodeId>,
  statuses?: ReadonlyMap<RelationId, RelationStatus>,
) => FlowEdge[] {
  let cache = new Map<RelationId, EdgeCacheEntry>();
  return (map, selected = new Set(), hiddenNodes = new Set(), statuses) => {
    const junctions = relationsWithJunction(map);
    const isHidden = (end: string): boolean => {
      const relation = end.startsWith('j:') ? map.relations[end.slice(2) as RelationId] : undefined;
      return relation ? relation.from.every((id) => hiddenNodes.has(id)) : hiddenNodes.has(end as NodeId);
    };
    const next = new Map<RelationId, EdgeCacheEntry>();
    for (const relation of Object.values(map.relations)) {
      const key = {
        relation,
        selected: selected.has(relation.id),
        hasJunction: junctions.has(relation.id),
        status: statuses?.get(relation.id),
      };
      const previous = cache.get(relation.id);
      const same =
        previous &&
        previous.relation === relation &&
        previous.selected === key.selected &&
        previous.hasJunction === key.hasJunction &&
        previous.status === key.status;
      const built = same ? previous.edges : relationEdges(relation, key.selected, key.hasJunction, key.status);
      const edges = built.map((edge) => {
        const hidden = isHidden(edge.source) || isHidden(edge.target);
        return (edge.hidden ?? false) === hidden ? edge : { ...edge, hidden };
      });
      next.set(relation.id, { ...key, edges });
    }
    cache = next;
    return [...next.values()].flatMap((entry) => entry.edges);
  };
}

/** Derives React Flow edges from relations; junction relations become several edges. */
export function deriveFlowEdges(
  map: Pick<ArgumentMap, 'relations'>,
  selected: ReadonlySet<RelationId> = new Set(),
): FlowEdge[] {
  const junctions = relationsWithJunction(map);
  return Object.values(map.relations).flatMap((relation) =>
    relationEdges(relation, selected.has(relation.id), junctions.has(relation.id)),
  );
}

/** One relation's edges: one arrow, or through a junction one segment per premise and one arrow out. */
function relationEdges(
  relation: Relation,
  selected: boolean,
  hasJunction: boolean,
  status?: RelationStatus,
): FlowEdge[] {
  const target = 'node' in relation.to ? relation.to.node : junctionId(relation.to.relation);
  const label = RELATION_KIND_LABELS[relation.kind];
  if (!hasJunction) {
    return [
      {
        id: relation.id,
        source: relation.from[0],
        target,
        ariaLabel: `${label} relation${status ? ` (${RELATION_STATUS_LABELS[status].toLowerCase()})` : ''}`,
        selected,
        ...edgeLook(relation, true, status),
      },
    ];
  }
  const via = junctionId(relation.id);
  return [
    ...relation.from.map((premise): FlowEdge => ({
      id: `${relation.id}:${premise}`,
      source: premise,
      target: via,
      selected,
      // Only the premise end of a segment into a junction can move.
      reconnectable: 'source',
      ...edgeLook(relation, false, status),
    })),
    {
      id: `${relation.id}:out`,
      source: via,
      target,
      ariaLabel: `${label} relation${status ? ` (${RELATION_STATUS_LABELS[status].toLowerCase()})` : ''}`,
      selected,
      reconnectable: 'target',
      ...edgeLook(relation, true, status),
    },
  ];
}
