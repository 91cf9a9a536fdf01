import { describe, expect, it } from 'vitest';
import { makeMap } from '../formats/argdown/argdownTestMaps';
import { NODE_WIDTH } from '../layout/nodeSize';
import { shortenedToWidth } from './cardDrawing';
import { drawMap } from './drawMap';
import { DEFAULT_EXPORT_OPTIONS } from './exportOptions';
import { interMetrics, tableMeasurer } from './fontMetrics';
import type { Shape, TextShape } from './shapes';
import { svgDocument } from './svgDocument';

const measurer = tableMeasurer(interMetrics());
/** An OVA3 speaker id: a 40-character hash, no spaces. */
const HASH = '3f9a2c71d0b84e6a95c1f7e2b3d4a5c6e7f80912';

function texts(shapes: Shape[], out: TextShape[] = []): TextShape[] {
  for (const shape of shapes) {
    if (shape.type === 'text') out.push(shape);
    if (shape.type === 'group') texts(shape.children, out);
  }
  return out;
}

function findGroup(shapes: Shape[], className: string): Extract<Shape, { type: 'group' }> | undefined {
  for (const shape of shapes) {
    if (shape.type !== 'group') continue;
    if (shape.className.split(' ').includes(className)) return shape;
    const inner = findGroup(shape.children, className);
    if (inner) return inner;
  }
  return undefined;
}

describe('a tag longer than its card', () => {
  const map = makeMap([{ id: 'a', text: 'A claim', tags: [HASH, 'short'] }]);
  const drawing = drawMap(map, DEFAULT_EXPORT_OPTIONS, measurer);
  const lines = texts(drawing.shapes).flatMap((shape) => shape.lines.map((line) => ({ shape, line })));

  it('is shortened with "…" to stay inside its pill and the card, and a short tag is left whole', () => {
    const hash = lines.find(({ line }) => line.text.startsWith(HASH.slice(0, 8)))!;
    expect(hash.line.text).not.toBe(HASH);
    expect(hash.line.text.endsWith('…')).toBe(true);
    const width = measurer.width(hash.line.text, hash.shape.size, hash.shape.weight ?? 400);
    const group = findGroup(drawing.shapes, 'tag')!;
    const pill = group.children.find((shape) => shape.type === 'rect')!;
    const cardBox = findGroup(drawing.shapes, 'node')!.children.find((shape) => shape.type === 'rect')!;
    if (pill.type !== 'rect' || cardBox.type !== 'rect') throw new Error('no rects');
    expect(hash.line.x + width).toBeLessThanOrEqual(pill.x + pill.width);
    expect(pill.x + pill.width).toBeLessThanOrEqual(cardBox.x + cardBox.width);
    expect(cardBox.width).toBeLessThanOrEqual(NODE_WIDTH + 1);
    expect(lines.some(({ line }) => line.text === 'short')).toBe(true);
  });

  it('keeps the whole tag as the pill’s tooltip in the SVG', () => {
    const svg = svgDocument(drawing);
    expect(svg).toContain(`<g class="tag">`);
    expect(svg).toContain(`<title>${HASH}</title>`);
  });

  it('shortens by whole characters', () => {
    const measure = (text: string) => [...text].length * 10;
    expect(shortenedToWidth('abcdef', 60, measure)).toBe('abcdef');
    expect(shortenedToWidth('abcdef', 40, measure)).toBe('abc…');
    expect(shortenedToWidth('😀😀😀😀', 30, measure)).toBe('😀😀…');
  });
});
