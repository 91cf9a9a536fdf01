import type { ArgumentMap, Position, Relation } from '../model/argumentMap';
import { faded } from './statusDrawing';
import type { NodeId, RelationId } from '../model/ids';
import { RELATION_KINDS, type RelationKind } from '../model/kinds';
import type { Box } from '../layout/layoutMetrics';
import { junctionCentre, junctionSize, relationsWithJunction, type NodeGeometry } from '../layout/junctionGeometry';
import type { ArrowMarker, PathSegment, PathShape, Shape } from './shapes';
import { arrowheadAt } from './arrowheads';
import { concludes } from '../model/premiseOrder';
import type { DrawingTheme } from './themes';
import { baselineIn } from './cardDrawing';
import type { TextMeasurer } from './textMetrics';
import { dashPattern, measuredLine } from './textLine';

/**
 * Handle offsets as React Flow measures them: a card's 10px handle sits centred on its edge, so
 * an arrow leaves 5px above a premise and ends 5px below its target; a junction's 6px handles
 * sit at its centre (styles.css moves them there).
 */
const CARD_HANDLE = 5;
const JUNCTION_OUT = -3;
const JUNCTION_IN = 9;

export const markerId = (kind: RelationKind): string => `arrow-${kind}`;

/** A junction group's class, one string per kind (not one per junction). */
const JUNCTION_CLASS = Object.fromEntries(RELATION_KINDS.map((kind) => [kind, `junction junction-${kind}`])) as Record<
  RelationKind,
  string
>;

/** Hundredths of a map unit: what the SVG writes, so every painter draws the same numbers. */
const hundredths = (v: number): number => Math.round(v * 100) / 100;

/**
 * React Flow's bezier from a top handle up (or around) to a bottom handle, curvature 0.25; with
 * `down`, from a bottom handle down to a top one (a "therefore" arrow into a recommendation).
 */
export function bezierPath(
  from: Position,
  to: Position,
  down = false,
): { geometry: Pick<PathShape, 'from' | 'segments'>; controls: [Position, Position] } {
  const sign = down ? -1 : 1;
  const distance = sign * (from.y - to.y);
  const offset = sign * (distance >= 0 ? 0.5 * distance : 0.25 * 25 * Math.sqrt(-distance));
  const c1 = { x: from.x, y: from.y - offset };
  const c2 = { x: to.x, y: to.y + offset };
  const [x1, x2] = [hundredths(c1.x), hundredths(c2.x)];
  const curve: PathSegment = {
    kind: 'curve',
    x1,
    y1: hundredths(c1.y),
    x2,
    y2: hundredths(c2.y),
    x: x2,
    y: hundredths(to.y),
  };
  return { geometry: { from: { x: x1, y: hundredths(from.y) }, segments: [curve] }, controls: [c1, c2] };
}

export interface DrawnRelations {
  /** Arrows, painted under the cards as on the canvas. */
  edges: Shape[];
  /** Junction pills and dots, painted over the arrows. */
  junctions: Shape[];
  markers: ArrowMarker[];
  /** Everything drawn, arrowheads and curves included: the drawing's extent. */
  extents: Box[];
}

