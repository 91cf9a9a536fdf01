import { enableMapSet, produce } from 'immer';
import type { ArgumentMap } from '../../../shared/model/argumentMap';
import { execute, type Command } from '../../../shared/commands/command';
import { amendLast, emptyHistory, record, redo, undo, type History } from '../../../shared/history/history';
import type { OpenedDocument } from '../../../shared/ipc/contract';
import { initialSession, type PanelToggle, type SessionState } from './sessionState';

export interface EditorState {
  document: ArgumentMap | null;
  /** The file name shown in the title bar. */
  documentName: string;
  /** Why the last open failed; the document on screen stays as it was. */
  loadError: string | null;
  /** True until main has answered the first request for a document. */
  opening: boolean;
  history: History;
  session: SessionState;
}

// The session keeps selection, drags and sizes in Sets and Maps.
enableMapSet();

type Listener = () => void;

/** The renderer's single source of truth; React reads it through useEditor. */
export class EditorStore {
  private state: EditorState = {
    document: null,
    documentName: '',
    loadError: null,
    opening: true,
    history: emptyHistory,
    session: initialSession,
  };
  private listeners = new Set<Listener>();

  getState = (): EditorState => this.state;

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private notifying = false;

  private set(next: Partial<EditorState>): void {
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
      this.set({ loadError: opened.result.message, opening: false });
      return;
    }
    this.set({
      document: opened.result.map,
      documentName: opened.name,
      loadError: null,
      opening: false,
      history: emptyHistory,
      session: {
        ...initialSession,
        showLegend: this.state.session.showLegend,
        showMinimap: this.state.session.showMinimap,
        showOutline: this.state.session.showOutline,
        showInspector: this.state.session.showInspector,
      },
    });
  }

  /** Opens what main answers; if the request itself fails, says so instead of waiting forever. */
  async openFrom(request: Promise<OpenedDocument>): Promise<void> {
    try {
      this.open(await request);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      this.set({ loadError: `The app could not ask for the map (${detail}).`, opening: false });
    }
  }

  dismissError(): void {
    this.set({ loadError: null });
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
    // "Enter adds a sibling" holds only right after a text was finished, not after other edits.
    const session = this.state.session.justCommitted ? { ...this.state.session, justCommitted: null } : undefined;
    this.set({ document: result.document, history: nextHistory, ...(session && { session }) });
    return true;
  }

  undo(): void {
    const { document, history } = this.state;
    const step = document && undo(history, document);
    if (step)
      this.set({ document: step.document, history: step.history, session: this.sessionAfterUndo(step.document) });
  }

  redo(): void {
    const { document, history } = this.state;
    const step = document && redo(history, document);
    if (step)
      this.set({ document: step.document, history: step.history, session: this.sessionAfterUndo(step.document) });
  }

  /** Takes back the last step without keeping it for redo: a new node abandoned with Escape. */
  discardLast(): void {
    const { document, history } = this.state;
    const step = document && undo(history, document);
    if (step) {
      this.set({
        document: step.document,
        history: { past: step.history.past, future: history.future },
        session: this.sessionAfterUndo(step.document),
      });
    }
  }

  /** Undo and redo may remove nodes: the selection must not keep pointing at them. */
  private sessionAfterUndo(document: ArgumentMap): SessionState {
    return produce(this.state.session, (session) => {
      for (const id of session.selected) if (!document.nodes[id]) session.selected.delete(id);
      for (const id of session.selectedRelations) if (!document.relations[id]) session.selectedRelations.delete(id);
      for (const id of session.collapsed) if (!document.nodes[id]) session.collapsed.delete(id);
      if (session.editing && !document.nodes[session.editing.id]) session.editing = null;
      session.justCommitted = null;
    });
  }

  /** Shows a short message (why an edit was refused); it fades on its own. */
  notify(text: string): void {
    this.updateSession((session) => ({ ...session, notice: { text, seq: (session.notice?.seq ?? 0) + 1 } }));
  }

  /** Shows or hides a panel (legend, minimap, outline, inspector). */
  togglePanel(panel: PanelToggle): void {
    this.updateSession((session) => ({ ...session, [panel]: !session[panel] }));
  }

  updateSession(update: (session: SessionState) => SessionState): void {
    const next = update(this.state.session);
    if (next !== this.state.session) this.set({ session: next });
  }
}
