import type { ArgNode } from '../model/argumentMap';

/** Card geometry shared by the canvas, the layout and (later) the SVG renderer. */
export const NODE_WIDTH = 240;
export const NODE_PADDING_X = 14;
export const NODE_HEADER_HEIGHT = 30;
export const NODE_PADDING_BOTTOM = 14;
export const TEXT_LINE_HEIGHT = 20;
/** Average advance of Inter at 14px; close enough to estimate wrapping before React measures. */
const AVERAGE_CHAR_WIDTH = 7.1;

export interface Size {
  width: number;
  height: number;
}

/** Greedy word wrap by estimated width: the number of lines a text takes in a card. */
export function estimateLineCount(text: string, width = NODE_WIDTH - 2 * NODE_PADDING_X): number {
  const maxChars = Math.max(8, Math.floor(width / AVERAGE_CHAR_WIDTH));
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let current = 0;
    lines += 1;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const needed = current === 0 ? word.length : current + 1 + word.length;
      if (needed > maxChars && current > 0) {
        lines += 1;
        current = word.length;
      } else {
        current = needed;
      }
    }
  }
  return Math.max(1, lines);
}

/** The size a node's card is expected to take before the canvas has measured it. */
export function estimateNodeSize(node: Pick<ArgNode, 'text'>): Size {
  const lines = estimateLineCount(node.text);
  return { width: NODE_WIDTH, height: NODE_HEADER_HEIGHT + lines * TEXT_LINE_HEIGHT + NODE_PADDING_BOTTOM };
}