/** Every relation among the drawn cards, with junctions for linked premises and undercut targets. */
export function drawRelations(
  map: ArgumentMap,
  cards: ReadonlyMap<NodeId, Box>,
  theme: DrawingTheme,
  measurer: TextMeasurer,
  failing: ReadonlySet<RelationId> = new Set(),
): DrawnRelations {
  const geometry: NodeGeometry = {
    positionOf: (id) => cards.get(id)!,
    sizeOf: (id) => cards.get(id)!,
  };
  const withJunction = relationsWithJunction(map);
  const centres = new Map<RelationId, Position>();
  const centreOf = (relation: Relation): Position => {
    let centre = centres.get(relation.id);
    if (!centre) centres.set(relation.id, (centre = junctionCentre(map, relation, geometry)));
    return centre;
  };
  const drawn: DrawnRelations = { edges: [], junctions: [], markers: [], extents: [] };
  const kinds = new Set<RelationKind>();

  const arrow = (from: Position, to: Position, relation: Relation, withHead: boolean, down = false): void => {
    const look = theme.relations[relation.kind];
    const { geometry, controls } = bezierPath(from, to, down);
    const path: PathShape = {
      type: 'path',
      ...geometry,
      fill: 'none',
      // A relation that fails is drawn faded, as on the canvas.
      stroke: failing.has(relation.id) ? faded(look.stroke, theme.background) : look.stroke,
      strokeWidth: look.width,
      dash: dashPattern(look.dash),
    };
    if (withHead) {
      path.arrowhead = arrowheadAt(path, markerOf(theme, relation.kind));
      kinds.add(relation.kind);
    }
    drawn.edges.push(path);
    const [c1, c2] = controls;
    const left = Math.min(from.x, to.x, c1.x, c2.x);
    const right = Math.max(from.x, to.x, c1.x, c2.x);
    const top = Math.min(from.y, to.y, c1.y, c2.y);
    const bottom = Math.max(from.y, to.y, c1.y, c2.y);
    // The curve stays inside its control points' hull; an arrowhead reaches about 10px past the end.
    const reach = withHead ? 10 : look.width;
    drawn.extents.push({
      x: left - reach,
      y: top - reach,
      width: right - left + 2 * reach,
      height: bottom - top + 2 * reach,
    });
  };

  const targetPoint = (relation: Relation): Position | undefined => {
    if ('node' in relation.to) {
      const box = cards.get(relation.to.node);
      return box && { x: box.x + box.width / 2, y: box.y + box.height + CARD_HANDLE };
    }
    const undercut = map.relations[relation.to.relation];
    if (!undercut) return undefined;
    const centre = centreOf(undercut);
    return { x: centre.x, y: centre.y + JUNCTION_IN };
  };
  const premiseTop = (id: NodeId): Position => {
    const box = cards.get(id)!;
    return { x: box.x + box.width / 2, y: box.y - CARD_HANDLE };
  };

  for (const relation of Object.values(map.relations)) {
    const target = targetPoint(relation);
    if (!target || relation.from.some((id) => !cards.has(id))) continue;
    if (!withJunction.has(relation.id) && concludes(map, relation) && 'node' in relation.to) {
      // "Therefore": from the bottom of what leads to the recommendation down to its top, as the canvas draws it.
      const [premise, conclusion] = [cards.get(relation.from[0])!, cards.get(relation.to.node)!];
      const bottom = { x: premise.x + premise.width / 2, y: premise.y + premise.height + CARD_HANDLE };
      arrow(bottom, { x: conclusion.x + conclusion.width / 2, y: conclusion.y - CARD_HANDLE }, relation, true, true);
      continue;
    }
    if (!withJunction.has(relation.id)) {
      arrow(premiseTop(relation.from[0]), target, relation, true);
      continue;
    }
    const centre = centreOf(relation);
    for (const premise of relation.from)
      arrow(premiseTop(premise), { x: centre.x, y: centre.y + JUNCTION_IN }, relation, false);
    arrow({ x: centre.x, y: centre.y + JUNCTION_OUT }, target, relation, true);
    drawJunction(relation, centre, theme, measurer, drawn);
  }
  drawn.markers = [...kinds].map((kind) => markerOf(theme, kind));
  return drawn;
}

/** The arrowhead's look for a kind of relation: open for an undercut, closed otherwise. */
export const markerOf = (theme: DrawingTheme, kind: RelationKind): ArrowMarker => ({
  id: markerId(kind),
  color: theme.relations[kind].stroke,
  open: kind === 'undercut',
});

/** A "linked" pill where linked premises join, or a dot on a relation an undercut hits. */
function drawJunction(
  relation: Relation,
  centre: Position,
  theme: DrawingTheme,
  measurer: TextMeasurer,
  drawn: DrawnRelations,
): void {
  const size = junctionSize(relation);
  const color = theme.relations[relation.kind].stroke;
  const box = { x: centre.x - size.width / 2, y: centre.y - size.height / 2, ...size };
  const border = 2;
  const children: Shape[] = [
    {
      type: 'rect',
      x: box.x + border / 2,
      y: box.y + border / 2,
      width: box.width - border,
      height: box.height - border,
      rx: (box.height - border) / 2,
      fill: theme.surface,
      stroke: color,
      strokeWidth: border,
    },
  ];
  if (relation.from.length > 1) {
    children.push({
      type: 'text',
      size: 11,
      weight: 600,
      fill: color,
      anchor: 'middle',
      lines: [measuredLine(measurer, 'linked', centre.x, baselineIn(box.y, box.height, 11, measurer), 11, 600)],
    });
  }
  drawn.junctions.push({ type: 'group', className: JUNCTION_CLASS[relation.kind], children });
  drawn.extents.push(box);
}
