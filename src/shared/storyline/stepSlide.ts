import type { ArgumentMap, StoryStep } from '../model/argumentMap';
import type { NodeId } from '../model/ids';
import { NODE_WIDTH } from '../layout/nodeSize';
import { drawCard } from '../render/cardDrawing';
import { drawMap } from '../render/drawMap';
import type { ExportTheme } from '../render/exportOptions';
import { scopedMap } from '../render/exportScope';
import type { Drawing, GroupShape, Shape } from '../render/shapes';
import type { TextMeasurer } from '../render/textMetrics';
import { DRAWING_THEMES } from '../render/themes';
import { textBlock } from './slideText';
import { transformShapes } from './shapeTransform';
import { stepNodes } from './stepScope';

/** A page of a deck, in points (a slide on screen is the same page, scaled to the window). */
export interface SlidePage {
  width: number;
  height: number;
}

/** A 16:9 slide, as PowerPoint's "widescreen": 13.333 × 7.5 inches. */
export const WIDESCREEN: SlidePage = { width: 960, height: 540 };

/** The page's margin, the footer's band, and the room between cards (arrows run through the rows' gaps). */
export const SLIDE_MARGIN = 30;
const FOOTER_HEIGHT = 22;
const GAP_X = 28;
const GAP_Y = 40;
/** A slide with few cards shows them larger, up to this: a lone card is not a poster. */
const MAX_ZOOM = 1.6;
/** No text on a slide is smaller than this, in points (the cards' kind labels are drawn at 11 on the map). */
export const MIN_TEXT_SIZE = 14;
/** The footer's type: as large as the cards' text, so nothing on a slide is smaller than 14 pt. */
export const FOOTER_SIZE = 14;

/** One step drawn on a page, with the nodes its cards show (in the cards' paint order) and its zoom. */
export interface StepSlide {
  drawing: Drawing;
  nodeIds: NodeId[];
  /** Page units per map unit: at 1 or more, the cards' 14-unit text is at least 14 pt on the page. */
  scale: number;
  /** Which of the step's pages this is, when its premises take more than one. */
  part?: { index: number; count: number };
}

/** How a step is drawn: with the footer or not; only some of its premises, as one of its pages. */
export interface SlideSettings {
  footer?: boolean;
  only?: readonly NodeId[];
  part?: { index: number; count: number };
}

/** Positions for the step's nodes: the focus above what bears on it, or below the nodes it leads up to. */
function arrange(
  map: ArgumentMap,
  step: StoryStep,
  ids: readonly NodeId[],
  page: SlidePage,
  theme: ExportTheme,
  measurer: TextMeasurer,
  columns: number,
): Map<NodeId, { x: number; y: number }> {
  const positions = new Map<NodeId, { x: number; y: number }>();
  if (step.shows === 'map') {
    for (const id of ids) positions.set(id, map.nodes[id].position);
    return positions;
  }
  const style = DRAWING_THEMES[theme];
  const height = (id: NodeId): number =>
    drawCard({ ...map.nodes[id], tags: [] }, style.nodes[map.nodes[id].kind], style.ink, style.surface, measurer).box
      .height;
  if (step.shows === 'ancestors') {
    let y = 0;
    for (const id of ids) {
      positions.set(id, { x: 0, y });
      y += height(id) + GAP_Y;
    }
    return positions;
  }
  const [focus, ...rest] = ids;
  const rows = Math.ceil(rest.length / columns);
  const rowWidth = (count: number): number => count * NODE_WIDTH + (count - 1) * GAP_X;
  const widest = rowWidth(Math.max(1, columns));
  positions.set(focus, { x: (widest - NODE_WIDTH) / 2, y: 0 });
  let y = height(focus) + GAP_Y;
  for (let row = 0; row < rows; row++) {
    const inRow = rest.slice(row * columns, (row + 1) * columns);
    const left = (widest - rowWidth(inRow.length)) / 2;
    let tallest = 0;
    inRow.forEach((id, i) => {
      positions.set(id, { x: left + i * (NODE_WIDTH + GAP_X), y });
      tallest = Math.max(tallest, height(id));
    });
    y += tallest + GAP_Y;
  }
  return positions;
}

