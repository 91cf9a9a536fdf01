import { describe, expect, it } from 'vitest';
import { arrowheadAt } from './arrowheads';
import { drawingBands, verticalExtent } from './drawingBands';
import type { Drawing, PathShape, Shape } from './shapes';

const edge: PathShape = {
  type: 'path',
  from: { x: 0, y: 500 },
  segments: [{ kind: 'curve', x1: 0, y1: 400, x2: 50, y2: 150, x: 50, y: 100 }],
  stroke: '#000000',
  strokeWidth: 2,
};
edge.arrowhead = arrowheadAt(edge, { id: 'arrow', color: '#000000', open: false });

const card = (y: number, text: string): Shape => ({
  type: 'group',
  className: 'node',
  children: [
    { type: 'rect', x: 0, y, width: 100, height: 50, fill: '#ffffff', stroke: '#000000', strokeWidth: 2 },
    { type: 'text', size: 10, weight: 400, fill: '#000000', lines: [{ x: 5, y: y + 20, text, width: 20 }] },
  ],
});

describe('verticalExtent', () => {
  it('takes in strokes, control points, arrowheads and glyphs above and below the baseline', () => {
    expect(
      verticalExtent({ type: 'rect', x: 0, y: 10, width: 5, height: 20, fill: '#fff', stroke: '#000', strokeWidth: 4 }),
    ).toEqual([8, 32]);
    // The head at (50, 100) heading up reaches 9 units back down, its own stroke 0.9 past its points.
    const [top, bottom] = verticalExtent(edge);
    expect(top).toBeCloseTo(100 - 1, 9);
    expect(bottom).toBeCloseTo(500 + 1, 9);
    const [textTop, textBottom] = verticalExtent({
      type: 'text',
      size: 10,
      weight: 400,
      fill: '#000',
      lines: [{ x: 0, y: 50, text: 'a', width: 5 }],
    });
    expect(textTop).toBeLessThan(50 - 10);
    expect(textBottom).toBeGreaterThan(50 + 3);
  });
});

describe('drawingBands', () => {
  const drawing: Drawing = {
    title: 't',
    viewBox: { x: 0, y: 0, width: 100, height: 600 },
    markers: [],
    shapes: [
      { type: 'group', className: 'relations', children: [edge] },
      { type: 'group', className: 'nodes', children: [card(0, 'first'), card(300, 'second'), card(550, 'third')] },
    ],
  };
  const texts = (part: Drawing): string[] =>
    part.shapes.flatMap(function walk(shape): string[] {
      return shape.type === 'group'
        ? shape.children.flatMap(walk)
        : shape.type === 'text'
          ? shape.lines.map((l) => l.text)
          : [];
    });

  it('keeps, in order and in their groups, only the shapes reaching into the band', () => {
    const band = drawingBands(drawing);
    expect(texts(band(290, 360))).toEqual(['second']);
    expect(band(290, 360).shapes.map((shape) => shape.type === 'group' && shape.className)).toEqual([
      'relations',
      'nodes',
    ]);
    expect(texts(band(0, 600))).toEqual(['first', 'second', 'third']);
    // Past the arrow's end and every card, a group with nothing left goes.
    expect(band(700, 800).shapes).toEqual([]);
    // The arrow crosses a band without a card in it.
    expect(band(200, 250).shapes).toMatchObject([{ className: 'relations', children: [edge] }]);
  });
});
