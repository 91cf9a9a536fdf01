import { addSteps, setStoryline } from '../../../shared/commands/storylineCommands';
import { storylineToPlay } from '../../../shared/storyline/deckStoryline';
import { generateStoryline } from '../../../shared/storyline/generateStoryline';
import { frameOfStep, framesOf } from '../../../shared/storyline/presentationFrames';
import type { EditorStore } from './editorStore';

const showPanel = (store: EditorStore): void =>
  store.updateSession((session) =>
    session.panels.storyline ? session : { ...session, panels: { ...session.panels, storyline: true } },
  );

/** Generate Storyline: the map's storyline built afresh from its thesis (one undo step), shown in its panel. */
export function generateInto(store: EditorStore): void {
  const map = store.getState().document;
  if (!map || Object.keys(map.nodes).length === 0) return store.notify('Add nodes to the map to make a storyline of.');
  const steps = generateStoryline(map);
  if (store.run(setStoryline, { steps })) store.notify(`Generated a storyline of ${steps.length} steps.`);
  showPanel(store);
}

/** Adds each selected node as a step, after the step being presented or at the end. */
export function addSelectedSteps(store: EditorStore): void {
  const { session } = store.getState();
  const nodes = [...session.selected];
  if (nodes.length === 0) return store.notify('Select the nodes to add to the storyline.');
  store.run(addSteps, { nodes });
  showPanel(store);
}

/**
 * F5: presents the storyline from its first step (or the step `from`). A map without one gets one generated first (an
 * undo step like any other), and the presentation says so as it opens.
 */
export function startPresentation(store: EditorStore, from = 0): void {
  const map = store.getState().document;
  if (!map || Object.keys(map.nodes).length === 0) return store.notify('Nothing to present: the map is empty.');
  const played = storylineToPlay(map);
  if (played.generatedNote) store.run(setStoryline, { steps: played.steps });
  const step = frameOfStep(store.getState().document ?? map, from);
  const message = played.generatedNote && `${played.generatedNote} Edit it in the Storyline panel.`;
  store.updateSession((session) => ({ ...session, presenting: { step, previous: null, message } }));
}

/** Shows another frame of the presentation (see presentationFrames.ts), held to the first and the last. */
export function goToStep(store: EditorStore, index: number): void {
  const { document, session } = store.getState();
  const count = document ? framesOf(document).length : 0;
  if (!session.presenting || count === 0) return;
  const step = Math.max(0, Math.min(count - 1, index));
  if (step === session.presenting.step) return;
  store.updateSession((s) => ({ ...s, presenting: { step, previous: s.presenting?.step ?? null, message: null } }));
}

/** Escape: back to the editor. */
export function endPresentation(store: EditorStore): void {
  store.updateSession((session) => (session.presenting ? { ...session, presenting: null } : session));
}
