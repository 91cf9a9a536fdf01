import { enablePatches, produceWithPatches, type Draft } from 'immer';
import type { ArgumentMap } from '../model/argumentMap';
import type { HistoryEntry } from '../history/history';

enablePatches();

/** A named edit of the document: one command = one immer production = one undo step. */
export interface Command<Args> {
  name: string;
  /** The label shown in the Edit menu, e.g. "Undo Move 3 nodes". */
  label: (args: Args) => string;
  perform: (draft: Draft<ArgumentMap>, args: Args) => void;
}

export interface CommandResult {
  document: ArgumentMap;
  entry: HistoryEntry;
}

/** Runs a command; returns null when it changed nothing, so no empty undo step is recorded. */
export function execute<Args>(document: ArgumentMap, command: Command<Args>, args: Args): CommandResult | null {
  const [next, patches, inversePatches] = produceWithPatches(document, (draft) => {
    command.perform(draft, args);
  });
  if (patches.length === 0) return null;
  return { document: next, entry: { label: command.label(args), patches, inversePatches } };
}
