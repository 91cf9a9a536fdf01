import type { EditState, InvokeHandlers, PresentationSync } from '../../shared/ipc/contract';
import type { DocumentController } from './documentController';
import type { ExportHandlers } from './exportHandlers';
import { importOffThread } from './import/importOffThread';

export interface HandlerOptions {
  /** Called when the renderer's undo/redo labels, selection or unsaved state change (main rebuilds its menu). */
  onEditState?: (state: EditState) => void;
  /** File › Export… and Copy as… (see exportHandlers.ts); without them, those requests are refused. */
  exports?: ExportHandlers;
  /** The presenter view (see presenterWindows in main, and the e2e harness's second page). */
  presenter?: PresenterHost;
}

/** Where the presenter view is opened and presentation messages go to every window. */
export interface PresenterHost {
  open(): Promise<void>;
  relay(message: PresentationSync): void;
}

const notAvailable = async (): Promise<never> => {
  throw new Error('Export is not available here');
};

/** Stand-ins for tests of the document handlers, which do not export. */
const NO_EXPORTS: ExportHandlers = {
  previewExport: notAvailable,
  exportToFile: notAvailable,
  copyExport: notAvailable,
  getExportChoices: notAvailable,
  setExportChoices: notAvailable,
};

/**
 * The main-process side of the contract. No Electron here: main registers
 * these with ipcMain, and the e2e harness binds the very same functions.
 */
export function createHandlers(
  current: () => DocumentController | undefined,
  options: HandlerOptions = {},
): InvokeHandlers {
  const controller = (): DocumentController => {
    const found = current();
    // Only on macOS, between closing the last window and opening a new one.
    if (!found) throw new Error('No document window is open');
    return found;
  };
  return {
    getInitialDocument: () => controller().initialDocument(),
    setEditState: async (state) => {
      controller().setDirty(state.dirty, state.documentId);
      options.onEditState?.(state);
    },
    runFileCommand: (command) => controller().run(command),
    provideDocument: async ({ requestId, map, dirty }) => controller().provideDocument(requestId, map, dirty),
    storeRecovery: async ({ map, documentId }) => controller().storeRecovery(map, documentId),
    listRecoveries: () => controller().recovery.offers(),
    answerRecovery: ({ id, action }) =>
      action === 'restore' ? controller().restoreRecovery(id) : controller().recovery.discardOffer(id),
    answerDiskChange: (answer) => controller().answerDiskChange(answer),
    // Pasted text is read on a worker thread, as an imported file is (see import/importOffThread.ts).
    importText: ({ format, text }) => importOffThread({ format, text }),
    ...(options.exports ?? NO_EXPORTS),
    openPresenterView: async () => {
      if (!options.presenter) throw new Error('The presenter view is not available here');
      await options.presenter.open();
    },
    syncPresentation: async (message) => options.presenter?.relay(message),
  };
}
