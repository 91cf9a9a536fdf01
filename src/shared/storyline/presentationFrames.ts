import type { ArgumentMap } from '../model/argumentMap';
import { interMetrics, tableMeasurer } from '../render/fontMetrics';
import type { TextMeasurer } from '../render/textMetrics';
import { drawStepSlides, WIDESCREEN, type StepSlide } from './stepSlide';

/** One screen of a presentation: a step's slide (a step whose premises take two pages is two frames). */
export interface Frame {
  /** The step it shows, 0 the first. */
  step: number;
  slide: StepSlide;
}

let measurer: TextMeasurer | undefined;
/** The bundled Inter's metrics: the slides wrap text as the exports do, and the page's font draws it. */
const interMeasurer = (): TextMeasurer => (measurer ??= tableMeasurer(interMetrics()));

const framesCache = new WeakMap<ArgumentMap, Frame[]>();

/**
 * The frames of the map's storyline as a presentation shows them: the deck's 16:9 slides without
 * their footer (the presentation says where it is itself), scaled to the window on screen: twice
 * over on a 1920 × 1080 screen, so no text is under 28 px. Drawn once per map.
 */
export function framesOf(map: ArgumentMap): Frame[] {
  const known = framesCache.get(map);
  if (known) return known;
  const steps = map.storyline ?? [];
  const frames = steps.flatMap((_, step) =>
    drawStepSlides(map, steps, step, WIDESCREEN, 'light', interMeasurer(), { footer: false }).map((slide) => ({
      step,
      slide,
    })),
  );
  framesCache.set(map, frames);
  return frames;
}

/** The first frame of a step. */
export const frameOfStep = (map: ArgumentMap, step: number): number =>
  Math.max(
    0,
    framesOf(map).findIndex((frame) => frame.step >= step),
  );
