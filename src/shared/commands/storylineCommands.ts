import type { StepShows, StoryStep } from '../model/argumentMap';
import { newStepId, type NodeId } from '../model/ids';
import { LIMITS } from '../model/recordLimits';
import type { Command } from './command';

// The storyline's edits, each one undo step. Steps are named by their ids, not their places: a
// step dragged elsewhere is still the same step.

/** Replaces the storyline with the steps given: generateStoryline's of the map (Generate Storyline). */
export const setStoryline: Command<{ steps: StoryStep[] }> = {
  name: 'setStoryline',
  label: () => 'Generate storyline',
  perform: (draft, { steps }) => {
    draft.storyline = steps;
  },
};

/** Adds a step about each node given (that the map has), after the step `after` (at the end without it). */
export const addSteps: Command<{ nodes: readonly NodeId[]; after?: string; ids?: readonly string[] }> = {
  name: 'addSteps',
  label: ({ nodes }) => (nodes.length === 1 ? 'Add step' : `Add ${nodes.length} steps`),
  perform: (draft, { nodes, after, ids }) => {
    const steps = (draft.storyline ??= []);
    const known = nodes.filter((id) => Object.hasOwn(draft.nodes, id));
    const room = LIMITS.storySteps - steps.length;
    if (known.length > room) throw new Error(`A storyline holds at most ${LIMITS.storySteps} steps.`);
    const added = known.map((focus, i): StoryStep => ({ id: ids?.[i] ?? newStepId(), focus, shows: 'premises' }));
    const at = after === undefined ? -1 : steps.findIndex((step) => step.id === after);
    steps.splice(at < 0 ? steps.length : at + 1, 0, ...added);
  },
};

/** Removes steps (the nodes stay on the map). */
export const removeSteps: Command<{ ids: readonly string[] }> = {
  name: 'removeSteps',
  label: ({ ids }) => (ids.length === 1 ? 'Remove step' : `Remove ${ids.length} steps`),
  perform: (draft, { ids }) => {
    if (!draft.storyline) return;
    const gone = new Set(ids);
    if (!draft.storyline.some((step) => gone.has(step.id))) return;
    draft.storyline = draft.storyline.filter((step) => !gone.has(step.id));
  },
};

/** Moves a step to another place in the storyline (0 is the first). */
export const moveStep: Command<{ id: string; to: number }> = {
  name: 'moveStep',
  label: () => 'Move step',
  perform: (draft, { id, to }) => {
    const steps = draft.storyline;
    if (!steps) return;
    const from = steps.findIndex((step) => step.id === id);
    const target = Math.max(0, Math.min(steps.length - 1, Math.round(to)));
    if (from < 0 || from === target) return;
    const [step] = steps.splice(from, 1);
    steps.splice(target, 0, step);
  },
};

/** Changes a step's speaker notes (empty notes are removed) or what it shows. */
export const editStep: Command<{ id: string; notes?: string; shows?: StepShows }> = {
  name: 'editStep',
  label: ({ notes }) => (notes !== undefined ? 'Edit speaker notes' : 'Change what a step shows'),
  perform: (draft, { id, notes, shows }) => {
    const step = draft.storyline?.find((candidate) => candidate.id === id);
    if (!step) return;
    if (shows !== undefined && shows !== step.shows) step.shows = shows;
    if (notes !== undefined) {
      const kept = notes.slice(0, LIMITS.textLength);
      if (kept === (step.notes ?? '')) return;
      if (kept.trim()) step.notes = kept;
      else delete step.notes;
    }
  },
};
