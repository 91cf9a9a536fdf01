import { useCallback } from 'react';
import type { ArgumentMap } from '../../../shared/model/argumentMap';
import { interMetrics, tableMeasurer } from '../../../shared/render/fontMetrics';
import type { TextMeasurer } from '../../../shared/render/textMetrics';
import { drawStepSlide, WIDESCREEN, type StepSlide } from '../../../shared/storyline/stepSlide';

let measurer: TextMeasurer | undefined;
/** The bundled Inter's metrics: the slides wrap text as the exports do, and the page's font draws it. */
const interMeasurer = (): TextMeasurer => (measurer ??= tableMeasurer(interMetrics()));

/** Slides drawn so far, per map (immer gives a new map for every edit) and step. */
const drawn = new WeakMap<ArgumentMap, Map<number, StepSlide>>();

/**
 * A step's slide, drawn on first asking and kept for the map: the presentation draws the step shown
 * and its neighbours (a storyline of hundreds of steps draws a handful). On screen a slide is the
 * deck's 16:9 page scaled to the window: twice over on a 1920 × 1080 screen, so 14 pt text is 28 px.
 */
export function slideOf(map: ArgumentMap, index: number): StepSlide | null {
  const steps = map.storyline;
  if (!steps || index < 0 || index >= steps.length) return null;
  let slides = drawn.get(map);
  if (!slides) drawn.set(map, (slides = new Map()));
  let slide = slides.get(index);
  if (!slide) {
    slide = drawStepSlide(map, steps, index, WIDESCREEN, 'light', interMeasurer(), { footer: false });
    slides.set(index, slide);
  }
  return slide;
}

/** slideOf for the map on screen. */
export function useSlides(map: ArgumentMap | null): (index: number) => StepSlide | null {
  return useCallback((index: number) => (map ? slideOf(map, index) : null), [map]);
}
