import { measuredLine } from '../render/textLine';
import type { TextShape } from '../render/shapes';
import { wrapTextIn, type FontWeight, type TextMeasurer } from '../render/textMetrics';

/** Lines are this many times their type's size apart. */
export const LINE_SPACING = 1.35;

/**
 * Text wrapped to `width`, its first baseline at `top` + the size, at most `maxLines` lines (the
 * last ends in "…" when there was more).
 */
export function textBlock(
  text: string,
  left: number,
  baseline: number,
  width: number,
  size: number,
  weight: FontWeight,
  fill: string,
  measurer: TextMeasurer,
  maxLines = Infinity,
): TextShape {
  let lines = wrapTextIn(measurer, text, width, size, weight);
  if (lines.length > maxLines) {
    lines = lines.slice(0, maxLines);
    let last = lines[maxLines - 1].trimEnd();
    while (last && measurer.width(`${last}…`, size, weight) > width) last = last.slice(0, -1).trimEnd();
    lines[maxLines - 1] = `${last}…`;
  }
  return {
    type: 'text',
    size,
    weight,
    fill,
    lines: lines.map((line, i) => measuredLine(measurer, line, left, baseline + i * size * LINE_SPACING, size, weight)),
  };
}

/** How far below its first baseline a block of `count` lines ends. */
export const blockDepth = (count: number, size: number): number => Math.max(0, count - 1) * size * LINE_SPACING;
