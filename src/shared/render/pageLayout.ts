import type { Orientation, PageSize } from './exportOptions';

/** Points per CSS pixel: a PDF point is 1/72 in, a CSS pixel 1/96 in. */
export const PT_PER_PX = 72 / 96;

/** Paper and slide sizes in points, portrait (a slide is PowerPoint's 16:9, 13.33 × 7.5 in). */
export const PAPER_POINTS = { a4: [595.28, 841.89], letter: [612, 792] } as const;
export const SLIDE_POINTS = [960, 540] as const;

/** Blank border of paper and slide pages: half an inch, inside most printers' unprintable edge. */
export const PAGE_MARGIN = 36;
/** Inset of the title block on a page that fits the map (the drawing brings its own padding). */
export const FIT_TITLE_INSET = 24;
/** Narrowest "fit" page that has a title block, so a small map's title does not wrap word by word. */
export const FIT_MIN_WIDTH_WITH_TITLE = 360;
/** Space between the title block and the drawing. */
export const TITLE_GAP = 12;
/** How far a slide may enlarge a small map: 3× sets 14 px card text at about 31 pt. */
export const SLIDE_MAX_ENLARGEMENT = 3;
/**
 * The longest side a page may have: 200 in, the limit of Acrobat and of most viewers (PDF 1.7,
 * Annex C). A "fit" page for a bigger map scales the drawing down to stay within it.
 */
export const MAX_PAGE_POINTS = 14_400;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where things go on the page, in points from the top left. */
export interface PageLayout {
  width: number;
  height: number;
  /** The title block's box (its height as measured), when there is one. */
  titleBlock?: Box;
  /** The drawing's box and its scale in points per CSS pixel. */
  drawing: Box & { scale: number };
}

/**
 * Lays out one page holding the drawing (`size` in CSS pixels) and, when `measureTitle` is given,
 * a title block above it (`measureTitle(width)` says how tall the block is when set that wide).
 *
 * - `fit`: the page is the drawing at its own size (1 px = 0.75 pt) plus the title block; a
 *   drawing that would make either side longer than MAX_PAGE_POINTS is scaled down (aspect
 *   kept) until the page fits, while the title block keeps its type size, so it stays readable.
 * - `a4`, `letter`: paper in the orientation asked; the drawing is scaled down to fit inside the
 *   margins, never up (a small map prints at its own size, as a figure, not as a poster),
 *   centred across and set at the top, under the title.
 * - `slide`: 960 × 540 pt whatever the orientation; the drawing is scaled to fill the space
 *   under the title, enlarged up to 3×, and centred both ways.
 */
export function pageLayout(
  size: { width: number; height: number },
  page: PageSize,
  orientation: Orientation,
  measureTitle?: (width: number) => number,
): PageLayout {
  const natural = { width: size.width * PT_PER_PX, height: size.height * PT_PER_PX };
  if (page === 'fit') return fitLayout(natural, measureTitle);
  const [short, long] = page === 'slide' ? [SLIDE_POINTS[1], SLIDE_POINTS[0]] : PAPER_POINTS[page];
  const landscape = page === 'slide' || orientation === 'landscape';
  const width = landscape ? long : short;
  const height = landscape ? short : long;
  const content = { x: PAGE_MARGIN, y: PAGE_MARGIN, width: width - 2 * PAGE_MARGIN, height: height - 2 * PAGE_MARGIN };
  let titleBlock: Box | undefined;
  if (measureTitle) {
    titleBlock = { x: content.x, y: content.y, width: content.width, height: measureTitle(content.width) };
    const below = titleBlock.height + TITLE_GAP;
    content.y += below;
    content.height = Math.max(content.height - below, 1);
  }
  const limit = page === 'slide' ? SLIDE_MAX_ENLARGEMENT : 1;
  const factor = Math.min(content.width / natural.width, content.height / natural.height, limit);
  const drawn = { width: natural.width * factor, height: natural.height * factor };
  const x = content.x + (content.width - drawn.width) / 2;
  const y = page === 'slide' ? content.y + (content.height - drawn.height) / 2 : content.y;
  return { width, height, titleBlock, drawing: { x, y, ...drawn, scale: PT_PER_PX * factor } };
}

/** The `fit` page: the drawing at its own size, or scaled down to keep the page within MAX_PAGE_POINTS. */
function fitLayout(natural: { width: number; height: number }, measureTitle?: (width: number) => number): PageLayout {
  const widthFactor = Math.min(1, MAX_PAGE_POINTS / natural.width);
  if (!measureTitle) {
    const factor = Math.min(widthFactor, MAX_PAGE_POINTS / natural.height);
    const drawn = { width: natural.width * factor, height: natural.height * factor };
    return { ...drawn, drawing: { x: 0, y: 0, ...drawn, scale: PT_PER_PX * factor } };
  }
  // The block is as wide as the page (less its insets), and taller the narrower it is: measure it
  // at the width the drawing's width allows, then fit the drawing's height under it. A drawing
  // that height shrinks further is centred across the page the block was measured for.
  const width = Math.max(natural.width * widthFactor, FIT_MIN_WIDTH_WITH_TITLE);
  const titleBlock = { x: FIT_TITLE_INSET, y: FIT_TITLE_INSET, width: width - 2 * FIT_TITLE_INSET, height: 0 };
  titleBlock.height = measureTitle(titleBlock.width);
  const top = titleBlock.y + titleBlock.height + TITLE_GAP;
  const factor = Math.min(widthFactor, Math.max(MAX_PAGE_POINTS - top, 1) / natural.height);
  const drawn = { width: natural.width * factor, height: natural.height * factor };
  return {
    width,
    height: top + drawn.height,
    titleBlock,
    drawing: { x: (width - drawn.width) / 2, y: top, ...drawn, scale: PT_PER_PX * factor },
  };
}
