import type { ArgumentMap, Relation } from '../../../shared/model/argumentMap';
import type { NodeId, RelationId } from '../../../shared/model/ids';
import { RELATION_KINDS, type NodeKind, type RelationKind } from '../../../shared/model/kinds';
import { cardRect, type CardPlaces, type Rect } from './mapGeometry';

/**
 * The map flattened for the overview painter: each shown card's rectangle in one typed array, each
 * relation kind's lines in another, so a frame is a few loops over numbers with no objects made.
 */
export interface OverviewScene {
  ids: NodeId[];
  kinds: NodeKind[];
  titles: string[];
  /** x, y, width, height of card i at 4i…4i+3. */
  rects: Float64Array;
  /** Per relation kind: x1, y1, x2, y2 of each line, from the premise's top edge to the target's bottom. */
  lines: Record<RelationKind, Float64Array>;
}

/** What a block shows as its title: the node's own title, else its text. */
const titleOf = (title: string | undefined, text: string): string => (title ?? text).trim();

/** Builds the scene from the map: once per change of the map, the folds or the cards' sizes, never per frame. */
export function buildOverviewScene(map: ArgumentMap, places: CardPlaces, hidden: ReadonlySet<NodeId>): OverviewScene {
  const nodes = Object.values(map.nodes).filter((node) => !hidden.has(node.id));
  const rects = new Float64Array(nodes.length * 4);
  const byId = new Map<NodeId, Rect>();
  nodes.forEach((node, i) => {
    const rect = cardRect(node, places);
    byId.set(node.id, rect);
    rects.set([rect.x, rect.y, rect.width, rect.height], i * 4);
  });
  const relations = map.relations;
  // Where a relation's line ends, for an undercut to point at: the middle of its first line.
  const midpoint = (relation: Relation, seen: Set<RelationId>): [number, number] | null => {
    const from = byId.get(relation.from[0]);
    const to = targetPoint(relation, seen);
    return from && to ? [(from.x + from.width / 2 + to[0]) / 2, (from.y + to[1]) / 2] : null;
  };
  const targetPoint = (relation: Relation, seen: Set<RelationId>): [number, number] | null => {
    if ('node' in relation.to) {
      const rect = byId.get(relation.to.node);
      return rect ? [rect.x + rect.width / 2, rect.y + rect.height] : null;
    }
    const target = relations[relation.to.relation];
    // An undercut of an undercut of… ends somewhere; a cycle of them (not a valid map) must not hang.
    if (!target || seen.has(target.id)) return null;
    seen.add(target.id);
    return midpoint(target, seen);
  };
  const lines = Object.fromEntries(RELATION_KINDS.map((kind) => [kind, [] as number[]])) as Record<
    RelationKind,
    number[]
  >;
  for (const relation of Object.values(relations)) {
    const to = targetPoint(relation, new Set([relation.id]));
    if (!to) continue;
    for (const premise of relation.from) {
      const from = byId.get(premise);
      if (from) lines[relation.kind].push(from.x + from.width / 2, from.y, to[0], to[1]);
    }
  }
  return {
    ids: nodes.map((node) => node.id),
    kinds: nodes.map((node) => node.kind),
    titles: nodes.map((node) => titleOf(node.title, node.text)),
    rects,
    lines: Object.fromEntries(RELATION_KINDS.map((kind) => [kind, Float64Array.from(lines[kind])])) as Record<
      RelationKind,
      Float64Array
    >,
  };
}

/** The card under a point of the map, the one drawn last (on top) first; null over empty space. */
export function cardAt(scene: OverviewScene, x: number, y: number, slack = 0): NodeId | null {
  const { rects } = scene;
  for (let i = scene.ids.length - 1; i >= 0; i--) {
    const left = rects[i * 4] - slack;
    const top = rects[i * 4 + 1] - slack;
    if (x >= left && y >= top && x <= left + rects[i * 4 + 2] + 2 * slack && y <= top + rects[i * 4 + 3] + 2 * slack) {
      return scene.ids[i];
    }
  }
  return null;
}
