import type { NodeId } from './ids';
import { choice, id, list, object, optional, text, type ValueOf } from './recordFields';
import { LIMITS } from './recordLimits';

/**
 * What a step of the storyline shows around its focus node: the focus with the nodes that bear on
 * it (its premises, objections…), the focus with the nodes above it up to the thesis, or the whole map.
 */
export const STEP_SHOWS = ['premises', 'ancestors', 'map'] as const;
export type StepShows = (typeof STEP_SHOWS)[number];

export const STEP_SHOWS_LABELS: Record<StepShows, string> = {
  premises: 'With its premises',
  ancestors: 'With its ancestors',
  map: 'Whole map',
};

/** One step of a presentation: the node it is about, what is shown with it, and what the speaker says. */
export const storyStepRecord = object({
  /** Names the step for as long as it lives (a dragged step keeps it), not its place. */
  id: id<string>(),
  focus: id<NodeId>(),
  shows: choice(STEP_SHOWS),
  notes: optional(text({ max: LIMITS.textLength })),
});
export type StoryStep = ValueOf<typeof storyStepRecord>;

/** The storyline: the steps in the order they are presented. */
export const storylineRecord = list(storyStepRecord, { max: LIMITS.storySteps });
