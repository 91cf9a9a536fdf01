import type { NodeStatus } from '../evaluation/statuses';
import { NODE_STATUS_LABELS } from '../evaluation/statuses';
import { NODE_HEADER_HEIGHT } from '../layout/nodeSize';
import type { ExportTheme } from './exportOptions';
import type { Shape } from './shapes';
import type { DrawingTheme } from './themes';
import { measuredLine } from './textLine';
import type { TextMeasurer } from './textMetrics';

/** A status's colours in a drawing: its line and word, and the pill's fill. */
export interface StatusLook {
  stroke: string;
  fill: string;
}

/** As the canvas colours them (evaluation.css); print and high contrast keep to ink, shape and word. */
export function statusLooks(themeName: ExportTheme, theme: DrawingTheme): Record<NodeStatus, StatusLook> {
  if (themeName === 'light') {
    return {
      stands: { stroke: '#15803d', fill: '#dcfce7' },
      falls: { stroke: '#b91c1c', fill: '#fee2e2' },
      open: { stroke: '#92400e', fill: '#fef3c7' },
    };
  }
  if (themeName === 'dark') {
    return {
      stands: { stroke: '#4ade80', fill: theme.surface },
      falls: { stroke: '#f87171', fill: theme.surface },
      open: { stroke: '#fbbf24', fill: theme.surface },
    };
  }
  const plain = { stroke: theme.ink, fill: theme.surface };
  return { stands: plain, falls: plain, open: plain };
}

const CHIP = { size: 11, height: 18, icon: 10, padLeft: 4, gap: 3, padRight: 6 } as const;

/**
 * A card's status as the canvas shows it: a pill at the right of the header with the status's
 * shape (tick, cross, broken ring) and its word, so it reads in greyscale too.
 */
export function drawStatusChip(
  status: NodeStatus,
  look: StatusLook,
  right: number,
  top: number,
  measurer: TextMeasurer,
  /** Where the word's baseline sits in a line box (cardDrawing's baselineIn). */
  baselineIn: (top: number, lineHeight: number, size: number, measurer: TextMeasurer) => number,
): Shape[] {
  const word = measuredLine(measurer, NODE_STATUS_LABELS[status], 0, 0, CHIP.size, 700);
  const width = CHIP.padLeft + CHIP.icon + CHIP.gap + word.width + CHIP.padRight;
  const x = right - width;
  const y = top + (NODE_HEADER_HEIGHT - CHIP.height) / 2;
  const iconX = x + CHIP.padLeft;
  const iconY = y + (CHIP.height - CHIP.icon) / 2;
  const shapes: Shape[] = [
    {
      type: 'rect',
      x,
      y,
      width,
      height: CHIP.height,
      rx: CHIP.height / 2,
      fill: look.fill,
      stroke: look.stroke,
      strokeWidth: 1,
    },
  ];
  const at = (u: number, v: number) => ({ x: iconX + (u * CHIP.icon) / 12, y: iconY + (v * CHIP.icon) / 12 });
  const line = (points: { x: number; y: number }[]): Shape => ({
    type: 'path',
    from: points[0],
    segments: points.slice(1).map((point) => ({ kind: 'line' as const, ...point })),
    fill: 'none',
    stroke: look.stroke,
    strokeWidth: 1.8,
  });
  if (status === 'stands') shapes.push(line([at(2, 6.5), at(5, 9.5), at(10, 2.5)]));
  else if (status === 'falls') shapes.push(line([at(3, 3), at(9, 9)]), line([at(9, 3), at(3, 9)]));
  else {
    shapes.push({
      type: 'rect',
      ...at(2, 2),
      width: (8 * CHIP.icon) / 12,
      height: (8 * CHIP.icon) / 12,
      rx: (4 * CHIP.icon) / 12,
      fill: 'none',
      stroke: look.stroke,
      strokeWidth: 1.6,
      dash: [2.5, 2],
    });
  }
  const baseline = baselineIn(y, CHIP.height, CHIP.size, measurer);
  shapes.push({
    type: 'text',
    size: CHIP.size,
    weight: 700,
    fill: look.stroke,
    lines: [{ ...word, x: iconX + CHIP.icon + CHIP.gap, y: baseline }],
  });
  return shapes;
}

/** A relation that fails, faded: its colour mixed most of the way into the background. */
export function faded(colour: string, background: string): string {
  const parse = (hex: string): number[] | null => {
    const match = /^#([0-9a-f]{6})$/i.exec(hex);
    return match ? [0, 2, 4].map((i) => parseInt(match[1].slice(i, i + 2), 16)) : null;
  };
  const a = parse(colour);
  const b = parse(background);
  if (!a || !b) return colour;
  return `#${a
    .map((value, i) =>
      Math.round(value * 0.35 + b[i] * 0.65)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}
