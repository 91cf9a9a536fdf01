import type { Box } from '../layout/layoutMetrics';
import type { FontWeight } from './textMetrics';

/** A point of the drawing, in map units. */
export interface Point {
  x: number;
  y: number;
}

/**
 * A dash pattern: lengths of dash, gap, dash… in map units, from the start of the line (an odd
 * count repeats, as in SVG and PDF).
 */
export type DashPattern = readonly number[];

/** A rectangle, optionally rounded, filled and outlined. The outline is centred on the edge, as in SVG. */
export interface RectShape {
  type: 'rect';
  x: number;
  y: number;
  width: number;
  height: number;
  rx?: number;
  fill: string;
  stroke?: string;
  strokeWidth?: number;
  dash?: DashPattern;
}

/** A straight line or a cubic Bézier curve from where the path stands to (x, y), in absolute coordinates. */
export type PathSegment =
  | { kind: 'line'; x: number; y: number }
  | { kind: 'curve'; x1: number; y1: number; x2: number; y2: number; x: number; y: number };

/**
 * An arrowhead at a path's end, as explicit geometry: every painter draws these points (an SVG
 * painter may say the same with its marker). A polyline stroked with round caps and joins,
 * and filled when closed.
 */
export interface Arrowhead {
  /** The id of the drawing's marker that draws this head in SVG. */
  marker: string;
  /** One barb's end, the tip, the other barb's end (and the first again when closed). */
  points: Point[];
  closed: boolean;
  color: string;
  strokeWidth: number;
}

/** One open subpath of lines and curves, stroked, with an arrowhead at its end if it has one. */
export interface PathShape {
  type: 'path';
  from: Point;
  segments: PathSegment[];
  fill?: string;
  stroke: string;
  strokeWidth: number;
  dash?: DashPattern;
  arrowhead?: Arrowhead;
}

/**
 * One line of text, placed by its baseline's start, with its advance width as the font sets it
 * (kerning and letter-spacing included): a painter that centres text needs no font metrics.
 */
export interface TextLine {
  x: number;
  y: number;
  text: string;
  width: number;
}

/** Lines set in one size, weight and colour; centred lines say so (`anchor: 'middle'`, x is the centre). */
export interface TextShape {
  type: 'text';
  size: number;
  weight: FontWeight;
  fill: string;
  letterSpacing?: number;
  anchor?: 'middle';
  lines: TextLine[];
}

/** Shapes kept together, named for readers of the SVG (a node's id, "legend"). */
export interface GroupShape {
  type: 'group';
  className: string;
  /** The group's `<title>` when its text is drawn as outlines: a node's kind and text, for screen readers and search. */
  label?: string;
  /** What a viewer shows on hover (SVG's `<title>`): a shortened tag's whole text. */
  tooltip?: string;
  children: Shape[];
}

export type Shape = RectShape | PathShape | TextShape | GroupShape;

/** An arrowhead's look, as React Flow draws it: closed for support and attack, open for an undercut. */
export interface ArrowMarker {
  id: string;
  color: string;
  open: boolean;
}

/** A whole drawing: its visible area, an optional background, the arrowheads' looks, and shapes in paint order. */
export interface Drawing {
  title: string;
  viewBox: Box;
  background?: string;
  markers: ArrowMarker[];
  shapes: Shape[];
}

/** Every text shape in a list of shapes, groups opened, in order. */
export function textShapes(shapes: readonly Shape[], found: TextShape[] = []): TextShape[] {
  // A plain walk, not a generator: a generator nested in groups allocates a result object per shape per level.
  for (let i = 0; i < shapes.length; i++) {
    const shape = shapes[i];
    if (shape.type === 'text') found.push(shape);
    else if (shape.type === 'group') textShapes(shape.children, found);
  }
  return found;
}
