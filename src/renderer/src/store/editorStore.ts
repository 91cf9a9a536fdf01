import { enableMapSet, produce, setAutoFreeze, type Patch } from 'immer';
import { isUntitled, type ArgumentMap } from '../../../shared/model/argumentMap';
import { execute, type Command } from '../../../shared/commands/command';
import {
  amendLast,
  emptyHistory,
  record,
  redo,
  undo,
  type History,
  type HistoryEntry,
} from '../../../shared/history/history';
import type { DiskChange, ImportSummary, OpenedDocument, RecoveryOffer } from '../../../shared/ipc/contract';
import type { FileProblem } from '../../../shared/ipc/fileProblem';
import type { PanelName } from '../../../shared/actions/actionState';
import { initialSession, type SessionState } from './sessionState';
import { VisitHistory } from './visitHistory';
import { mapChange, type MapChange } from '../../../shared/derived/mapChange';

export interface EditorState {
  document: ArgumentMap | null;
  /** The file name shown in the title bar. */
  documentName: string;
  /** Why the last open or save failed; the document on screen stays as it was. */
  problem: FileProblem | null;
  /**
   * The undo step the file on disk matches: the top of the undo stack when it was opened or saved
   * (null: no step). Undoing back to it makes the map clean again. NEVER_SAVED: no file matches.
   */
  savedAt: HistoryEntry | null | typeof NEVER_SAVED;
  /** Another program changed the open file; the user decides between it and the map on screen. */
  diskChange: DiskChange | null;
  /** Unsaved maps a crash left behind, offered at start-up. */
  recoveryOffers: readonly RecoveryOffer[];
  /** What the last import (a file or pasted Argdown) carried over approximately or not at all, until dismissed. */
  importReport: ImportSummary | null;
  /** Main's number for the open document, quoted with its recovery copies. */
  documentId: number | null;
  /** True until main has answered the first request for a document. */
  opening: boolean;
  history: History;
  session: SessionState;
}

/** A map no file on disk matches yet (a restored recovery copy). */
export const NEVER_SAVED = Symbol('never saved');

/** Whether the map differs from its file: the title's marker, the prompt on close, the recovery copy. */
export const isDirty = (state: EditorState): boolean =>
  state.document !== null && (state.history.past.at(-1) ?? null) !== state.savedAt;

// The session keeps selection, drags and sizes in Sets and Maps.
enableMapSet();
// Freezing walks every key of each object an edit touched: the map's 10,000 nodes on every edit
// (93 ms of a Tab on a 5,000-node map). Development builds and tests keep it, to catch a stray write.
setAutoFreeze(import.meta.env.DEV);

type Listener = () => void;

/** The renderer's single source of truth; React reads it through useEditor. */
export class EditorStore {
  private state: EditorState = {
    document: null,
    documentName: '',
    problem: null,
    savedAt: null,
    diskChange: null,
    recoveryOffers: [],
    importReport: null,
    documentId: null,
    opening: true,
    history: emptyHistory,
    session: initialSession,
  };
  private listeners = new Set<Listener>();
  /**
   * The undo step each map handed to main was at, by request id. Main also asks before a Save/Don't Save
   * question and after Keep My Version, and those maps are never saved: a save or an open clears them all.
   */
  private handedOver = new Map<string, HistoryEntry | null>();

  /** Where the user has been on this map, for Go Back and Go Forward: every node selected alone. */
  readonly visits = new VisitHistory();

  /** What the last edit, undo or redo changed: derived views (store/derivedViews.ts) update by it. */
  lastChange: MapChange | null = null;

  getState = (): EditorState => this.state;

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private notifying = false;

  private set(next: Partial<EditorState>): void {
    const selected = next.session?.selected;
    if (selected && selected !== this.state.session.selected && selected.size === 1)
      this.visits.visit([...selected][0]);
    this.state = { ...this.state, ...next };
    // One key press often makes several changes (add the node, select it, open its text, show it).
    // Telling React once, after them all, renders the canvas once instead of once per change.
    if (this.notifying) return;
    this.notifying = true;
    queueMicrotask(() => {
      this.notifying = false;
      for (const listener of this.listeners) listener();
    });
  }

  /** Shows an opened document, or keeps the current one and reports why it failed. */
  open(opened: OpenedDocument): void {
    if (!opened.result.ok) {
      this.set({ problem: { title: 'Could not open the map.', message: opened.result.message }, opening: false });
      return;
    }
    this.handedOver.clear();
    this.visits.clear();
    this.set({
      document: opened.result.map,
      documentName: opened.name,
      documentId: opened.documentId ?? null,
      problem: null,
      savedAt: opened.unsaved ? NEVER_SAVED : null,
      diskChange: null,
      importReport: opened.imported ?? null,
      opening: false,
      history: emptyHistory,
      session: { ...initialSession, panels: this.state.session.panels },
    });
  }

  /** Opens what main answers; if the request itself fails, says so instead of waiting forever. */
  async openFrom(request: Promise<OpenedDocument>): Promise<void> {
    try {
      this.open(await request);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      this.set({
        problem: { title: 'Could not open the map.', message: `The app could not ask for the map (${detail}).` },
        opening: false,
      });
    }
  }

  /** Shows why a file command failed (in a banner that stays until dismissed). */
  reportProblem(problem: FileProblem | null): void {
    this.set({ problem });
  }

