import type { Box } from '../layout/layoutMetrics';
import type { FontWeight } from './textMetrics';

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
  dash?: string;
}

/** A curve or line, with the id of the arrowhead marker at its end if it has one. */
export interface PathShape {
  type: 'path';
  d: string;
  fill?: string;
  stroke: string;
  strokeWidth: number;
  dash?: string;
  markerEnd?: string;
}

/** One line of text, placed by its baseline's start. */
export interface TextLine {
  x: number;
  y: number;
  text: string;
}

/** Lines set in one size, weight and colour; centred lines say so (`anchor: 'middle'`). */
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
  children: Shape[];
}

export type Shape = RectShape | PathShape | TextShape | GroupShape;

/** An arrowhead, as React Flow draws it: closed for support and attack, open for an undercut. */
export interface ArrowMarker {
  id: string;
  color: string;
  open: boolean;
}

/** A whole drawing: its visible area, an optional background, arrowheads, and shapes in paint order. */
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
