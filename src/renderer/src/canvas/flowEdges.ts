import { MarkerType, type EdgeMarker } from '@xyflow/react';
import type { ArgumentMap, Relation } from '../../../shared/model/argumentMap';
import type { NodeId, RelationId } from '../../../shared/model/ids';
import { describeRelation } from '../../../shared/model/describeRelation';
import { RELATION_STYLES } from '../../../shared/render/palette';
import { relationColor } from '../ui/themeTokens';
import { junctionId, type FlowEdge } from './flowTypes';
import { relationsWithJunction } from './junctions';

function edgeLook(relation: Relation, withArrow: boolean): Partial<FlowEdge> {
  const look = RELATION_STYLES[relation.kind];
  // Open arrowheads for undercuts, closed for the rest: one more cue besides colour and dash.
  const marker: EdgeMarker = {
    type: relation.kind === 'undercut' ? MarkerType.Arrow : MarkerType.ArrowClosed,
    color: relationColor(relation.kind),
    width: 18,
    height: 18,
  };
  return {
    type: 'default',
    style: { stroke: relationColor(relation.kind), strokeWidth: look.width, strokeDasharray: look.dash },
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
  dimmed: boolean;
  follows: boolean;
  /** What a screen reader announces for the arrow: it changes with the texts of its ends. */
  spoken: string;
  /** The nodes at its ends when `spoken` was worked out (null: an undercut, worked out each time). */
  ends: readonly unknown[] | null;
  edges: FlowEdge[];
}

type EdgeSource = Pick<ArgumentMap, 'relations' | 'nodes'>;

/**
 * The recommendations of a map, as one string that stays the same while they do, so the edges
 * that depend on them are not rebuilt when a card merely moves.
 */
export function recommendationKey(nodes: ArgumentMap['nodes']): string {
  const ids: string[] = [];
  for (const node of Object.values(nodes)) if (node.kind === 'recommendation') ids.push(node.id);
  return ids.join(' ');
}

/** Whether a relation reads "therefore" (a support into a recommendation, premiseOrder.ts): drawn downwards. */
const followsIn = (relation: Relation, recommendations: ReadonlySet<string>): boolean =>
  relation.kind === 'support' && 'node' in relation.to && recommendations.has(relation.to.node);

/**
 * A deriver that builds edges only for relations that changed (or their selection, or
 * whether they pass through a junction) and keeps the other edge objects, so React Flow
 * re-renders only what really changed. An edge is hidden when a fold hides either end
 * (React Flow would draw it dangling).
 */
export function createFlowEdgeDeriver(): (
  map: EdgeSource,
  selected?: ReadonlySet<RelationId>,
  hiddenNodes?: ReadonlySet<NodeId>,
  context?: ReadonlySet<NodeId> | null,
  only?: ReadonlySet<NodeId>,
  recommendations?: ReadonlySet<string>,
) => FlowEdge[] {
  let cache = new Map<RelationId, EdgeCacheEntry>();
  let last: FlowEdge[] = [];
  return (map, selected = new Set(), hiddenNodes = new Set(), context = null, only, recommendations = new Set()) => {
    const junctions = relationsWithJunction(map);
    const isHidden = (end: string): boolean => {
      const relation = end.startsWith('j:') ? map.relations[end.slice(2) as RelationId] : undefined;
      return relation ? relation.from.every((id) => hiddenNodes.has(id)) : hiddenNodes.has(end as NodeId);
    };
    const next = new Map<RelationId, EdgeCacheEntry>();
    // Focus mode dims a relation unless all its ends are in the focus's context.
    const isDimmed = (relation: Relation): boolean =>
      context !== null &&
      (relation.from.some((id) => !context.has(id)) || ('node' in relation.to && !context.has(relation.to.node)));
    // With only some cards handed to React Flow, a relation is drawn when all its ends are among them.
    const present = (relation: Relation): boolean =>
      !only ||
      (relation.from.every((id) => only.has(id)) &&
        ('node' in relation.to
          ? only.has(relation.to.node)
          : (map.relations[relation.to.relation]?.from.every((id) => only.has(id)) ?? false)));
    let changed = false;
    for (const relation of Object.values(map.relations)) {
      if (!present(relation)) continue;
      const previous = cache.get(relation.id);
      const ends = endsOf(map, relation);
      const key = {
        relation,
        selected: selected.has(relation.id),
        hasJunction: junctions.has(relation.id),
        dimmed: isDimmed(relation),
        follows: followsIn(relation, recommendations),
        // The words are worked out again only when the relation or a node at its ends changed.
        spoken:
          previous && previous.relation === relation && sameEnds(previous.ends, ends)
            ? previous.spoken
            : describeRelation(map, relation),
      };
      const same =
        previous &&
        previous.relation === relation &&
        previous.selected === key.selected &&
        previous.hasJunction === key.hasJunction &&
        previous.dimmed === key.dimmed &&
        previous.follows === key.follows &&
        previous.spoken === key.spoken;
      const built = same
        ? previous.edges
        : relationEdges(relation, key.selected, key.hasJunction, key.spoken, key.dimmed, key.follows);
      const edges = built.map((edge) => {
        const hidden = isHidden(edge.source) || isHidden(edge.target);
        return (edge.hidden ?? false) === hidden ? edge : { ...edge, hidden };
      });
      if (!previous || edges.length !== previous.edges.length || edges.some((edge, i) => edge !== previous.edges[i]))
        changed = true;
      next.set(relation.id, { ...key, ends, edges });
    }
    if (next.size !== cache.size) changed = true;
    cache = next;
    // Nothing changed (a card moved, say): the same array, so React Flow has nothing to re-process.
    if (changed) last = [...next.values()].flatMap((entry) => entry.edges);
    return last;
  };
}

/**
 * What an arrow's words depend on besides the relation: the nodes at its ends (immer keeps an
 * unchanged node's object). An undercut's words name another relation's ends too: always afresh.
 */
function endsOf(map: EdgeSource, relation: Relation): readonly unknown[] | null {
  if (!('node' in relation.to)) return null;
  return [...relation.from.map((id) => map.nodes[id]), map.nodes[relation.to.node]];
}

const sameEnds = (a: readonly unknown[] | null, b: readonly unknown[] | null): boolean =>
  a !== null && b !== null && a.length === b.length && a.every((end, i) => end === b[i]);

/** Derives React Flow edges from relations; junction relations become several edges. */
export function deriveFlowEdges(map: EdgeSource, selected: ReadonlySet<RelationId> = new Set()): FlowEdge[] {
  const junctions = relationsWithJunction(map);
  return Object.values(map.relations).flatMap((relation) =>
    relationEdges(relation, selected.has(relation.id), junctions.has(relation.id), describeRelation(map, relation)),
  );
}

/**
 * One relation's edges: one arrow, or through a junction one segment per premise and one arrow out.
 * The arrow is announced in words ("Reason: … supports Thesis: …"); the segments into a junction
 * are part of that arrow, so a screen reader skips them rather than hear React Flow's ids.
 */
function relationEdges(
  relation: Relation,
  selected: boolean,
  hasJunction: boolean,
  spoken: string,
  dimmed = false,
  follows = false,
): FlowEdge[] {
  return relationEdgesLook(relation, selected, hasJunction, spoken, follows).map((edge) =>
    dimmed ? { ...edge, className: `${edge.className} is-dimmed` } : edge,
  );
}

function relationEdgesLook(
  relation: Relation,
  selected: boolean,
  hasJunction: boolean,
  spoken: string,
  follows: boolean,
): FlowEdge[] {
  const target = 'node' in relation.to ? relation.to.node : junctionId(relation.to.relation);
  if (!hasJunction) {
    return [
      {
        id: relation.id,
        source: relation.from[0],
        target,
        ariaLabel: spoken,
        selected,
        ...edgeLook(relation, true),
        // "Therefore": from the bottom of what leads to the recommendation down to its top (ThereforeEdge.tsx).
        ...(follows ? { type: 'therefore' } : {}),
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
      ariaLabel: spoken,
      // Only the premise end of a segment into a junction can move.
      reconnectable: 'source',
      ...edgeLook(relation, false),
      // Hidden from the accessibility tree: the arrow out of the junction speaks for the relation once.
      domAttributes: { 'data-relation-kind': relation.kind, 'aria-hidden': 'true' } as FlowEdge['domAttributes'],
    })),
    {
      id: `${relation.id}:out`,
      source: via,
      target,
      ariaLabel: spoken,
      selected,
      reconnectable: 'target',
      ...edgeLook(relation, true),
    },
  ];
}