  /** Shows (or, with null, dismisses) the report of what an import approximated or dropped. */
  showImportReport(importReport: ImportSummary | null): void {
    this.set({ importReport });
  }

  /** Shows (or, with null, hides) the question about a file another program changed. */
  reportDiskChange(diskChange: DiskChange | null): void {
    this.set({ diskChange });
  }

  /** Shows the recovery copies to offer (or, with fewer, those still unanswered). */
  offerRecoveries(recoveryOffers: readonly RecoveryOffer[]): void {
    this.set({ recoveryOffers });
  }

  /** The map to hand to main for saving; the undo step it is at is kept until main says it was saved. */
  handOver(requestId: string): ArgumentMap | null {
    const { document, history } = this.state;
    if (document) this.handedOver.set(requestId, history.past.at(-1) ?? null);
    return document;
  }

  /**
   * Main wrote the map handed over for `requestId` to `name`: that step is now the saved one. A map
   * saved for the first time without a title was saved with its file's name as `title`: the map on
   * screen takes it too, as the file has it (not as an edit to undo).
   */
  saved(requestId: string, name: string, title?: string): void {
    const savedAt = this.handedOver.get(requestId);
    if (savedAt === undefined) return;
    this.handedOver.clear();
    const { document } = this.state;
    const named =
      title !== undefined && document && isUntitled(document)
        ? { document: { ...document, meta: { ...document.meta, title } } }
        : {};
    // Saved over whatever another program wrote: that question is answered.
    this.set({ savedAt, documentName: name, problem: null, diskChange: null, ...named });
  }

  /** The map no longer matches its file (kept over another program's version): it is unsaved until saved. */
  markUnsaved(documentId: number): void {
    if (documentId === this.state.documentId) this.set({ savedAt: NEVER_SAVED });
  }

  /**
   * Runs a command as one undo step (or, with `amend`, folded into the last step).
   * A refused edit (a relation that makes no sense) changes nothing and tells the user why.
   * Returns whether the document changed.
   */
  run<Args>(command: Command<Args>, args: Args, options: { amend?: boolean } = {}): boolean {
    const { document, history } = this.state;
    if (!document) return false;
    let result;
    try {
      result = execute(document, command, args);
    } catch (error) {
      this.notify(error instanceof Error ? error.message : String(error));
      return false;
    }
    if (!result) return false;
    const nextHistory = options.amend ? amendLast(history, result.entry) : record(history, result.entry);
    this.lastChange = mapChange(document, result.document, result.entry.patches);
    // "Enter adds a sibling" holds only right after a text was finished, not after other edits.
    const session = this.state.session.justCommitted ? { ...this.state.session, justCommitted: null } : undefined;
    this.set({ document: result.document, history: nextHistory, ...(session && { session }) });
    return true;
  }

  undo(): void {
    const { document, history } = this.state;
    const step = document && undo(history, document);
    if (step) this.noteStep(document, step.document, history.past.at(-1)?.inversePatches);
    if (step)
      this.set({ document: step.document, history: step.history, session: this.sessionAfterUndo(step.document) });
  }

  redo(): void {
    const { document, history } = this.state;
    const step = document && redo(history, document);
    if (step) this.noteStep(document, step.document, history.future.at(-1)?.patches);
    if (step)
      this.set({ document: step.document, history: step.history, session: this.sessionAfterUndo(step.document) });
  }

  /** Takes back the last step without keeping it for redo: a new node abandoned with Escape. */
  discardLast(): void {
    const { document, history } = this.state;
    const step = document && undo(history, document);
    if (step) {
      this.noteStep(document, step.document, history.past.at(-1)?.inversePatches);
      this.set({
        document: step.document,
        history: { past: step.history.past, future: history.future },
        session: this.sessionAfterUndo(step.document),
      });
    }
  }

  private noteStep(before: ArgumentMap, after: ArgumentMap, patches: readonly Patch[] | undefined): void {
    this.lastChange = patches ? mapChange(before, after, patches) : null;
  }

  /** Undo and redo may remove nodes: the selection must not keep pointing at them. */
  private sessionAfterUndo(document: ArgumentMap): SessionState {
    return produce(this.state.session, (session) => {
      for (const id of session.selected) if (!document.nodes[id]) session.selected.delete(id);
      for (const id of session.selectedRelations) if (!document.relations[id]) session.selectedRelations.delete(id);
      for (const id of session.collapsed) if (!document.nodes[id]) session.collapsed.delete(id);
      if (session.editing && !document.nodes[session.editing.id]) session.editing = null;
      if (session.whatIf && !document.nodes[session.whatIf.node]) session.whatIf = null;
      if (session.focus && !document.nodes[session.focus.id]) session.focus = null;
      session.justCommitted = null;
    });
  }

  /** Shows a short message (why an edit was refused); it fades on its own. */
  notify(text: string): void {
    this.updateSession((session) => ({ ...session, notice: { text, seq: (session.notice?.seq ?? 0) + 1 } }));
  }

  /** Shows or hides a panel (legend, minimap, outline, inspector). */
  togglePanel(panel: PanelName): void {
    this.updateSession((session) => ({ ...session, panels: { ...session.panels, [panel]: !session.panels[panel] } }));
  }

  updateSession(update: (session: SessionState) => SessionState): void {
    const next = update(this.state.session);
    if (next !== this.state.session) this.set({ session: next });
  }
}
