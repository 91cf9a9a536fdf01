import type { ArgNode } from '../model/argumentMap';

/** Card geometry shared by the canvas, the layout and (later) the SVG renderer. */
export const NODE_WIDTH = 240;
export const NODE_PADDING_X = 14;
export const NODE_HEADER_HEIGHT = 30;
export const NODE_PADDING_BOTTOM = 14;
export const TEXT_LINE_HEIGHT = 20;
/** A titled card's heading: bold, on the text's 20px lines, 4px above the text. */
export const TITLE_GAP = 4;
/** In the compact-cards view a card shows this many lines of its text (fewer under a title). */
export const COMPACT_LINES = 3;
export const COMPACT_LINES_UNDER_TITLE = 2;
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

/** How many lines of its text a card shows: all of them, or in compact cards at most a few. */
export function shownTextLines(lines: number, titled: boolean, compact: boolean): number {
  if (!compact) return lines;
  return Math.min(lines, titled ? COMPACT_LINES_UNDER_TITLE : COMPACT_LINES);
}

/**
 * The size a node's card is expected to take before the canvas has measured it: the header, the
 * title as a heading when it has one, and its text (shortened in the compact-cards view).
 */
export function estimateNodeSize(node: Pick<ArgNode, 'text'> & { title?: string }, compact = false): Size {
  const titled = Boolean(node.title);
  const titleHeight = titled ? estimateLineCount(node.title ?? '') * TEXT_LINE_HEIGHT + TITLE_GAP : 0;
  const lines = shownTextLines(estimateLineCount(node.text), titled, compact);
  return {
    width: NODE_WIDTH,
    height: NODE_HEADER_HEIGHT + titleHeight + lines * TEXT_LINE_HEIGHT + NODE_PADDING_BOTTOM,
  };
}
