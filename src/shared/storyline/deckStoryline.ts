import type { ArgumentMap, StoryStep } from '../model/argumentMap';
import type { PageSize, Orientation } from '../render/exportOptions';
import { PAPER_POINTS } from '../render/pageLayout';
import { generateStoryline } from './generateStoryline';
import { WIDESCREEN, type SlidePage } from './stepSlide';

/** The steps a deck (or a presentation) plays: the map's storyline, or one generated for a map without. */
export interface PlayedStoryline {
  steps: StoryStep[];
  /** Said to the user when the steps were generated, not the map's own. */
  generatedNote: string | null;
}

/** The map's storyline, or one generated (and said so) when it has none. */
export function storylineToPlay(map: ArgumentMap): PlayedStoryline {
  if (map.storyline && map.storyline.length > 0) return { steps: map.storyline, generatedNote: null };
  const steps = generateStoryline(map);
  return {
    steps,
    generatedNote: `The map had no storyline, so Argmap generated one (${steps.length} step${steps.length === 1 ? '' : 's'}) from its thesis.`,
  };
}

/** A deck's page in points: a 16:9 slide (for `fit` too), or paper in the orientation asked. */
export function deckPageSize(page: PageSize, orientation: Orientation): SlidePage {
  if (page === 'fit' || page === 'slide') return WIDESCREEN;
  const [short, long] = PAPER_POINTS[page];
  return orientation === 'landscape' ? { width: long, height: short } : { width: short, height: long };
}
