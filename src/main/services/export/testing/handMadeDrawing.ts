import { arrowheadAt } from '../../../../shared/render/arrowheads';
import type { Drawing, PathShape, TextShape } from '../../../../shared/render/shapes';
import { measuredLine } from '../../../../shared/render/textLine';
import type { FontWeight, TextMeasurer } from '../../../../shared/render/textMetrics';

/**
 * A small Drawing made by hand the way the map renderer draws (a card with a kind tag and
 * wrapped text, a dashed support edge with an arrowhead), for tests of the PDF and PNG painters.
 */

/** The colours it uses, for looking for them in a rasterised export. */
export const HAND_MADE_COLOURS = {
  background: '#ffffff',
  cardFill: '#eef2ff',
  cardBorder: '#6366f1',
  tag: '#3730a3',
  ink: '#1f2937',
  support: '#15803d',
} as const;

/** Every text it sets, one entry per line (the last is Kazakh, in Cyrillic). */
export const HAND_MADE_TEXTS = ['THESIS', 'First line of text', 'second line', 'Қазақстан — бітімгер ел'] as const;

/** Its size in map units (CSS pixels): the viewBox starts at -32, -32. */
export const HAND_MADE_SIZE = { width: 640, height: 400 } as const;

/** The edge: it starts at (120, 200) heading up and ends at (300, 100) heading up. */
export const HAND_MADE_EDGE = { start: [120, 200], end: [300, 100] } as const;

export interface HandMadeOptions {
  /** false: no background (a transparent export). */
  background?: boolean;
  title?: string;
  /** The tag's and the text's weights (700 and 600 unless given). */
  weights?: { tag: FontWeight; body: FontWeight };
  /** Another visible area (a drawing far bigger than its content). */
  size?: { width: number; height: number };
}

/** The drawing, its text measured with `measurer`. */
export function handMadeDrawing(measurer: TextMeasurer, options: HandMadeOptions = {}): Drawing {
  const { background = true, title = 'Map title', weights = { tag: 700, body: 600 } } = options;
  const size = options.size ?? HAND_MADE_SIZE;
  const c = HAND_MADE_COLOURS;
  const [tagText, ...bodyTexts] = HAND_MADE_TEXTS;
  const marker = { id: 'arrow-support', color: c.support, open: false };
  const edge: PathShape = {
    type: 'path',
    from: { x: 120, y: 200 },
    segments: [{ kind: 'curve', x1: 120, y1: 150, x2: 300, y2: 150, x: 300, y: 100 }],
    fill: 'none',
    stroke: c.support,
    strokeWidth: 2,
    dash: [8, 5],
  };
  edge.arrowhead = arrowheadAt(edge, marker);
  const tag: TextShape = {
    type: 'text',
    size: 11,
    weight: weights.tag,
    fill: c.tag,
    letterSpacing: 0.66,
    lines: [measuredLine(measurer, tagText, 15.5, 20.5, 11, weights.tag, 0.66)],
  };
  const body: TextShape = {
    type: 'text',
    size: 14,
    weight: weights.body,
    fill: c.ink,
    lines: bodyTexts.map((text, i) => measuredLine(measurer, text, 15.5, 46.6 + 20 * i, 14, weights.body)),
  };
  return {
    title,
    viewBox: { x: -32, y: -32, ...size },
    background: background ? c.background : undefined,
    markers: [marker],
    shapes: [
      { type: 'group', className: 'relations', children: [edge] },
      {
        type: 'group',
        className: 'node',
        children: [
          {
            type: 'rect',
            x: 0.75,
            y: 0.75,
            width: 238.5,
            height: 100,
            rx: 8,
            fill: c.cardFill,
            stroke: c.cardBorder,
            strokeWidth: 1.5,
          },
          tag,
          body,
        ],
      },
    ],
  };
}
