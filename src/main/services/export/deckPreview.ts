import type { ArgumentMap } from '../../../shared/model/argumentMap';
import type { ExportOptions } from '../../../shared/render/exportOptions';
import type { Drawing } from '../../../shared/render/shapes';
import { svgDocument } from '../../../shared/render/svgDocument';
import { drawNotesPage, drawTitlePage } from '../../../shared/storyline/deckPages';
import { deckPageSize, storylineToPlay } from '../../../shared/storyline/deckStoryline';
import { transformShapes } from '../../../shared/storyline/shapeTransform';
import { drawStepSlide, drawStepSlides, WIDESCREEN } from '../../../shared/storyline/stepSlide';
import type { ExportFonts } from './exportFonts';
import { charactersByWeight } from './renderSvg';

/** Pages the preview shows: the title page and the first steps, enough to judge the deck by. */
const PREVIEW_PAGES = 3;
const GAP = 24;

/** A deck's preview: its first pages one above the other, as SVG with the font embedded; and how many pages it has. */
export async function deckPreview(
  map: ArgumentMap,
  options: ExportOptions,
  fonts: ExportFonts,
): Promise<{ svg: string; width: number; height: number; pages: number; note: string | null }> {
  const { steps, generatedNote } = storylineToPlay(map);
  const page = options.format === 'pdf-deck' ? deckPageSize(options.page, options.orientation) : WIDESCREEN;
  const notesPages = options.format === 'pdf-deck' && options.notes;
  // Only the pages shown are drawn: a long storyline's later steps wait for the export.
  const { measurer } = fonts;
  const shown: Drawing[] = [drawTitlePage(map, page, options.theme, measurer)];
  for (let index = 0; index < steps.length && shown.length < PREVIEW_PAGES; index++) {
    shown.push(drawStepSlide(map, steps, index, page, options.theme, measurer).drawing);
    if (notesPages) shown.push(drawNotesPage(map, steps, index, page, options.theme, measurer));
  }
  shown.length = Math.min(shown.length, PREVIEW_PAGES);
  const height = shown.length * page.height + (shown.length - 1) * GAP;
  const drawing: Drawing = {
    title: map.meta.title,
    viewBox: { x: 0, y: 0, width: page.width, height },
    markers: [],
    shapes: shown.flatMap((part, i) => [
      {
        type: 'rect' as const,
        x: 0,
        y: i * (page.height + GAP),
        ...page,
        fill: part.background ?? '#ffffff',
        stroke: '#d1d5db',
        strokeWidth: 1,
      },
      ...transformShapes(part.shapes, 1, 0, i * (page.height + GAP)),
    ]),
  };
  const fontCss = await fonts.fontFaceCss(charactersByWeight(drawing));
  // Each step's page count is its layout's (a step with many premises takes more than one), not yet its painting.
  const stepPages = steps.reduce(
    (sum, _, index) => sum + drawStepSlides(map, steps, index, page, options.theme, measurer).length,
    0,
  );
  const pages = 1 + stepPages + (notesPages ? steps.length : 0);
  return {
    svg: svgDocument(drawing, { fontCss, arrowheads: 'paths' }),
    width: page.width,
    height,
    pages,
    note: generatedNote,
  };
}
