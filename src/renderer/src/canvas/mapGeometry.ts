import type { ArgNode, ArgumentMap, Position } from '../../../shared/model/argumentMap';
import type { NodeId } from '../../../shared/model/ids';
import { estimateNodeSize, type Size } from '../../../shared/layout/nodeSize';

/** A rectangle in map units (React Flow's flow coordinates). */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where React Flow puts the map on screen: flow point p shows at p × zoom + (x, y). */
export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

/** Screen pixels kept clear around a fitted map, per side. */
export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** What a card's place is read from: a drag in progress and React Flow's measurements come first. */
export interface CardPlaces {
  dragPositions: ReadonlyMap<NodeId, Position>;
  measured: ReadonlyMap<NodeId, Size>;
}

// Estimating wraps the text: once per node object (immer keeps it while the node is unchanged).
const estimates = new WeakMap<ArgNode, Size>();

/** A card's size as React Flow measured it, else as its text is estimated to wrap. */
export function cardSize(node: ArgNode, measured: ReadonlyMap<NodeId, Size>): Size {
  const known = measured.get(node.id);
  if (known) return known;
  let estimate = estimates.get(node);
  if (!estimate) {
    estimate = estimateNodeSize(node);
    estimates.set(node, estimate);
  }
  return estimate;
}

/** A card's rectangle on the map. */
export function cardRect(node: ArgNode, places: CardPlaces): Rect {
  const { x, y } = places.dragPositions.get(node.id) ?? node.position;
  const { width, height } = cardSize(node, places.measured);
  return { x, y, width, height };
}

/** The rectangle holding every card the folds do not hide; null for an empty map. */
export function mapBounds(map: ArgumentMap, places: CardPlaces, hidden?: ReadonlySet<NodeId>): Rect | null {
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (const node of Object.values(map.nodes)) {
    if (hidden?.has(node.id)) continue;
    const rect = cardRect(node, places);
    left = Math.min(left, rect.x);
    top = Math.min(top, rect.y);
    right = Math.max(right, rect.x + rect.width);
    bottom = Math.max(bottom, rect.y + rect.height);
  }
  return left === Infinity ? null : { x: left, y: top, width: right - left, height: bottom - top };
}

/** The rectangle around some rectangles (null for none). */
export function unionOf(rects: readonly Rect[]): Rect | null {
  if (rects.length === 0) return null;
  const left = Math.min(...rects.map((r) => r.x));
  const top = Math.min(...rects.map((r) => r.y));
  const right = Math.max(...rects.map((r) => r.x + r.width));
  const bottom = Math.max(...rects.map((r) => r.y + r.height));
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/**
 * The viewport that shows all of `bounds` inside the pane, clear of the insets, centred, never
 * zoomed in past `maxZoom`. There is no lower limit: a map of any size fits.
 */
export function fitViewport(bounds: Rect, pane: Size, insets: Insets, maxZoom: number): Viewport {
  const roomX = Math.max(1, pane.width - insets.left - insets.right);
  const roomY = Math.max(1, pane.height - insets.top - insets.bottom);
  const zoom = Math.min(maxZoom, roomX / Math.max(1, bounds.width), roomY / Math.max(1, bounds.height));
  return {
    x: insets.left + (roomX - bounds.width * zoom) / 2 - bounds.x * zoom,
    y: insets.top + (roomY - bounds.height * zoom) / 2 - bounds.y * zoom,
    zoom,
  };
}

/** The usual floor of zooming out: a map that fits above it needs no lower one. */
export const USUAL_MIN_ZOOM = 0.1;

/** How far out zooming may go: far enough to see the whole map with room to spare, at least to 10%. */
export function minZoomFor(bounds: Rect | null, pane: Size): number {
  if (!bounds || pane.width <= 0 || pane.height <= 0) return USUAL_MIN_ZOOM;
  const fits = Math.min(pane.width / Math.max(1, bounds.width), pane.height / Math.max(1, bounds.height));
  return Math.min(USUAL_MIN_ZOOM, fits / 2);
}

/** Whether a rectangle shows, wholly, inside the pane with a margin (screen pixels) at this viewport. */
export function isInView(rect: Rect, viewport: Viewport, pane: Size, margin: number): boolean {
  const left = rect.x * viewport.zoom + viewport.x;
  const top = rect.y * viewport.zoom + viewport.y;
  return (
    left >= margin &&
    top >= margin &&
    left + rect.width * viewport.zoom <= pane.width - margin &&
    top + rect.height * viewport.zoom <= pane.height - margin
  );
}

/** The viewport at `zoom` with the rectangle's centre in the middle of the pane. */
export function centredOn(rect: Rect, pane: Size, zoom: number): Viewport {
  return {
    x: pane.width / 2 - (rect.x + rect.width / 2) * zoom,
    y: pane.height / 2 - (rect.y + rect.height / 2) * zoom,
    zoom,
  };
}
