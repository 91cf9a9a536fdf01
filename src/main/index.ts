/** Lifecycle only: the single-instance lock, then each part sets itself up when Electron is ready. */
import { app, BrowserWindow } from 'electron';
import { join } from 'node:path';
import { createHandlers, openMapDocument } from './services/documentHandlers';
import { sendEvent, targetWindow } from './events';
import { initialFileFromArgv } from './services/commandLine';
import { setupIpc } from './ipc';
import { setupMenu } from './menu';
import { setupSecurity } from './security';
import { createMainWindow } from './window';

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  const resourcesDir = join(app.getAppPath(), 'resources');
  const handlers = createHandlers({
    resourcesDir,
    initialFile: initialFileFromArgv(process.argv, app.isPackaged),
    // The Edit menu names the step Undo would take back ("Undo Add objection").
    onEditState: (state) => setupMenu(handlers, state),
  });

  // A second launch hands its arguments to this instance: show the window, open its file.
  app.on('second-instance', (_event, argv) => {
    const window = targetWindow();
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
    const file = initialFileFromArgv(argv, app.isPackaged);
    if (file) void openMapDocument(file).then((document) => sendEvent(window, 'documentOpened', document));
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  void app.whenReady().then(() => {
    setupSecurity();
    setupIpc(handlers);
    setupMenu(handlers);
    createMainWindow(resourcesDir);
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createMainWindow(resourcesDir);
    });
  });
}
