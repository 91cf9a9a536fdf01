import type { ArgumentMap, StoryStep } from '../model/argumentMap';
import { NODE_KIND_LABELS } from '../model/kinds';
import type { ExportTheme } from '../render/exportOptions';
import type { Drawing, Shape } from '../render/shapes';
import type { TextMeasurer } from '../render/textMetrics';
import { DRAWING_THEMES } from '../render/themes';
import { blockDepth, LINE_SPACING, textBlock } from './slideText';
import { drawStepSlides, SLIDE_MARGIN, slideFooter, type SlidePage, type StepSlide } from './stepSlide';

const TITLE_SIZE = 36;
const BYLINE_SIZE = 18;
const BODY_SIZE = 16;

const page = (map: ArgumentMap, size: SlidePage, theme: ExportTheme, shapes: Shape[]): Drawing => ({
  title: map.meta.title,
  viewBox: { x: 0, y: 0, ...size },
  background: DRAWING_THEMES[theme].background,
  markers: [],
  shapes,
});

/** The deck's first page: the map's title, author and date, and its description, from the map's details. */
export function drawTitlePage(map: ArgumentMap, size: SlidePage, theme: ExportTheme, measurer: TextMeasurer): Drawing {
  const { ink, muted } = DRAWING_THEMES[theme];
  const { title, author, date, description } = map.meta;
  const width = size.width - 4 * SLIDE_MARGIN;
  const left = 2 * SLIDE_MARGIN;
  const heading = textBlock(title.trim() || 'Untitled map', left, 0, width, TITLE_SIZE, 700, ink, measurer, 3);
  const blocks = [heading];
  const byline = [author, date].filter(Boolean).join(' · ');
  if (byline) blocks.push(textBlock(byline, left, 0, width, BYLINE_SIZE, 500, muted, measurer, 2));
  if (description) blocks.push(textBlock(description, left, 0, width, BODY_SIZE, 400, ink, measurer, 8));
  // Stacked with a line's room between blocks, the whole centred on the page.
  // A block starts a blank line (of its own type) below the one before.
  const gaps = blocks.map((block) => block.size * (LINE_SPACING + 1));
  const depth = blocks.reduce(
    (sum, block, i) => sum + blockDepth(block.lines.length, block.size) + (i ? gaps[i] : 0),
    0,
  );
  let baseline = (size.height - depth) / 2;
  for (let i = 0; i < blocks.length; i++) {
    if (i > 0) baseline += gaps[i];
    const shift = baseline;
    blocks[i].lines = blocks[i].lines.map((line) => ({ ...line, y: line.y + shift }));
    baseline += blockDepth(blocks[i].lines.length, blocks[i].size);
  }
  return page(map, size, theme, [{ type: 'group', className: 'title-page', children: blocks }]);
}

/** A page of speaker notes after a step's slide: which step, its focus, and the notes. */
export function drawNotesPage(
  map: ArgumentMap,
  steps: readonly StoryStep[],
  index: number,
  size: SlidePage,
  theme: ExportTheme,
  measurer: TextMeasurer,
): Drawing {
  const { ink, muted } = DRAWING_THEMES[theme];
  const step = steps[index];
  const node = map.nodes[step.focus];
  const width = size.width - 2 * SLIDE_MARGIN;
  const heading = textBlock(
    `Notes · ${NODE_KIND_LABELS[node.kind]}: ${node.text}`,
    SLIDE_MARGIN,
    SLIDE_MARGIN + BYLINE_SIZE,
    width,
    BYLINE_SIZE,
    600,
    ink,
    measurer,
    3,
  );
  const top = SLIDE_MARGIN + BYLINE_SIZE + blockDepth(heading.lines.length, BYLINE_SIZE) + 2 * BODY_SIZE * LINE_SPACING;
  const room = Math.max(1, Math.floor((size.height - top - 2 * SLIDE_MARGIN) / (BODY_SIZE * LINE_SPACING)));
  const notes = step.notes?.trim()
    ? textBlock(step.notes, SLIDE_MARGIN, top, width, BODY_SIZE, 400, ink, measurer, room)
    : textBlock('No speaker notes for this step.', SLIDE_MARGIN, top, width, BODY_SIZE, 400, muted, measurer, 1);
  return page(map, size, theme, [
    { type: 'group', className: 'notes-page', children: [heading, notes] },
    ...slideFooter(map.meta.title, index, steps.length, size, theme, measurer),
  ]);
}

/** What a deck is made of: a title page, then each step's slide (and its notes page, if asked for). */
export type DeckPage =
  | { kind: 'title'; drawing: Drawing }
  | { kind: 'step'; index: number; step: StoryStep; slide: StepSlide }
  | { kind: 'notes'; index: number; drawing: Drawing };

export interface DeckSettings {
  page: SlidePage;
  theme: ExportTheme;
  /** A page of speaker notes after each step's slide. */
  notesPages: boolean;
}

/** The deck's pages in order, each drawn. */
export function deckPages(
  map: ArgumentMap,
  steps: readonly StoryStep[],
  { page: size, theme, notesPages }: DeckSettings,
  measurer: TextMeasurer,
): DeckPage[] {
  const pages: DeckPage[] = [{ kind: 'title', drawing: drawTitlePage(map, size, theme, measurer) }];
  steps.forEach((step, index) => {
    for (const slide of drawStepSlides(map, steps, index, size, theme, measurer)) {
      pages.push({ kind: 'step', index, step, slide });
    }
    if (notesPages)
      pages.push({ kind: 'notes', index, drawing: drawNotesPage(map, steps, index, size, theme, measurer) });
  });
  return pages;
}

/** The drawing of a page of the deck. */
export const pageDrawing = (deckPage: DeckPage): Drawing =>
  deckPage.kind === 'step' ? deckPage.slide.drawing : deckPage.drawing;
