import type { ArgumentMap, Position, Relation } from '../model/argumentMap';
import type { NodeId, RelationId } from '../model/ids';
import type { Size } from './nodeSize';
import { concludes } from '../model/premiseOrder';
import { primaryParents, treeChildren, treeLinksOf } from '../model/graph';

/**
 * Figures that say whether a layout is readable: how far the map must be zoomed out to fit a
 * window, whether cards overlap, whether arrows point up and whether they cross or run behind
 * cards. Used by the layout tests and by scripts/measureLayout.ts.
 */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The window the fit zoom is measured in, with React Flow's fit-view padding on each side. */
export const FIT_WINDOW = { width: 1440, height: 900, padding: 32 };

export function cardBoxes(positions: ReadonlyMap<NodeId, Position>, sizeOf: (id: NodeId) => Size): Map<NodeId, Box> {
  return new Map([...positions].map(([id, p]) => [id, { ...p, ...sizeOf(id) }]));
}

export function boundingBox(boxes: Iterable<Box>): Box {
  let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const b of boxes) {
    [left, top] = [Math.min(left, b.x), Math.min(top, b.y)];
    [right, bottom] = [Math.max(right, b.x + b.width), Math.max(bottom, b.y + b.height)];
  }
  return left === Infinity
    ? { x: 0, y: 0, width: 0, height: 0 }
    : { x: left, y: top, width: right - left, height: bottom - top };
}

/** The zoom at which the whole box fits the window: below about 0.45 the text is hard to read. */
export function fitZoom(bounds: Pick<Box, 'width' | 'height'>, window = FIT_WINDOW): number {
  const width = window.width - 2 * window.padding;
  const height = window.height - 2 * window.padding;
  return Math.min(width / Math.max(1, bounds.width), height / Math.max(1, bounds.height));
}

/** Pairs of cards that overlap, found by a sweep over x. */
export function overlappingPairs(boxes: ReadonlyMap<NodeId, Box>): [NodeId, NodeId][] {
  const sorted = [...boxes].sort((a, b) => a[1].x - b[1].x);
  const pairs: [NodeId, NodeId][] = [];
  for (let i = 0; i < sorted.length; i += 1) {
    const [idA, a] = sorted[i];
    for (let j = i + 1; j < sorted.length && sorted[j][1].x < a.x + a.width; j += 1) {
      const [idB, b] = sorted[j];
      if (a.y < b.y + b.height && b.y < a.y + a.height) pairs.push([idA, idB]);
    }
  }
  return pairs;
}

/** One drawn arrow or arrow part: from a premise's (or junction's) top to a target's bottom (or a junction). */
export interface DrawnEdge {
  from: Position;
  to: Position;
  /** The cards the edge touches at its ends: it may run into these. */
  ends: NodeId[];
  /** A premise's arrow, not the part from a junction on to the target. */
  fromPremise: boolean;
  /** A "therefore" arrow (premiseOrder.ts concludes): from the premise's bottom down to the recommendation's top. */
  therefore?: boolean;
}

/** The edges as the canvas draws them, junctions included (same geometry as the renderer). */
export function drawnEdges(map: ArgumentMap, boxes: ReadonlyMap<NodeId, Box>): DrawnEdge[] {
  const withJunction = new Set<RelationId>();
  for (const r of Object.values(map.relations)) {
    if (r.from.length > 1) withJunction.add(r.id);
    if ('relation' in r.to) withJunction.add(r.to.relation);
  }
  const top = (id: NodeId): Position => {
    const b = boxes.get(id)!;
    return { x: b.x + b.width / 2, y: b.y };
  };
  const junction = (r: Relation, depth = 0): Position | undefined => {
    const premises = r.from.filter((id) => boxes.has(id)).map(top);
    const target = depth < 8 ? targetPoint(r, depth + 1) : premises[0];
    if (premises.length === 0 || !target) return undefined;
    const x = premises.reduce((sum, p) => sum + p.x, 0) / premises.length;
    return { x: (x + target.x) / 2, y: (Math.min(...premises.map((p) => p.y)) + target.y) / 2 };
  };
  const targetPoint = (r: Relation, depth = 0): Position | undefined => {
    if ('node' in r.to) {
      const b = boxes.get(r.to.node);
      return b && { x: b.x + b.width / 2, y: b.y + b.height };
    }
    const undercut = map.relations[r.to.relation];
    return undercut && junction(undercut, depth);
  };

  const edges: DrawnEdge[] = [];
  for (const r of Object.values(map.relations)) {
    if (concludes(map, r) && 'node' in r.to && boxes.has(r.to.node)) {
      const b = boxes.get(r.to.node)!;
      const conclusionTop = { x: b.x + b.width / 2, y: b.y };
      for (const premise of r.from.filter((id) => boxes.has(id))) {
        const p = boxes.get(premise)!;
        const bottom = { x: p.x + p.width / 2, y: p.y + p.height };
        edges.push({ from: bottom, to: conclusionTop, ends: [premise, r.to.node], fromPremise: true, therefore: true });
      }
      continue;
    }
    const target = targetPoint(r);
    if (!target) continue;
    const targetCards = 'node' in r.to ? [r.to.node] : [];
    const via = withJunction.has(r.id) ? junction(r) : undefined;
    for (const premise of r.from.filter((id) => boxes.has(id))) {
      edges.push({
        from: top(premise),
        to: via ?? target,
        ends: via ? [premise] : [premise, ...targetCards],
        fromPremise: true,
      });
    }
    if (via) edges.push({ from: via, to: target, ends: targetCards, fromPremise: false });
  }
  return edges;
}

