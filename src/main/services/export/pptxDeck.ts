import type { ArgumentMap, StoryStep } from '../../../shared/model/argumentMap';
import { NODE_KIND_LABELS } from '../../../shared/model/kinds';
import type { ExportTheme } from '../../../shared/render/exportOptions';
import type { TextMeasurer } from '../../../shared/render/textMetrics';
import { deckPages, pageDrawing } from '../../../shared/storyline/deckPages';
import { WIDESCREEN } from '../../../shared/storyline/stepSlide';
import { PptxPainter } from './pptxPainter';

/**
 * The storyline as a PowerPoint presentation (16:9): a title slide from the map's details, then
 * one slide per step drawn in native shapes (pptxPainter.ts), each step's speaker notes in its
 * slide's notes. pptxgenjs is loaded on demand: no other export needs it.
 */
export async function deckToPptx(
  map: ArgumentMap,
  steps: readonly StoryStep[],
  theme: ExportTheme,
  measurer: TextMeasurer,
): Promise<Buffer> {
  const { default: PptxGenJS } = await import('pptxgenjs');
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = map.meta.title;
  if (map.meta.author) pptx.author = map.meta.author;
  pptx.company = 'Argmap';
  for (const page of deckPages(map, steps, { page: WIDESCREEN, theme, notesPages: false }, measurer)) {
    const slide = pptx.addSlide();
    new PptxPainter(slide).paint(pageDrawing(page));
    if (page.kind === 'step') {
      const node = map.nodes[page.step.focus];
      // The notes say what the step is about even where the speaker wrote nothing.
      const about = `Step ${page.index + 1} of ${steps.length} · ${NODE_KIND_LABELS[node.kind]}: ${node.text}`;
      slide.addNotes(page.step.notes?.trim() ? `${page.step.notes}\n\n${about}` : about);
    } else if (map.meta.description) {
      slide.addNotes(map.meta.description);
    }
  }
  const data = await pptx.write({ outputType: 'nodebuffer' });
  return Buffer.isBuffer(data) ? data : Buffer.from(data as ArrayBuffer);
}
