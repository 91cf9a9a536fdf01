/** Lifecycle only: the single-instance lock, then each part sets itself up when Electron is ready. */
/// <reference types="electron-vite/node" />
import { app, BrowserWindow } from 'electron';
import { join } from 'node:path';
import { guardDocumentWindow, type QuitIntent } from './documentWindow';
import { sendEvent } from './events';
import { setupIpc } from './ipc';
import { INITIAL_MENU_STATE, setupMenu, type FileMenuActions, type MenuState } from './menu';
import { electronClipboard } from './electronClipboard';
import { nativeDialogs, nativeExportDialogs } from './nativeDialogs';
import { setupSecurity } from './security';
import { initialFileFromArgv } from './services/commandLine';
import { DocumentController } from './services/documentController';
import { createHandlers } from './services/documentHandlers';
import { loadExportChoices } from './services/exportChoices';
import { exportEngine } from './services/exportEngine';
import { setPdfWorkerEntry } from './services/export/pdfOffThread';
// The PDF worker's own bundle, so a big PDF is made off the main thread and the window stays responsive.
import pdfWorkerEntry from './services/export/pdfWorker?modulePath';
import { createExportHandlers } from './services/exportHandlers';
import { setImportWorkerEntry } from './services/import/importOffThread';
// The import worker's own bundle: untrusted Argdown and AIF are read in a V8 isolate of their own.
import importWorkerEntry from './services/import/importWorker?modulePath';
import { loadRecentFiles, type RecentFiles } from './services/recentFiles';
import { windowTitle } from './services/windowTitle';
import { createMainWindow } from './window';

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  const resourcesDir = join(app.getAppPath(), 'resources');
  setPdfWorkerEntry(pdfWorkerEntry);
  setImportWorkerEntry(importWorkerEntry);
  const quit: QuitIntent = { quitting: false };
  let initialFile = initialFileFromArgv(process.argv, app.isPackaged);
  let window: BrowserWindow | undefined;
  let controller: DocumentController | undefined;
  let recent: RecentFiles | undefined;
  let menuState: MenuState = INITIAL_MENU_STATE;

  const actions: FileMenuActions = {
    run: (command) => {
      if (controller) return void controller.run(command);
      // macOS keeps running with no window: New, Open… and the sample open one (it starts with the sample).
      if (!ready || !['newMap', 'openFile', 'openSample'].includes(command)) return;
      const opened = openWindow(ready.dataDir, ready.files);
      if (command !== 'openSample') void opened.run(command);
    },
    openRecent: (path) => openFile(path),
    clearRecent: () => void recent?.clear(),
  };
  const refreshMenu = (change: Partial<MenuState>): void => {
    menuState = { ...menuState, ...change };
    setupMenu(actions, menuState);
  };
  /** Where the app keeps its data, once Electron is ready. */
  let ready: { dataDir: string; files: RecentFiles } | undefined;
  const openFile = (path: string): void => {
    if (!window || !controller) {
      // macOS keeps running with no window: a file from Finder or a second launch opens a new one.
      initialFile = path;
      if (ready) openWindow(ready.dataDir, ready.files);
      return;
    }
    if (window.isMinimized()) window.restore();
    window.focus();
    void controller.open(path);
  };

  /** The window and the controller of its document; macOS makes a new pair when the dock icon is clicked. */
  const openWindow = (dataDir: string, files: RecentFiles): DocumentController => {
    const created = createMainWindow(resourcesDir);
    const documents = new DocumentController({
      resourcesDir,
      dataDir,
      initialFile,
      dialogs: nativeDialogs(() => window),
      send: (channel, payload) => sendEvent(created, channel, payload),
      recent: files,
      closeWindow: () => created.close(),
      onDocumentState: (state) => {
        created.setTitle(windowTitle(state?.name ?? '', state?.dirty ?? false, process.platform === 'darwin'));
        created.setDocumentEdited(state?.dirty ?? false);
        created.setRepresentedFilename(state?.path ?? '');
        refreshMenu({ canRevert: state?.canRevert ?? false });
      },
    });
    initialFile = undefined;
    guardDocumentWindow(created, documents, quit);
    created.on('closed', () => {
      if (window === created) window = controller = undefined;
    });
    window = created;
    controller = documents;
    return documents;
  };

  // A second launch hands its arguments to this instance: show the window, open its file.
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const file = initialFileFromArgv(argv, app.isPackaged, workingDirectory);
    if (file) openFile(file);
    else if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
  });

  // macOS hands over files from Finder and the dock this way, also before the app is ready.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    openFile(path);
  });

  app.on('before-quit', () => {
    quit.quitting = true;
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin' || quit.quitting) app.quit();
  });

  // The recent list is read while Electron starts, not after it: the window need not wait for the disk.
  const dataDir = app.getPath('userData');
  const recentLoaded = loadRecentFiles(dataDir, (list) => refreshMenu({ recent: list }));
  const choicesLoaded = loadExportChoices(dataDir);

  void app.whenReady().then(async () => {
    // Only the document window's own drops: any other web contents (devtools) opens nothing.
    setupSecurity({
      onFileDropped: (contents, path) => {
        if (window && contents === window.webContents) void controller?.openDropped(path);
      },
    });
    const files = await recentLoaded;
    recent = files;
    ready = { dataDir, files };
    const exports = createExportHandlers({
      document: () => controller?.state ?? null,
      dialogs: nativeExportDialogs(() => window),
      clipboard: electronClipboard(),
      engine: exportEngine(resourcesDir),
      choices: await choicesLoaded,
      documentsDir: app.getPath('documents'),
    });
    setupIpc(
      createHandlers(
        () => controller,
        // The Edit menu names the step Undo would take back ("Undo Add objection").
        { onEditState: (edit) => refreshMenu({ edit }), exports },
      ),
    );
    refreshMenu({ recent: files.list() });
    openWindow(dataDir, files);
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) openWindow(dataDir, files);
    });
  });
}