/** Arrows whose premise is not below the point they end at: they loop instead of pointing up. */
export function downwardEdges(edges: DrawnEdge[]): number {
  return edges.filter((e) => e.fromPremise && (e.therefore ? e.from.y > e.to.y + 0.5 : e.from.y < e.to.y - 0.5)).length;
}

/** Crossings between edges, drawn as straight segments; edges that share an end do not count. */
export function edgeCrossings(edges: DrawnEdge[]): number {
  const same = (a: Position, b: Position): boolean => Math.abs(a.x - b.x) < 0.5 && Math.abs(a.y - b.y) < 0.5;
  const side = (a: Position, b: Position, c: Position): number =>
    Math.sign((b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x));
  let count = 0;
  for (let i = 0; i < edges.length; i += 1) {
    const e = edges[i];
    for (let j = i + 1; j < edges.length; j += 1) {
      const f = edges[j];
      if (same(e.from, f.from) || same(e.from, f.to) || same(e.to, f.from) || same(e.to, f.to)) continue;
      if (
        side(e.from, e.to, f.from) * side(e.from, e.to, f.to) < 0 &&
        side(f.from, f.to, e.from) * side(f.from, f.to, e.to) < 0
      ) {
        count += 1;
      }
    }
  }
  return count;
}

/** About one sample every 8 units along the edge, so a curve cannot slip past a card's corner. */
const samplesFor = (from: Position, to: Position): number =>
  Math.max(16, Math.ceil((Math.abs(from.x - to.x) + Math.abs(from.y - to.y)) / 8));

/** Points along the curve React Flow draws for an edge that leaves a top handle and enters a bottom one. */
export function bezierPoints(from: Position, to: Position, steps = samplesFor(from, to)): Position[] {
  const distance = from.y - to.y;
  const offset = distance >= 0 ? 0.5 * distance : 0.25 * 25 * Math.sqrt(-distance);
  const [c1, c2] = [
    { x: from.x, y: from.y - offset },
    { x: to.x, y: to.y + offset },
  ];
  const points: Position[] = [];
  for (let i = 1; i < steps; i += 1) {
    const t = i / steps;
    const [a, b, c, d] = [(1 - t) ** 3, 3 * t * (1 - t) ** 2, 3 * t * t * (1 - t), t ** 3];
    points.push({ x: a * from.x + b * c1.x + c * c2.x + d * to.x, y: a * from.y + b * c1.y + c * c2.y + d * to.y });
  }
  return points;
}

/** Edges whose drawn curve runs behind a card other than the ones it connects (so the reader misreads it). */
export function edgesThroughCards(edges: DrawnEdge[], boxes: ReadonlyMap<NodeId, Box>): number {
  const cell = 256;
  const grid = new Map<string, [NodeId, Box][]>();
  for (const entry of boxes) {
    const b = entry[1];
    for (let gx = Math.floor(b.x / cell); gx <= Math.floor((b.x + b.width) / cell); gx += 1) {
      for (let gy = Math.floor(b.y / cell); gy <= Math.floor((b.y + b.height) / cell); gy += 1) {
        const key = `${gx},${gy}`;
        const list = grid.get(key);
        if (list) list.push(entry);
        else grid.set(key, [entry]);
      }
    }
  }
  const inset = 2; // a curve grazing a card's border is still readable
  return edges.filter((edge) =>
    // A "therefore" arrow is the same curve drawn the other way round.
    (edge.therefore ? bezierPoints(edge.to, edge.from) : bezierPoints(edge.from, edge.to)).some((p) =>
      (grid.get(`${Math.floor(p.x / cell)},${Math.floor(p.y / cell)}`) ?? []).some(
        ([id, b]) =>
          !edge.ends.includes(id) &&
          p.x > b.x + inset &&
          p.x < b.x + b.width - inset &&
          p.y > b.y + inset &&
          p.y < b.y + b.height - inset,
      ),
    ),
  ).length;
}

/**
 * How well a layout keeps the premise order (premiseOrder.ts): over the nodes with two or more
 * premises (nodes whose first relation bears on that node; a recommendation that follows from it
 * counts too, an undercutter does not: it stands beside the premise whose inference it attacks),
 * the share whose premises stand left to right in their stored order, and the share whose
 * premises share one row (the same top). 1 is every one.
 */
export function premiseRows(
  map: ArgumentMap,
  positions: ReadonlyMap<NodeId, Position>,
): { targets: number; orderKept: number; oneRow: number } {
  let [targets, ordered, oneRow] = [0, 0, 0];
  // The relation that hangs each node under its parent: an undercut hangs it under no node.
  const parents = primaryParents(map);
  const undercutters = new Set<NodeId>();
  const seen = new Set<NodeId>();
  for (const relation of Object.values(map.relations)) {
    for (const [child, parent] of treeLinksOf(map, relation)) {
      if (seen.has(child) || parents.get(child) !== parent) continue;
      seen.add(child);
      if ('relation' in relation.to) undercutters.add(child);
    }
  }
  for (const kids of treeChildren(map).values()) {
    const placed = kids.filter((kid) => positions.has(kid) && !undercutters.has(kid));
    if (placed.length < 2) continue;
    targets += 1;
    const xs = placed.map((kid) => positions.get(kid)!.x);
    if (xs.every((x, i) => i === 0 || xs[i - 1] < x)) ordered += 1;
    if (placed.every((kid) => positions.get(kid)!.y === positions.get(placed[0])!.y)) oneRow += 1;
  }
  return { targets, orderKept: targets ? ordered / targets : 1, oneRow: targets ? oneRow / targets : 1 };
}
