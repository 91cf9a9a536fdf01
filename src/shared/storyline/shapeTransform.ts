import type { Shape } from '../render/shapes';

/** Shapes scaled by `scale` about the origin, then moved by (dx, dy): sizes, widths and dashes scale too. */
export function transformShapes(shapes: readonly Shape[], scale: number, dx: number, dy: number): Shape[] {
  const x = (value: number): number => value * scale + dx;
  const y = (value: number): number => value * scale + dy;
  const point = (p: { x: number; y: number }) => ({ x: x(p.x), y: y(p.y) });
  return shapes.map((shape): Shape => {
    switch (shape.type) {
      case 'group':
        return { ...shape, children: transformShapes(shape.children, scale, dx, dy) };
      case 'rect':
        return {
          ...shape,
          x: x(shape.x),
          y: y(shape.y),
          width: shape.width * scale,
          height: shape.height * scale,
          ...(shape.rx !== undefined && { rx: shape.rx * scale }),
          ...(shape.strokeWidth !== undefined && { strokeWidth: shape.strokeWidth * scale }),
          ...(shape.dash && { dash: shape.dash.map((length) => length * scale) }),
        };
      case 'path':
        return {
          ...shape,
          from: point(shape.from),
          segments: shape.segments.map((s) =>
            s.kind === 'line'
              ? { kind: 'line', x: x(s.x), y: y(s.y) }
              : { kind: 'curve', x1: x(s.x1), y1: y(s.y1), x2: x(s.x2), y2: y(s.y2), x: x(s.x), y: y(s.y) },
          ),
          strokeWidth: shape.strokeWidth * scale,
          ...(shape.dash && { dash: shape.dash.map((length) => length * scale) }),
          ...(shape.arrowhead && {
            arrowhead: {
              ...shape.arrowhead,
              points: shape.arrowhead.points.map(point),
              strokeWidth: shape.arrowhead.strokeWidth * scale,
            },
          }),
        };
      case 'text':
        return {
          ...shape,
          size: shape.size * scale,
          ...(shape.letterSpacing !== undefined && { letterSpacing: shape.letterSpacing * scale }),
          lines: shape.lines.map((line) => ({ ...line, x: x(line.x), y: y(line.y), width: line.width * scale })),
        };
    }
  });
}
