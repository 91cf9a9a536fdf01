import { app, dialog, type BrowserWindow } from 'electron';
import { isAbsolute, join } from 'node:path';
import { FORMATS } from '../shared/formats/formatRegistry';
import type { ExportDialogs } from './services/exportHandlers';
import {
  exportFilters,
  IMPORT_FILTERS,
  MAP_FILTERS,
  overwriteQuestion,
  saveChangesQuestion,
  unchosenSaveQuestion,
  type FileDialogs,
} from './services/fileDialogs';

/** The window a dialog belongs to (a sheet of it on macOS). */
const parentOf = (window: () => BrowserWindow | undefined) => (): BrowserWindow => {
  const current = window();
  if (!current) throw new Error('No window to ask from');
  return current;
};

/** Asks before replacing a file whose name the save dialog did not check (the extension was added after). */
async function askReplaceFile(parent: BrowserWindow, name: string, detail: string): Promise<boolean> {
  const { response } = await dialog.showMessageBox(parent, {
    type: 'warning',
    message: `“${name}” already exists. Do you want to replace it?`,
    detail,
    buttons: ['Replace', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
  });
  return response === 0;
}

/** The questions of File › Export… as native dialogs. */
export function nativeExportDialogs(window: () => BrowserWindow | undefined): ExportDialogs {
  const parent = parentOf(window);
  return {
    async chooseExportPath(suggested, format) {
      const { canceled, filePath } = await dialog.showSaveDialog(parent(), {
        title: `Export as ${FORMATS[format].label}`,
        buttonLabel: 'Export',
        defaultPath: suggested,
        filters: exportFilters(format),
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
      return canceled || !filePath ? null : filePath;
    },
    askReplaceExport: (name) =>
      askReplaceFile(parent(), name, 'The export replaces the file; the map itself is not changed.'),
  };
}

/** The questions of the file commands as native dialogs, sheets of the window on macOS. */
export function nativeDialogs(window: () => BrowserWindow | undefined): FileDialogs {
  const parent = parentOf(window);
  return {
    async chooseMapToOpen() {
      const { canceled, filePaths } = await dialog.showOpenDialog(parent(), {
        title: 'Open Argument Map',
        filters: MAP_FILTERS,
        properties: ['openFile'],
      });
      return canceled ? null : (filePaths[0] ?? null);
    },
    async chooseFileToImport() {
      const { canceled, filePaths } = await dialog.showOpenDialog(parent(), {
        title: 'Import Argument Map',
        buttonLabel: 'Import',
        filters: IMPORT_FILTERS,
        properties: ['openFile'],
      });
      return canceled ? null : (filePaths[0] ?? null);
    },
    async chooseSavePath(suggested) {
      const { canceled, filePath } = await dialog.showSaveDialog(parent(), {
        title: 'Save Argument Map',
        defaultPath: isAbsolute(suggested) ? suggested : join(app.getPath('documents'), suggested),
        filters: MAP_FILTERS,
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
      return canceled || !filePath ? null : filePath;
    },
    async askSaveChanges(name, action) {
      const { response } = await dialog.showMessageBox(parent(), {
        type: 'warning',
        ...saveChangesQuestion(name, action),
        buttons: ['Save', 'Don’t Save', 'Cancel'],
        defaultId: 0,
        cancelId: 2,
        noLink: true,
      });
      return (['save', 'discard', 'cancel'] as const)[response] ?? 'cancel';
    },
    async askOverwriteChanged(name, deleted) {
      const { response } = await dialog.showMessageBox(parent(), {
        type: 'warning',
        ...overwriteQuestion(name, deleted),
        buttons: [deleted ? 'Save Here' : 'Overwrite', 'Save As…', 'Cancel'],
        defaultId: 1,
        cancelId: 2,
        noLink: true,
      });
      return (['overwrite', 'saveAs', 'cancel'] as const)[response] ?? 'cancel';
    },
    askReplace: (name) => askReplaceFile(parent(), name, 'The file it replaces is kept beside it as a .bak backup.'),
    async askSaveUnchosen(name, folder) {
      const { response } = await dialog.showMessageBox(parent(), {
        type: 'question',
        ...unchosenSaveQuestion(name, folder),
        buttons: ['Save', 'Save As…', 'Cancel'],
        defaultId: 0,
        cancelId: 2,
        noLink: true,
      });
      return (['save', 'saveAs', 'cancel'] as const)[response] ?? 'cancel';
    },
  };
}