/** The step's nodes drawn where `arrange` puts them (premises in rows of `columns`), before the page's scale. */
function drawStepMap(
  map: ArgumentMap,
  step: StoryStep,
  ids: NodeId[],
  page: SlidePage,
  theme: ExportTheme,
  measurer: TextMeasurer,
  columns: number,
) {
  const positions = arrange(map, step, ids, page, theme, measurer, columns);
  const part = step.shows === 'map' ? map : scopedMap(map, { kind: 'selection', nodeIds: ids });
  const nodes = {} as ArgumentMap['nodes'];
  // A slide shows what a card says, not its tags: those are for finding and sorting on the map.
  for (const id of ids) nodes[id] = { ...map.nodes[id], tags: [], position: positions.get(id)! };
  const placed: ArgumentMap = { meta: map.meta, nodes, relations: part.relations };
  // Every slide, page and frame is drawn here, by drawMap: what it learns to draw on a card (an
  // evaluation's status, issue 18) reaches the decks and the presentation through these options.
  const drawing = drawMap(
    placed,
    { theme, padding: 0, legend: false, title: false, background: 'transparent' },
    measurer,
  );
  // drawMap paints the cards in the order of the map's nodes: name each by its node.
  const cards = drawing.shapes.find(
    (shape): shape is GroupShape => shape.type === 'group' && shape.className === 'nodes',
  );
  cards?.children.forEach((card, i) => {
    if (card.type === 'group') card.id = ids[i];
  });
  return drawing;
}

/** "Step 3 of 12" and the map's title, along the foot of a page. */
export function slideFooter(
  title: string,
  index: number,
  total: number,
  page: SlidePage,
  theme: ExportTheme,
  measurer: TextMeasurer,
  part?: { index: number; count: number },
): Shape[] {
  const ink = DRAWING_THEMES[theme].muted;
  const baseline = page.height - SLIDE_MARGIN / 2 - 4;
  const counter = `Step ${index + 1} of ${total}${part ? ` · ${part.index + 1}/${part.count}` : ''}`;
  const counterWidth = measurer.width(counter, FOOTER_SIZE, 500);
  const room = page.width - 3 * SLIDE_MARGIN - counterWidth;
  return [
    {
      type: 'group',
      className: 'slide-footer',
      children: [
        textBlock(title, SLIDE_MARGIN, baseline, room, FOOTER_SIZE, 400, ink, measurer, 1),
        textBlock(
          counter,
          page.width - SLIDE_MARGIN - counterWidth,
          baseline,
          counterWidth + 1,
          FOOTER_SIZE,
          500,
          ink,
          measurer,
          1,
        ),
      ],
    },
  ];
}

/**
 * A step of the storyline as a page: its focus and what it shows, laid out afresh (not where the map
 * has them) so that the cards' text is at least 14 pt whatever the map's size, larger when few
 * cards fit easily; "Step N of M" at the foot. The nodes farthest from the focus are left off an
 * ancestors step too tall for the page. A step about a node with more premises than a page holds is
 * drawn smaller here: drawStepSlides shares them over pages; one that shows the whole map is the
 * map made to fit.
 */
