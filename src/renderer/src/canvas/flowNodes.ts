import type { ArgumentMap, Position } from '../../../shared/model/argumentMap';
import type { NodeId } from '../../../shared/model/ids';
import { NODE_STATUS_LABELS } from '../../../shared/evaluation/statuses';
import { spokenNodeName } from '../../../shared/model/describeRelation';
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
import { sameFields } from './sameFields';

/** What a card's flow node is made from besides its data; any change in either makes a new node. */
interface CardPlace {
  selected: boolean;
  /** The card Tab reaches on the canvas: the selected one, or with nothing selected the first. */
  tabStop: boolean;
  hidden: boolean;
  /** Outside focus mode's context: drawn faint. */
  dimmed: boolean;
  position: Position;
  measured: Size | undefined;
}

interface CacheEntry {
  data: ArgumentNodeData;
  place: CardPlace;
  flow: ArgumentFlowNode;
}

const EMPTY_VIEW: CanvasView = {
  hidden: new Set(),
  hiddenCount: new Map(),
  hasChildren: new Set(),
  matches: new Set(),
  currentMatch: null,
  editing: null,
  evaluation: null,
  context: null,
};

/**
 * Derives React Flow nodes from the document and the session. The returned
 * function remembers what it built: an unchanged node keeps its object, so React
 * Flow re-processes only the nodes that really changed (immer keeps ArgNode identity).
 */
export function createFlowNodeDeriver(): (
  map: ArgumentMap,
  session: SessionState,
  view?: CanvasView,
  only?: ReadonlySet<NodeId>,
) => FlowNode[] {
  let cache = new Map<NodeId, CacheEntry>();
  let junctionCache = new Map<string, JunctionFlowNode>();
  return (map, session, view = EMPTY_VIEW, only) => {
    const nextCache = new Map<NodeId, CacheEntry>();
    const flowNodes: FlowNode[] = [];
    const compact = map.meta.cards === 'compact';
    const tabStop = lastOf(session.selected) ?? firstKey(map.nodes);
    // On a big map only the cards near the view are handed to React Flow (see useCardWindow.ts).
    const nodes = only ? [...only].flatMap((id) => map.nodes[id] ?? []) : Object.values(map.nodes);
    for (const node of nodes) {
      const place: CardPlace = {
        selected: session.selected.has(node.id),
        tabStop: node.id === tabStop,
        hidden: view.hidden.has(node.id),
        dimmed: view.context !== null && !view.context.has(node.id),
        position: session.dragPositions.get(node.id) ?? node.position,
        measured: session.measured.get(node.id),
      };
      const data: ArgumentNodeData = {
        node,
        editing: view.editing === node.id,
        hasChildren: view.hasChildren.has(node.id),
        hiddenCount: session.collapsed.has(node.id) ? (view.hiddenCount.get(node.id) ?? 0) : null,
        match: view.currentMatch === node.id ? 'current' : view.matches.has(node.id) ? 'match' : 'none',
        ...statusOf(view.evaluation, node.id),
        compact,
      };
      const previous = cache.get(node.id);
      const reuse = previous && sameFields(previous.data, data) && sameFields(previous.place, place);
      const flow: ArgumentFlowNode = reuse
        ? previous.flow
        : {
            id: node.id,
            type: node.kind,
            className: place.dimmed ? `${ARGUMENT_NODE_CLASS} is-dimmed` : ARGUMENT_NODE_CLASS,
            selected: place.selected,
            hidden: place.hidden,
            position: place.position,
            measured: place.measured,
            data,
            // With a size known up front React Flow shows a new card at once instead of after
            // measuring it, so its text field can take the focus before the first key arrives.
            initialWidth: NODE_WIDTH,
            initialHeight: estimateNodeSize(node, compact).height,
            // While its text is typed in, the card must not start a drag.
            draggable: !data.editing,
            ariaLabel: `${spokenNodeName(node)}${data.status ? ` (${NODE_STATUS_LABELS[data.status]})` : ''}`,
            ariaRole: 'group',
            // One tab stop on the canvas (a roving tab index): Tab reaches the selected card, and
            // Alt+arrows (which select) take the focus from card to card.
            domAttributes: {
              'data-kind': node.kind,
              tabIndex: place.tabStop ? 0 : -1,
            } as ArgumentFlowNode['domAttributes'],
          };
      nextCache.set(node.id, reuse ? previous : { data, place, flow });
      flowNodes.push(flow);
    }
    cache = nextCache;
    // Junctions keep their objects too while nothing about them changed.
    const junctions = junctionNodes(map, session, view.hidden, only).map((junction) => {
      const previous = junctionCache.get(junction.id);
      return previous && sameJunction(previous, junction) ? previous : junction;
    });
    junctionCache = new Map(junctions.map((junction) => [junction.id, junction]));
    return [...flowNodes, ...junctions];
  };
}

/** A card's status and, during a what-if that changes it, its status before. */
function statusOf(evaluation: CanvasView['evaluation'], id: NodeId): Pick<ArgumentNodeData, 'status' | 'statusBefore'> {
  if (!evaluation) return { status: null, statusBefore: null };
  const status = evaluation.statuses.nodes.get(id) ?? null;
  const before = evaluation.before?.nodes.get(id) ?? null;
  return { status, statusBefore: before !== null && before !== status ? before : null };
}

// A junction's position is computed afresh each time: compared by value, the rest field by field.
const sameJunction = (a: JunctionFlowNode, b: JunctionFlowNode): boolean =>
  sameFields(a.position, b.position) && a.hidden === b.hidden && sameFields(a.data, b.data);

function junctionNodes(
  map: ArgumentMap,
  session: SessionState,
  hidden: ReadonlySet<NodeId>,
  only: ReadonlySet<NodeId> | undefined,
): JunctionFlowNode[] {
  const geometry = nodeGeometry(map, session.dragPositions, session.measured);
  return [...relationsWithJunction(map)].flatMap((relationId) => {
    const relation = map.relations[relationId];
    if (!relation || (only && !relation.from.every((id) => only.has(id)))) return [];
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

/** The last of a set, without copying it (a selection may hold thousands). */
function lastOf<T>(items: ReadonlySet<T>): T | undefined {
  let last: T | undefined;
  for (const item of items) last = item;
  return last;
}

/** An object's first key, without listing them all (a map may hold thousands of nodes). */
function firstKey<K extends string>(record: Readonly<Record<K, unknown>>): K | undefined {
  for (const key in record) return key;
  return undefined;
}
