import type { DashPattern, TextLine } from './shapes';
import type { FontWeight, TextMeasurer } from './textMetrics';

/**
 * A line of text with its baseline's start at (x, y) and its advance width measured. Letter
 * spacing follows every character, the last too, as SVG and CSS set it.
 */
export function measuredLine(
  measurer: TextMeasurer,
  text: string,
  x: number,
  y: number,
  size: number,
  weight: FontWeight,
  letterSpacing = 0,
): TextLine {
  let width = measurer.width(text, size, weight);
  if (letterSpacing) width += letterSpacing * characterCount(text);
  return { x, y, text, width };
}

/** Characters as code points: a surrogate pair is one. */
function characterCount(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) if ((text.charCodeAt(i) & 0xfc00) !== 0xdc00) count++;
  return count;
}

const patterns = new Map<string, DashPattern>();

/** A theme's dash ("8 5", as CSS and the canvas write it) as the drawing's pattern; undefined stays solid. */
export function dashPattern(dash: string | undefined): DashPattern | undefined {
  if (dash === undefined) return undefined;
  let pattern = patterns.get(dash);
  if (!pattern)
    patterns.set(
      dash,
      (pattern = dash
        .trim()
        .split(/[\s,]+/)
        .map(Number)),
    );
  return pattern;
}
