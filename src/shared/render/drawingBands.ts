import type { Drawing, Shape } from './shapes';

/**
 * How far glyphs reach above and below their baseline, in font sizes: more than Inter's accented
 * capitals and Cyrillic descenders do (about 1.0 and 0.3), as a band may keep a shape it does not
 * need but must never drop one it does.
 */
const GLYPHS_ABOVE = 1.3;
const GLYPHS_BELOW = 0.6;

type Extent = readonly [top: number, bottom: number];

/** From the top of what a shape paints to its bottom, in map units: strokes, arrowheads and glyphs included. */
export function verticalExtent(shape: Shape): Extent {
  switch (shape.type) {
    case 'rect': {
      const half = shape.stroke ? (shape.strokeWidth ?? 1) / 2 : 0;
      return [shape.y - half, shape.y + shape.height + half];
    }
    case 'path': {
      // A Bézier curve stays inside its control points' hull.
      let [top, bottom] = [shape.from.y, shape.from.y];
      for (const s of shape.segments) {
        const ys = s.kind === 'line' ? [s.y] : [s.y1, s.y2, s.y];
        for (const y of ys) [top, bottom] = [Math.min(top, y), Math.max(bottom, y)];
      }
      let reach = shape.strokeWidth / 2;
      const head = shape.arrowhead;
      if (head) {
        for (const point of head.points) [top, bottom] = [Math.min(top, point.y), Math.max(bottom, point.y)];
        reach = Math.max(reach, head.strokeWidth / 2);
      }
      return [top - reach, bottom + reach];
    }
    case 'text': {
      let [top, bottom] = [Infinity, -Infinity];
      for (const line of shape.lines) [top, bottom] = [Math.min(top, line.y), Math.max(bottom, line.y)];
      return [top - GLYPHS_ABOVE * shape.size, bottom + GLYPHS_BELOW * shape.size];
    }
    case 'group': {
      let [top, bottom] = [Infinity, -Infinity];
      for (const child of shape.children) {
        const [childTop, childBottom] = verticalExtent(child);
        [top, bottom] = [Math.min(top, childTop), Math.max(bottom, childBottom)];
      }
      return [top, bottom];
    }
  }
}

/**
 * Cuts a drawing into horizontal bands: the function returned gives the drawing with only the
 * shapes that reach into [top, bottom] (map units), in their order and groups. A band of a big
 * map holds a few dozen cards instead of thousands, so a rasteriser given one band at a time
 * lays out each card's text about once in all.
 */
export function drawingBands(drawing: Drawing): (top: number, bottom: number) => Drawing {
  // The top level holds a few groups (relations, junctions, nodes, title, legend): look inside them.
  const extents = drawing.shapes.map((shape) =>
    shape.type === 'group' ? shape.children.map(verticalExtent) : verticalExtent(shape),
  );
  const within = (extent: Extent, top: number, bottom: number): boolean => extent[0] <= bottom && extent[1] >= top;
  return (top, bottom) => {
    const shapes: Shape[] = [];
    drawing.shapes.forEach((shape, i) => {
      const extent = extents[i];
      if (shape.type !== 'group') {
        if (within(extent as Extent, top, bottom)) shapes.push(shape);
        return;
      }
      const children = shape.children.filter((_, j) => within((extent as Extent[])[j], top, bottom));
      if (children.length) shapes.push({ ...shape, children });
    });
    return { ...drawing, shapes };
  };
}
