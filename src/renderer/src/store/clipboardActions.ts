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
function insertFragment(store: EditorStore, fragment: MapFragment, verb: string): void {
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

/** How the import report names pasted Argdown ("Imported Argdown from the clipboard"). */
const PASTED_ARGDOWN = { source: 'Argdown from the clipboard', formatLabel: 'Argdown' };

/**
 * Pastes what main read from pasted Argdown (`text`): its statements, arguments and relations at
 * `at` as one undo step, with the import report if anything was approximated or dropped. Text
 * that only looked like Argdown still pastes, as lines, and the notice says why.
 */
export function pasteArgdownOutcome(store: EditorStore, text: string, outcome: ImportOutcome, at?: Position): void {
  if (!outcome.ok) {
    if (pasteClipboard(store, { text }, at)) store.notify(`Pasted as lines, not as Argdown: ${outcome.message}`);
    return;
  }
  const { map, report } = outcome;
  const nodes = Object.values(map.nodes);
  if (nodes.length === 0) {
    store.notify('The pasted Argdown holds no statements or arguments.');
    return;
  }
  insertFragment(store, instantiateFragment({ nodes, relations: Object.values(map.relations) }, { at }), 'Paste');
  // The map on screen keeps its own title and details: pasted front matter has nowhere to go.
  const { title, ...details } = map.meta;
  const unused = title.trim() !== '' || Object.keys(details).length > 0;
  const lines = unused
    ? [
        ...report,
        { severity: 'dropped' as const, message: 'The title and details in the front matter (this map keeps its own)' },
      ]
    : report;
  if (lines.length > 0) store.showImportReport({ ...PASTED_ARGDOWN, report: lines });
}

export function duplicateSelection(store: EditorStore): void {
  const { document, session } = store.getState();
  if (!document || session.selected.size === 0) return;
  const ids: NodeId[] = [...session.selected];
  insertFragment(store, instantiateFragment(extractFragment(document, ids), { offset: PASTE_OFFSET }), 'Duplicate');
}
