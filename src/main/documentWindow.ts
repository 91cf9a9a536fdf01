import type { BrowserWindow } from 'electron';
import type { DocumentController } from './services/documentController';

/** Whether the app is quitting (Ctrl+Q, the dock, a log-out) rather than closing one window. */
export interface QuitIntent {
  quitting: boolean;
}

/**
 * Guards a window with unsaved changes: closing it (its close box, Ctrl+W, quitting) first asks
 * Save / Don't Save / Cancel through the controller. Cancel keeps the window and stops a quit.
 */
export function guardDocumentWindow(window: BrowserWindow, controller: DocumentController, quit: QuitIntent): void {
  window.on('close', (event) => {
    if (controller.mayClose()) return;
    event.preventDefault();
    void controller.run('closeWindow').then(() => {
      // Not agreed: the user cancelled (or a save failed), so the quit that asked is off too.
      if (!controller.mayClose()) quit.quitting = false;
    });
  });
  window.on('focus', () => void controller.windowFocused());
  // A crashed page cannot hand over its map: let the window close. Its recovery copy stays for the next start.
  window.webContents.on('render-process-gone', () => controller.allowClose());
}
