import type { BrowserWindow, WebContents } from 'electron';
import type { MainActionId } from '../shared/actions/actions';
import { guardDocumentWindow, type QuitIntent } from './documentWindow';
import { sendEvent } from './events';
import { nativeDialogs } from './nativeDialogs';
import { DocumentController } from './services/documentController';
import type { RecentFiles } from './services/recentFiles';
import { windowTitle } from './services/windowTitle';
import { createMainWindow } from './window';

/** What the windows need from the app around them. */
export interface DocumentWindowsOptions {
  resourcesDir: string;
  quit: QuitIntent;
  /** The file named on the command line: the first window opens it instead of the sample. */
  initialFile: string | undefined;
  /** Whether the open map has a file to go back to changed: File › Revert to Saved follows it. */
  onCanRevert(canRevert: boolean): void;
}

/** Where the app keeps its data, known once Electron is ready. */
interface Ready {
  dataDir: string;
  recent: RecentFiles;
}

/** The file commands that open a window where there is none (macOS keeps running without one). */
const OPENS_A_WINDOW: readonly MainActionId[] = ['newMap', 'openFile', 'openSample'];

/**
 * The document window and the controller of its map: at most one pair at a time. On macOS the app
 * keeps running after the last window closed; New, Open…, the sample, a file from Finder or the
 * dock icon then make a new pair. Everything main keeps about windows lives here, not in index.ts.
 */
export class DocumentWindows {
  private window: BrowserWindow | undefined;
  private controller: DocumentController | undefined;
  /** The file the next window opens: from the command line, or handed over while there was none. */
  private pendingFile: string | undefined;
  private ready: Ready | undefined;

  constructor(private readonly options: DocumentWindowsOptions) {
    this.pendingFile = options.initialFile;
  }

  /** The open document's controller, if a window is open. */
  get documents(): DocumentController | undefined {
    return this.controller;
  }

  /** The open window, if any: the parent of native dialogs. */
  get current(): BrowserWindow | undefined {
    return this.window;
  }

  /** Electron is ready and the recent files read: opens the first window. */
  start(dataDir: string, recent: RecentFiles): void {
    this.ready = { dataDir, recent };
    this.open();
  }

  /** Runs a file command in the open window; with none, New, Open… and the sample open one first. */
  run(command: MainActionId): void {
    if (this.controller) return void this.controller.run(command);
    if (!this.ready || !OPENS_A_WINDOW.includes(command)) return;
    const opened = this.open();
    // A new window starts with the sample (or the pending file): the sample is already there.
    if (command !== 'openSample') void opened.run(command);
  }

  /** Opens a file the system hands over (Finder, a second launch, Open Recent), in the window or a new one. */
  openFile(path: string): void {
    if (!this.window || !this.controller) {
      this.pendingFile = path;
      if (this.ready) this.open();
      return;
    }
    this.show();
    void this.controller.open(path);
  }

  /** A file dropped on a page: only the document window's own drop opens it (never DevTools'). */
  openDropped(contents: WebContents, path: string): void {
    if (this.window && contents === this.window.webContents) void this.controller?.openDropped(path);
  }

  /** Brings the window to the front, restored from the dock or taskbar. */
  show(): void {
    if (!this.window) return;
    if (this.window.isMinimized()) this.window.restore();
    this.window.focus();
  }

  /** The dock icon was clicked (macOS) with no window left: a new one, once the app is ready. */
  openIfNone(): void {
    if (!this.window && this.ready) this.open();
  }

  /** A new window and the controller of its map. */
  private open(): DocumentController {
    const { dataDir, recent } = this.ready!;
    const { resourcesDir, quit, onCanRevert } = this.options;
    const created = createMainWindow(resourcesDir);
    const documents = new DocumentController({
      resourcesDir,
      dataDir,
      initialFile: this.pendingFile,
      dialogs: nativeDialogs(() => this.window),
      send: (channel, payload) => sendEvent(created, channel, payload),
      recent,
      closeWindow: () => created.close(),
      onDocumentState: (state) => {
        created.setTitle(windowTitle(state?.name ?? '', state?.dirty ?? false, process.platform === 'darwin'));
        created.setDocumentEdited(state?.dirty ?? false);
        created.setRepresentedFilename(state?.path ?? '');
        onCanRevert(state?.canRevert ?? false);
      },
    });
    this.pendingFile = undefined;
    guardDocumentWindow(created, documents, quit);
    created.on('closed', () => {
      if (this.window === created) this.window = this.controller = undefined;
    });
    this.window = created;
    this.controller = documents;
    return documents;
  }
}
