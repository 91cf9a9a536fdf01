import type { ArrowMarker, Arrowhead, PathShape, Point } from './shapes';

/**
 * The arrowhead's shape in its own units, as React Flow's markers draw it: a chevron whose tip
 * is the origin, pointing along +x. SVG writes it once per look as a <marker> (viewBox -10 -10
 * 20 20, 18 stroke widths wide: 0.9 stroke widths a unit); other painters draw arrowheadAt's
 * points. Both come from these numbers, so the two cannot drift apart.
 */
export const ARROWHEAD = {
  /** The open chevron; a closed head goes back to its first point. */
  points: [
    [-5, -4],
    [0, 0],
    [-5, 4],
  ] as const,
  viewBox: [-10, -10, 20, 20] as const,
  /** markerWidth and markerHeight, in stroke widths (markerUnits="strokeWidth"). */
  size: 18,
  /** The chevron's own stroke, in its units. */
  strokeWidth: 1,
} as const;

/** Map units per arrowhead unit on a path stroked `strokeWidth` wide. */
const unitOf = (strokeWidth: number): number => (ARROWHEAD.size / ARROWHEAD.viewBox[2]) * strokeWidth;

/**
 * The direction a path heads in at its end, as SVG turns a marker there (orient="auto"): along
 * the last curve's tangent, which a control point lying on the end point leaves to the one before it.
 */
export function endDirection(path: Pick<PathShape, 'from' | 'segments'>): Point {
  const { segments } = path;
  const last = segments[segments.length - 1];
  const previous = segments.length > 1 ? segments[segments.length - 2] : path.from;
  const candidates: Point[] =
    last.kind === 'curve' ? [{ x: last.x2, y: last.y2 }, { x: last.x1, y: last.y1 }, previous] : [previous];
  for (const point of candidates) {
    if (point.x !== last.x || point.y !== last.y) return { x: last.x - point.x, y: last.y - point.y };
  }
  return { x: 1, y: 0 };
}

/** The arrowhead of `marker`'s look at the end of `path`, turned along it and scaled to its stroke. */
export function arrowheadAt(
  path: Pick<PathShape, 'from' | 'segments' | 'strokeWidth'>,
  marker: ArrowMarker,
): Arrowhead {
  const tip = path.segments[path.segments.length - 1];
  const direction = endDirection(path);
  const unit = unitOf(path.strokeWidth);
  const length = Math.hypot(direction.x, direction.y);
  const cos = (direction.x / length) * unit;
  const sin = (direction.y / length) * unit;
  const points = ARROWHEAD.points.map(([x, y]) => ({ x: tip.x + x * cos - y * sin, y: tip.y + x * sin + y * cos }));
  if (!marker.open) points.push({ ...points[0] });
  return {
    marker: marker.id,
    points,
    closed: !marker.open,
    color: marker.color,
    strokeWidth: ARROWHEAD.strokeWidth * unit,
  };
}
