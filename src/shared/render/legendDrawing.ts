import type { MapMetadata } from '../model/argumentMap';
import { NODE_KIND_LABELS, RELATION_KIND_LABELS, type NodeKind, type RelationKind } from '../model/kinds';
import type { Box } from '../layout/layoutMetrics';
import type { PathShape, Shape } from './shapes';
import type { DrawingTheme } from './themes';
import { baselineIn } from './cardDrawing';
import { markerOf } from './edgeDrawing';
import { arrowheadAt } from './arrowheads';
import type { TextMeasurer } from './textMetrics';
import { dashPattern, measuredLine } from './textLine';

export interface Placed {
  shapes: Shape[];
  box: Box;
}

const TITLE_SIZE = 22;
const BYLINE_SIZE = 13;

/** The map's title, and its author and date beneath, set left-aligned above the map. */
export function drawTitle(
  meta: MapMetadata,
  left: number,
  bottom: number,
  theme: DrawingTheme,
  measurer: TextMeasurer,
): Placed {
  const byline = [meta.author, meta.date].filter(Boolean).join(' · ');
  const titleLine = 30;
  const bylineLine = byline ? 20 : 0;
  const top = bottom - titleLine - bylineLine;
  const shapes: Shape[] = [
    {
      type: 'text',
      size: TITLE_SIZE,
      weight: 700,
      fill: theme.ink,
      lines: [
        measuredLine(measurer, meta.title, left, baselineIn(top, titleLine, TITLE_SIZE, measurer), TITLE_SIZE, 700),
      ],
    },
  ];
  if (byline) {
    shapes.push({
      type: 'text',
      size: BYLINE_SIZE,
      weight: 400,
      fill: theme.muted,
      lines: [
        measuredLine(
          measurer,
          byline,
          left,
          baselineIn(top + titleLine, bylineLine, BYLINE_SIZE, measurer),
          BYLINE_SIZE,
          400,
        ),
      ],
    });
  }
  const width = Math.max(
    measurer.width(meta.title, TITLE_SIZE, 700),
    byline ? measurer.width(byline, BYLINE_SIZE, 400) : 0,
  );
  return {
    shapes: [{ type: 'group', className: 'title', children: shapes }],
    box: { x: left, y: top, width, height: bottom - top },
  };
}

const ITEM_SIZE = 13;
const ROW = 22;
const PAD = 12;
const GAP = 20;

/**
 * A key to the kinds and relations the drawing shows, as the canvas legend draws them
 * (swatches for kinds, line samples with their arrowheads for relations), in rows that wrap
 * at the given width.
 */
export function drawLegend(
  kinds: readonly NodeKind[],
  relations: readonly RelationKind[],
  linked: boolean,
  at: { x: number; y: number; maxWidth: number },
  theme: DrawingTheme,
  measurer: TextMeasurer,
): Placed {
  const items: { width: number; draw: (x: number, y: number) => Shape[] }[] = [];
  const label = (text: string, x: number, y: number): Shape => ({
    type: 'text',
    size: ITEM_SIZE,
    weight: 400,
    fill: theme.ink,
    lines: [measuredLine(measurer, text, x, baselineIn(y, ROW, ITEM_SIZE, measurer), ITEM_SIZE, 400)],
  });
  // Each item is a symbol, then its label after `indent`.
  const item = (indent: number, text: string, symbol: (x: number, y: number) => Shape[]): void => {
    items.push({
      width: indent + measurer.width(text, ITEM_SIZE, 400),
      draw: (x, y) => [...symbol(x, y), label(text, x + indent, y)],
    });
  };
  for (const kind of kinds) {
    const style = theme.nodes[kind];
    item(26, NODE_KIND_LABELS[kind], (x, y) => [
      {
        type: 'rect',
        x: x + 0.75,
        y: y + 5.75,
        width: 16.5,
        height: 10.5,
        rx: 2.5,
        fill: style.fill,
        stroke: style.border,
        strokeWidth: 1.5,
        dash: dashPattern(style.borderDash),
      },
    ]);
  }
  for (const kind of relations) {
    const look = theme.relations[kind];
    item(44, RELATION_KIND_LABELS[kind], (x, y) => {
      const sample: PathShape = {
        type: 'path',
        from: { x: x + 1, y: y + ROW / 2 },
        segments: [{ kind: 'line', x: x + 30, y: y + ROW / 2 }],
        stroke: look.stroke,
        strokeWidth: look.width,
        dash: dashPattern(look.dash),
      };
      sample.arrowhead = arrowheadAt(sample, markerOf(theme, kind));
      return [sample];
    });
  }
  if (linked) {
    item(50, 'Premises that count only together', (x, y) => [
      {
        type: 'rect',
        x: x + 1,
        y: y + 3,
        width: 40,
        height: 16,
        rx: 8,
        fill: theme.surface,
        stroke: theme.muted,
        strokeWidth: 1.5,
      },
      {
        type: 'text',
        size: 10,
        weight: 600,
        fill: theme.muted,
        anchor: 'middle',
        lines: [measuredLine(measurer, 'linked', x + 21, baselineIn(y + 3, 16, 10, measurer), 10, 600)],
      },
    ]);
  }
  const heading = 'LEGEND';
  const shapes: Shape[] = [];
  const contentLeft = at.x + PAD;
  const contentWidth = Math.max(200, at.maxWidth - 2 * PAD);
  let [x, y] = [contentLeft, at.y + PAD + 20];
  let widest = measurer.width(heading, 11, 700) + 6 * 0.66;
  for (const item of items) {
    if (x > contentLeft && x + item.width > contentLeft + contentWidth) [x, y] = [contentLeft, y + ROW + 4];
    shapes.push(...item.draw(x, y));
    widest = Math.max(widest, x + item.width - contentLeft);
    x += item.width + GAP;
  }
  const box = { x: at.x, y: at.y, width: widest + 2 * PAD, height: y + ROW + PAD - at.y };
  return {
    box,
    shapes: [
      {
        type: 'group',
        className: 'legend',
        children: [
          {
            type: 'rect',
            x: box.x + 0.5,
            y: box.y + 0.5,
            width: box.width - 1,
            height: box.height - 1,
            rx: 8,
            fill: theme.surface,
            stroke: theme.rule,
            strokeWidth: 1,
          },
          {
            type: 'text',
            size: 11,
            weight: 700,
            fill: theme.muted,
            letterSpacing: 0.66,
            lines: [
              measuredLine(measurer, heading, contentLeft, baselineIn(at.y + PAD, 16, 11, measurer), 11, 700, 0.66),
            ],
          },
          ...shapes,
        ],
      },
    ],
  };
}
