import { describe, expect, it } from 'vitest';
import type { ArgumentMap } from '../model/argumentMap';
import { interMetrics, tableMeasurer } from '../render/fontMetrics';
import { textShapes, type Shape } from '../render/shapes';
import { generatedArgumentTree } from '../testing/generatedMaps';
import { loadSampleMap } from '../../../scripts/sampleFiles';
import { deckPages, pageDrawing } from './deckPages';
import { deckPageSize } from './deckStoryline';
import { generateStoryline } from './generateStoryline';
import { drawStepSlide, drawStepSlides, WIDESCREEN } from './stepSlide';
import { stepNodes } from './stepScope';

const measurer = tableMeasurer(interMetrics());

/** The ids of the cards a slide draws. */
function cardIds(shapes: readonly Shape[], found: string[] = []): string[] {
  for (const shape of shapes) {
    if (shape.type !== 'group') continue;
    if (shape.id !== undefined) found.push(shape.id);
    else cardIds(shape.children, found);
  }
  return found;
}

describe('a step as a slide', () => {
  const sample = loadSampleMap();
  const steps = generateStoryline(sample);

  it.each([
    ['16:9', WIDESCREEN],
    ['A4 portrait', deckPageSize('a4', 'portrait')],
    ['Letter landscape', deckPageSize('letter', 'landscape')],
  ])('draws every node of each step of the sample, no text under 14 pt, inside a %s page', (_, page) => {
    steps.forEach((step, index) => {
      const slides = drawStepSlides(sample, steps, index, page, 'light', measurer);
      const drawn = new Set(slides.flatMap((slide) => cardIds(slide.drawing.shapes)));
      expect([...drawn].sort()).toEqual([...stepNodes(sample, step)].sort());
      for (const slide of slides) {
        expect(slide.scale).toBeGreaterThanOrEqual(1);
        // The focus heads every page of its step.
        expect(slide.nodeIds[0]).toBe(step.focus);
      }
      for (const text of slides.flatMap((slide) => textShapes(slide.drawing.shapes))) {
        expect(text.size).toBeGreaterThanOrEqual(14);
        for (const line of text.lines) {
          expect(line.x).toBeGreaterThanOrEqual(0);
          expect(line.x + line.width).toBeLessThanOrEqual(page.width + 0.5);
          expect(line.y).toBeLessThanOrEqual(page.height);
        }
      }
    });
  });

  it('keeps text at 14 pt or more on a generated map of 400 nodes, whatever the map’s size', () => {
    const map: ArgumentMap = generatedArgumentTree(400, 11);
    const generated = generateStoryline(map);
    const pages = deckPages(map, generated, { page: WIDESCREEN, theme: 'light', notesPages: true }, measurer);
    const stepPages = pages.filter((page) => page.kind === 'step');
    // A step whose premises do not fit one page at 14 pt takes several, the focus on each.
    expect(stepPages.length).toBeGreaterThan(generated.length);
    expect(pages.filter((page) => page.kind === 'notes')).toHaveLength(generated.length);
    for (const page of stepPages) expect(page.slide.scale).toBeGreaterThanOrEqual(1);
    const split = stepPages.filter((page) => page.slide.part);
    expect(split.length).toBeGreaterThan(0);
    for (const page of split) expect(page.slide.part!.count).toBeGreaterThan(1);
    for (const page of pages) {
      for (const text of textShapes(pageDrawing(page).shapes)) expect(text.size).toBeGreaterThanOrEqual(14);
    }
  });

  it('draws the footer only when asked (the presentation says where it is itself)', () => {
    const withFooter = drawStepSlide(sample, steps, 0, WIDESCREEN, 'light', measurer);
    const without = drawStepSlide(sample, steps, 0, WIDESCREEN, 'light', measurer, { footer: false });
    const texts = (shapes: readonly Shape[]) =>
      textShapes(shapes).flatMap((text) => text.lines.map((line) => line.text));
    expect(texts(withFooter.drawing.shapes)).toContain(`Step 1 of ${steps.length}`);
    expect(texts(without.drawing.shapes)).not.toContain(`Step 1 of ${steps.length}`);
  });
});
