import type { Position } from '../../../shared/model/argumentMap';
import type { NodeId } from '../../../shared/model/ids';
import { extractFragment, instantiateFragment, type MapFragment } from '../../../shared/clipboard/fragment';
import { fragmentFromText, fragmentToClipboard, parseFragment } from '../../../shared/clipboard/clipboardFormats';
import { pasteFragment } from '../../../shared/commands/pasteFragment';
import { deleteElements } from '../../../shared/commands/deleteElements';
import type { ImportOutcome } from '../../../shared/formats/interop';
import type { EditorStore } from './editorStore';
import { requestReveal, selectOnly } from './selection';

/** How far a paste or duplicate lands from the original, so both stay visible. */
const PASTE_OFFSET = { x: 40, y: 40 };

/** The selection as clipboard data: fragment JSON for maps, an outline for other apps. */
export function copySelection(store: EditorStore): { json: string; text: string } | null {
  const { document, session } = store.getState();
  if (!document || session.selected.size === 0) return null;
  return fragmentToClipboard(extractFragment(document, session.selected));
}

/** Copies, then deletes the selection (one undo step for the delete). */
export function cutSelection(store: EditorStore): { json: string; text: string } | null {
  const data = copySelection(store);
  if (!data) return null;
  const { selected } = store.getState().session;
  if (store.run(deleteElements, { nodes: [...selected], relations: [] })) selectOnly(store, []);
  return data;
}

/** Adds a fragment (with fresh ids) as one undo step named `verb`, selects it and shows it. */
export function insertFragment(store: EditorStore, fragment: MapFragment, verb: string): void {
  if (store.run(pasteFragment, { fragment, verb })) {
    selectOnly(
      store,
      fragment.nodes.map((node) => node.id),
    );
    if (fragment.nodes[0]) requestReveal(store, fragment.nodes[0].id);
  }
}

/** Pasting the same thing again lands one step further on, so the copies never hide each other. */
let lastPaste = { json: '', count: 0 };
function pasteOffset(json: string): Position {
  lastPaste = json === lastPaste.json ? { json, count: lastPaste.count + 1 } : { json, count: 1 };
  return { x: PASTE_OFFSET.x * lastPaste.count, y: PASTE_OFFSET.y * lastPaste.count };
}

/**
 * Pastes what the clipboard holds: a fragment from any map (with fresh ids), or
 * plain text whose lines become nodes. `at` is where the pasted top-left goes
 * (the pointer, the view's centre); otherwise it lands beside its original.
 */
export function pasteClipboard(store: EditorStore, data: { json?: string; text?: string }, at?: Position): boolean {
  if (!store.getState().document) return false;
  const fragment = data.json ? parseFragment(data.json) : null;
  if (fragment) {
    insertFragment(
      store,
      instantiateFragment(fragment, at ? { at } : { offset: pasteOffset(data.json ?? '') }),
      'Paste',
    );
    return true;
  }
  const fromText = data.text ? fragmentFromText(data.text, at ?? { x: 0, y: 0 }) : null;
  if (!fromText) {
    store.notify('The clipboard holds nothing that can become nodes.');
    return false;
  }
  insertFragment(store, fromText, 'Paste');
  return true;
}

/**
 * Pastes a map read from pasted text (Argdown) at `at`, as one undo step; what the reading could not
 * carry over is reported as after an import.
 */
export function pasteImportedMap(
  store: EditorStore,
  outcome: ImportOutcome,
  what: { source: string; formatLabel: string },
  at?: Position,
): void {
  if (!outcome.ok) {
    store.notify(`${capitalised(what.source)} could not be read: ${outcome.message}`);
    return;
  }
  const nodes = Object.values(outcome.map.nodes);
  if (nodes.length === 0) {
    store.notify(`${capitalised(what.source)} holds no statements or arguments.`);
    return;
  }
  const fragment = { nodes, relations: Object.values(outcome.map.relations) };
  insertFragment(store, instantiateFragment(fragment, { at: at ?? { x: 0, y: 0 } }), `Paste ${what.formatLabel}`);
  if (outcome.report.length > 0) store.showImportReport({ ...what, report: outcome.report });
}

const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

export function duplicateSelection(store: EditorStore): void {
  const { document, session } = store.getState();
  if (!document || session.selected.size === 0) return;
  const ids: NodeId[] = [...session.selected];
  insertFragment(store, instantiateFragment(extractFragment(document, ids), { offset: PASTE_OFFSET }), 'Duplicate');
}
