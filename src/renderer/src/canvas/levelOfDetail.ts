/**
 * When the canvas draws cards as DOM cards and when as an overview (coloured blocks on one
 * <canvas>). Measured on a generated 5,000-node map (docs/performance.md): React Flow's DOM cards
 * cost about 0.1 ms each to mount, so a fitted big map of thousands of cards froze the window for
 * seconds, while the overview paints 10,000 blocks and relations in a few milliseconds a frame.
 */

/** Below this zoom a card's text (13 px) is under 5 px high: nobody reads it, so it is not built. */
export const DETAIL_ZOOM = 0.35;

/** A small map keeps its cards at every zoom: too few to cost anything, and they keep their look. */
export const OVERVIEW_FROM_NODES = 200;

/** Whether a map of this many nodes, at this zoom, is drawn as the overview. */
export const showsOverview = (nodeCount: number, zoom: number): boolean =>
  nodeCount > OVERVIEW_FROM_NODES && zoom < DETAIL_ZOOM;

/** The overview writes a block's title once the block is this wide on screen (about 8 characters). */
export const TITLE_MIN_WIDTH_PX = 56;

/** The title's size on screen, in pixels: small but readable. */
export const TITLE_FONT_PX = 11;
