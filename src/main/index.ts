/** Lifecycle only: the single-instance lock, then each part sets itself up when Electron is ready. */
/// <reference types="electron-vite/node" />
import { app, BrowserWindow, nativeTheme } from 'electron';
import { join } from 'node:path';
import type { QuitIntent } from './documentWindow';
import { setupIpc } from './ipc';
import { applicationMenu } from './menu';
import { electronClipboard } from './electronClipboard';
import { nativeExportDialogs } from './nativeDialogs';
import { setupSecurity } from './security';
import { initialFileFromArgv } from './services/commandLine';
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
import { loadRecentFiles } from './services/recentFiles';
import { DocumentWindows } from './windows';

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  const resourcesDir = join(app.getAppPath(), 'resources');
  setPdfWorkerEntry(pdfWorkerEntry);
  setImportWorkerEntry(importWorkerEntry);
  const quit: QuitIntent = { quitting: false };
  const windows = new DocumentWindows({
    resourcesDir,
    quit,
    initialFile: initialFileFromArgv(process.argv, app.isPackaged),
    onCanRevert: (canRevert) => refreshMenu({ canRevert }),
  });

  const refreshMenu = applicationMenu({
    run: (command) => windows.run(command),
    openRecent: (path) => windows.openFile(path),
    // Clear Menu is enabled only once the list is read and has entries.
    clearRecent: () => void recentLoaded.then((files) => files.clear()),
  });

  // A second launch hands its arguments to this instance: show the window, open its file.
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const file = initialFileFromArgv(argv, app.isPackaged, workingDirectory);
    if (file) windows.openFile(file);
    else windows.show();
  });

  // macOS hands over files from Finder and the dock this way, also before the app is ready.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    windows.openFile(path);
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
    setupSecurity({ onFileDropped: (contents, path) => windows.openDropped(contents, path) });
    const files = await recentLoaded;
    const exports = createExportHandlers({
      document: () => windows.documents?.state ?? null,
      dialogs: nativeExportDialogs(() => windows.current),
      clipboard: electronClipboard(),
      engine: exportEngine(resourcesDir),
      choices: await choicesLoaded,
      documentsDir: app.getPath('documents'),
    });
    setupIpc(
      createHandlers(
        () => windows.documents,
        // The Edit menu names the step Undo would take back ("Undo Add objection"); the window's
        // frame and native dialogs take the theme the page shows (View › Theme).
        {
          onEditState: (edit) => {
            nativeTheme.themeSource = edit.theme;
            refreshMenu({ edit });
          },
          exports,
        },
      ),
    );
    refreshMenu({ recent: files.list() });
    windows.start(dataDir, files);
    // macOS: the dock icon opens a window when there is none.
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) windows.openIfNone();
    });
  });
}
