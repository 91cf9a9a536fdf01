import { describe, expect, it } from 'vitest';
import { arrowheadAt, endDirection } from './arrowheads';
import type { PathShape } from './shapes';

const rounded = (points: { x: number; y: number }[]) =>
  points.map(({ x, y }) => [Math.round(x * 1000) / 1000 + 0, Math.round(y * 1000) / 1000 + 0]);

describe('arrowheadAt', () => {
  const up: Pick<PathShape, 'from' | 'segments' | 'strokeWidth'> = {
    from: { x: 120, y: 200 },
    segments: [{ kind: 'curve', x1: 120, y1: 150, x2: 300, y2: 150, x: 300, y: 100 }],
    strokeWidth: 2,
  };

  it('turns the chevron along the path’s end and scales it to 0.9 stroke widths a unit', () => {
    const head = arrowheadAt(up, { id: 'arrow-support', color: '#15803d', open: false });
    // Heading up (−y): the barbs lie below the tip, 5 units (9 map units) back and 4 (7.2) aside.
    expect(rounded(head.points)).toEqual([
      [292.8, 109],
      [300, 100],
      [307.2, 109],
      [292.8, 109],
    ]);
    expect(head).toMatchObject({ marker: 'arrow-support', closed: true, color: '#15803d' });
    expect(head.strokeWidth).toBeCloseTo(1.8, 12);
  });

  it('leaves an open head open', () => {
    const head = arrowheadAt({ ...up, strokeWidth: 2.5 }, { id: 'arrow-undercut', color: '#a16207', open: true });
    expect(head.points).toHaveLength(3);
    expect(head.closed).toBe(false);
    expect(head.strokeWidth).toBeCloseTo(2.25, 12);
  });
});

describe('endDirection', () => {
  it('follows the last control point that is not the end point, else the segment before', () => {
    const from = { x: 0, y: 0 };
    expect(endDirection({ from, segments: [{ kind: 'line', x: 30, y: 0 }] })).toEqual({ x: 30, y: 0 });
    const curve = (x2: number, y2: number) =>
      endDirection({ from, segments: [{ kind: 'curve', x1: 0, y1: 10, x2, y2, x: 10, y: 10 }] });
    expect(curve(10, 20)).toEqual({ x: 0, y: -10 });
    // The second control point on the end point: the first decides.
    expect(curve(10, 10)).toEqual({ x: 10, y: 0 });
  });
});
