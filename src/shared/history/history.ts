import { applyPatches, type Patch } from 'immer';
import type { ArgumentMap } from '../model/argumentMap';

export interface HistoryEntry {
  label: string;
  patches: Patch[];
  inversePatches: Patch[];
}

/** Undo and redo stacks. Only document edits enter here, never selection or viewport. */
export interface History {
  past: readonly HistoryEntry[];
  future: readonly HistoryEntry[];
}

export const emptyHistory: History = { past: [], future: [] };

/** Records a new edit; a new edit makes the redo stack meaningless, so it is dropped. */
export function record(history: History, entry: HistoryEntry): History {
  return { past: [...history.past, entry], future: [] };
}

/**
 * Folds an edit into the last step, so undo takes both back at once: typing the
 * text of a node just added belongs to "Add reason", not to a step of its own.
 */
export function amendLast(history: History, entry: HistoryEntry): History {
  const last = history.past.at(-1);
  if (!last) return record(history, entry);
  const merged: HistoryEntry = {
    label: last.label,
    patches: [...last.patches, ...entry.patches],
    inversePatches: [...entry.inversePatches, ...last.inversePatches],
  };
  return { past: [...history.past.slice(0, -1), merged], future: [] };
}

export interface Step {
  history: History;
  document: ArgumentMap;
  label: string;
}

export function undo(history: History, document: ArgumentMap): Step | null {
  const entry = history.past.at(-1);
  if (!entry) return null;
  return {
    document: applyPatches(document, entry.inversePatches),
    history: { past: history.past.slice(0, -1), future: [...history.future, entry] },
    label: entry.label,
  };
}

export function redo(history: History, document: ArgumentMap): Step | null {
  const entry = history.future.at(-1);
  if (!entry) return null;
  return {
    document: applyPatches(document, entry.patches),
    history: { past: [...history.past, entry], future: history.future.slice(0, -1) },
    label: entry.label,
  };
}