export function drawStepSlide(
  map: ArgumentMap,
  steps: readonly StoryStep[],
  index: number,
  page: SlidePage,
  theme: ExportTheme,
  measurer: TextMeasurer,
  { footer: withFooter = true, only, part }: SlideSettings = {},
): StepSlide {
  const step = steps[index];
  const background = DRAWING_THEMES[theme].background;
  // On screen the presentation says where it is itself, in the page's own text.
  const footer = withFooter ? slideFooter(map.meta.title, index, steps.length, page, theme, measurer, part) : [];
  const area = { width: page.width - 2 * SLIDE_MARGIN, height: page.height - 2 * SLIDE_MARGIN - FOOTER_HEIGHT };
  let ids = stepNodes(map, step);
  if (only) ids = [ids[0], ...only];
  const fitOf = (box: { width: number; height: number }): number =>
    Math.min(MAX_ZOOM, area.width / box.width, area.height / box.height);
  for (;;) {
    // Premises in as many columns as set them largest: wide rows for a few, more rows for many.
    const most = Math.max(1, Math.min(ids.length - 1, Math.floor((area.width + GAP_X) / (NODE_WIDTH + GAP_X)) + 1));
    let drawn = drawStepMap(map, step, ids, page, theme, measurer, most);
    for (let columns = most - 1; step.shows === 'premises' && columns >= 1; columns--) {
      const other = drawStepMap(map, step, ids, page, theme, measurer, columns);
      if (fitOf(other.viewBox) > fitOf(drawn.viewBox)) drawn = other;
    }
    const box = drawn.viewBox;
    const scale = fitOf(box);
    if (scale < 1 && step.shows === 'ancestors' && ids.length > 1) {
      ids = ids.slice(1);
      continue;
    }
    const dx = SLIDE_MARGIN + (area.width - box.width * scale) / 2 - box.x * scale;
    const dy = SLIDE_MARGIN + (area.height - box.height * scale) / 2 - box.y * scale;
    return {
      nodeIds: ids,
      scale,
      ...(part && { part }),
      drawing: {
        title: map.meta.title,
        viewBox: { x: 0, y: 0, ...page },
        background,
        markers: drawn.markers,
        shapes: [...atLeast(MIN_TEXT_SIZE, transformShapes(drawn.shapes, scale, dx, dy)), ...footer],
      },
    };
  }
}

/** Text smaller than `size` set at `size` instead (its lines' widths grown alike); the rest as it was. */
function atLeast(size: number, shapes: readonly Shape[]): Shape[] {
  return shapes.map((shape): Shape => {
    if (shape.type === 'group') return { ...shape, children: atLeast(size, shape.children) };
    if (shape.type !== 'text' || shape.size >= size) return shape;
    const grow = size / shape.size;
    return {
      ...shape,
      size,
      ...(shape.letterSpacing !== undefined && { letterSpacing: shape.letterSpacing * grow }),
      lines: shape.lines.map((line) => ({ ...line, width: line.width * grow })),
    };
  });
}

/**
 * A step as the pages it needs: one, unless its focus has more premises than a page holds at
 * 14 pt; then the premises are shared out evenly over as few pages as hold them, the focus on each.
 */
export function drawStepSlides(
  map: ArgumentMap,
  steps: readonly StoryStep[],
  index: number,
  page: SlidePage,
  theme: ExportTheme,
  measurer: TextMeasurer,
  settings: Pick<SlideSettings, 'footer'> = {},
): StepSlide[] {
  const whole = drawStepSlide(map, steps, index, page, theme, measurer, settings);
  if (whole.scale >= 1 || steps[index].shows !== 'premises' || whole.nodeIds.length <= 2) return [whole];
  const premises = whole.nodeIds.slice(1);
  const holds = (count: number): boolean =>
    drawStepSlide(map, steps, index, page, theme, measurer, { ...settings, only: premises.slice(0, count) }).scale >= 1;
  let each = premises.length - 1;
  while (each > 1 && !holds(each)) each--;
  const count = Math.ceil(premises.length / each);
  const size = Math.ceil(premises.length / count);
  return Array.from({ length: count }, (_, part) =>
    drawStepSlide(map, steps, index, page, theme, measurer, {
      ...settings,
      only: premises.slice(part * size, (part + 1) * size),
      part: { index: part, count },
    }),
  );
}
