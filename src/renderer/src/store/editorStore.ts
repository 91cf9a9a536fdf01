import type { ArgumentMap } from '../../../shared/model/argumentMap';
import { execute, type Command } from '../../../shared/commands/command';
import { emptyHistory, record, redo, undo, type History } from '../../../shared/history/history';
import type { OpenedDocument } from '../../../shared/ipc/contract';
import { initialSession, type SessionState } from './sessionState';

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

  private set(next: Partial<EditorState>): void {
    this.state = { ...this.state, ...next };
    for (const listener of this.listeners) listener();
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

  run<Args>(command: Command<Args>, args: Args): void {
    const { document, history } = this.state;
    if (!document) return;
    const result = execute(document, command, args);
    if (result) this.set({ document: result.document, history: record(history, result.entry) });
  }

  undo(): void {
    const { document, history } = this.state;
    const step = document && undo(history, document);
    if (step) this.set({ document: step.document, history: step.history });
  }

  redo(): void {
    const { document, history } = this.state;
    const step = document && redo(history, document);
    if (step) this.set({ document: step.document, history: step.history });
  }

  /** Shows or hides a floating panel (legend, minimap). */
  togglePanel(panel: 'showLegend' | 'showMinimap'): void {
    this.updateSession((session) => ({ ...session, [panel]: !session[panel] }));
  }

  updateSession(update: (session: SessionState) => SessionState): void {
    const next = update(this.state.session);
    if (next !== this.state.session) this.set({ session: next });
  }
}
