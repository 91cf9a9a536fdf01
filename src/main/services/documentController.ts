import { basename, isAbsolute, join } from 'node:path';
import { formatOfPath, KNOWN_EXTENSIONS } from '../../shared/formats/formatsByExtension';
import type { FileCommand, EventChannel } from '../../shared/ipc/channels';
import type { EventPayload, OpenedDocument } from '../../shared/ipc/contract';
import { emptyMap, isUntitled, type ArgumentMap } from '../../shared/model/argumentMap';
import { titleFromFileName } from '../../shared/formats/formatsByExtension';
import { fileRecord, isUnchosenKey, unchosenKey, untitledRecord, type DocumentRecord } from './documentRecord';
import type { DiscardingAction, FileDialogs } from './fileDialogs';
import { readFileIdentity } from './fileIdentity';
import { createMapRequests, type MapRequests } from './mapRequests';
import { saveMapFile } from './mapWriter';
import type { RecentFiles } from './recentFiles';
import { createRecoveryKeeper, type RecoveryKeeper } from './recoveryKeeper';
import { createCommandQueue } from './commandQueue';
import { loadDocument, reattachedDocument, restoredDocument, type LoadedDocument } from './documentLoader';
import { chooseSaveTarget } from './saveTarget';
import { importDocument } from './importDocument';
import { prepareImportWorker } from './import/importOffThread';

export const SAMPLE_FILE_NAME = 'kazakhstan-mediator.argmap';
export const samplePath = (resourcesDir: string): string => join(resourcesDir, 'examples', SAMPLE_FILE_NAME);

/** Sends an event of the contract to the window. */
export type SendEvent = <K extends EventChannel>(channel: K, payload: EventPayload<K>) => void;

/** What the window's title bar, menu and macOS proxy icon need to know. */
export interface DocumentState {
  name: string;
  path: string | null;
  dirty: boolean;
  /** Revert has a file to go back to. */
  canRevert: boolean;
}

export interface ControllerOptions {
  /** The folder holding `examples/` (the app's resources). */
  resourcesDir: string;
  /** The app's data folder: recovery copies live in its `recovery/` folder. */
  dataDir: string;
  /** A map file named on the command line, opened instead of the sample. */
  initialFile?: string;
  dialogs: FileDialogs;
  send: SendEvent;
  recent: RecentFiles;
  /** Closes the window for good, once the user has agreed (or nothing was unsaved). */
  closeWindow: () => void;
  /** Told whenever the name, path or unsaved state changes; null when no map is open any more. */
  onDocumentState?: (state: DocumentState | null) => void;
  /** How long to wait for the window's map; tests shorten it. */
  requestTimeoutMs?: number;
}

/**
 * The main process's side of a document: the path it lives at, whether it is unsaved, and every file
 * command (New, Open, Save, Save As, Revert, Close) with the questions they ask. Electron-free: the app
 * hands it native dialogs and its window, the e2e harness scripted dialogs and a Chromium page.
 */
export class DocumentController {
  private record: DocumentRecord | null = null;
  private readonly queue = createCommandQueue();
  private closeAgreed = false;
  /** The disk state the user has already been told about, so a focus change asks once per change. */
  private reportedDiskState: string | null = null;
  /** Numbers each document sent to the window, so a late recovery copy of the previous one is not kept as this one's. */
  private documentId = 0;
  private readonly requests: MapRequests;
  /**
   * Files that reached main without any dialog of its own choosing them: a file dropped on the window arrives as a
   * navigation, which a compromised page can make too. Save asks before it first writes to one; Open…, Save As…,
   * that question or the system (command line, Open Recent, Finder) choosing the file takes it off the list.
   */
  private readonly unchosen = new Set<string>();
  readonly recovery: RecoveryKeeper;

  constructor(private readonly options: ControllerOptions) {
    this.requests = createMapRequests(
      (requestId) => options.send('documentRequested', { requestId }),
      options.requestTimeoutMs,
    );
    this.recovery = createRecoveryKeeper({
      dataDir: options.dataDir,
      current: () => this.record,
      onProblem: (message) => options.send('fileProblem', { title: 'Unsaved changes are not backed up.', message }),
    });
  }

  /** The document's state for the title bar and menu (null before the first document). */
  get state(): DocumentState | null {
    const record = this.record;
    if (!record) return null;
    return { name: record.name, path: record.path, dirty: record.dirty, canRevert: record.source !== null };
  }

  /**
   * The window's first document: the file from the command line, else the sample. A window that
   * reloads (its crash screen, a developer's F5) gets the open document back instead.
   */
  async initialDocument(): Promise<OpenedDocument> {
    if (this.record) return this.reattach(this.record);
    const file = this.options.initialFile;
    const path = file ?? samplePath(this.options.resourcesDir);
    const { opened, record } = await this.load(path, file === undefined);
    if (!opened.result.ok) return opened;
    await this.adopt(record);
    return { ...opened, documentId: ++this.documentId };
  }

  /** The open document for a reloaded window: its unsaved changes as far as the recovery copy has them. */
  private async reattach(record: DocumentRecord): Promise<OpenedDocument> {
    const copy = record.dirty ? await this.recovery.read(record.recoveryKey) : null;
    const reattached = await reattachedDocument(record, copy);
    if (reattached.record !== record) {
      this.record = reattached.record;
      this.changed();
    }
    return { ...reattached.opened, documentId: ++this.documentId };
  }

  /**
   * Runs a file command. One at a time: a second Ctrl+S while a dialog is open is ignored, not queued;
   * Close waits for the command before it (a quit right after Ctrl+S must not be lost).
   */
  async run(command: FileCommand): Promise<void> {
    await this.exclusive(async () => {
      switch (command) {
        case 'newMap':
          return this.newMap();
        case 'openFile': {
          const path = await this.options.dialogs.chooseMapToOpen();
          if (!path) return;
          this.unchosen.delete(path);
          // Chosen on purpose, the open map's own file is read again (asking first if there are changes).
          if (path === this.record?.path) return void (await this.replaceWith(path, false, 'open'));
          return this.openPath(path);
        }
        case 'importFile': {
          // The reader thread starts while the user picks a file: the import need not wait for it.
          prepareImportWorker();
          const path = await this.options.dialogs.chooseFileToImport();
          return path ? this.importPath(path) : undefined;
        }
        case 'openSample':
          return this.openPath(samplePath(this.options.resourcesDir), true);
        case 'save':
          return void (await this.save(false));
        case 'saveAs':
          return void (await this.save(true));
        case 'revert':
          return this.revert();
        case 'closeWindow':
          return this.close();
        default:
          // An action the table says main runs, with no code here: the compiler stops at this line.
          return command satisfies never;
      }
    }, command === 'closeWindow');
  }

  /** Opens a file given by the system: a second launch, Open Recent, a file association. */
  async open(path: string): Promise<void> {
    // Waits for a dialog in progress rather than dropping the file the system handed over.
    await this.exclusive(() => {
      this.unchosen.delete(path);
      return this.openPath(path);
    }, true);
  }

  /**
   * Opens a file dropped on the window (main learns its path from Chromium's navigation, see security.ts): a map
   * opens, an Argdown or AIF file is imported. The page could make that navigation itself, so only those kinds of
   * file are read, and Save asks before it first writes to a dropped map.
   */
  async openDropped(path: string): Promise<void> {
    if (!isAbsolute(path)) {
      this.problem('Could not open the file.', `“${path}” is not the full path of a file.`);
      return;
    }
    const format = formatOfPath(path);
    if (format === 'argmap') return this.exclusive(() => this.openPath(path, false, true), true);
    if (format !== null) return this.exclusive(() => this.importPath(path), true);
    const known = KNOWN_EXTENSIONS.join(', ');
    this.problem('Could not open the file.', `“${basename(path)}” is not a map Argmap reads: it opens ${known} files.`);
  }

  /**
   * The renderer's report of unsaved changes (with its Edit menu state). A report about another document
   * (one replaced meanwhile, or none yet in a window that is reloading) is ignored.
   */
  setDirty(dirty: boolean, documentId: number | null = this.documentId): void {
    const record = this.record;
    if (!record || record.dirty === dirty || documentId !== this.documentId) return;
    this.record = { ...record, dirty };
    this.changed();
    // Undone back to the file's state: a copy of the undone changes must not be offered after a crash.
    if (!dirty) void this.recovery.discard(record.recoveryKey);
  }

  /** The window's answer to `documentRequested`: its map, and whether it differs from the file. */
  provideDocument(requestId: string, map: ArgumentMap, dirty: boolean): void {
    this.requests.answer(requestId, map, dirty);
  }

  /** The window's unsaved map, for its recovery copy; a copy of a document no longer shown is dropped. */
  storeRecovery(map: ArgumentMap, documentId: number): void {
    if (documentId === this.documentId) this.recovery.store(map);
  }

  /**
   * Whether the window may close now: only after `run('closeWindow')` agreed. Every close goes through it,
   * also without unsaved changes, so the recovery copy is deleted before the window goes.
   */
  mayClose(): boolean {
    return this.closeAgreed;
  }

  /** The page is gone (it crashed): nothing can be asked or saved, so closing may go ahead. */
  allowClose(): void {
    this.closeAgreed = true;
  }

  /** The window regained the focus: tell the user if another program changed or removed the file. */
  async windowFocused(): Promise<void> {
    const record = this.record;
    if (this.queue.busy || !record?.path || !record.identity) return;
    // One read: its hash says both whether the file changed and which change was last reported.
    const now = await readFileIdentity(record.path);
    if (now?.sha256 === record.identity.sha256) return;
    const diskState = `${record.path}:${now?.sha256 ?? 'gone'}`;
    if (this.record !== record || diskState === this.reportedDiskState) return;
    this.reportedDiskState = diskState;
    this.options.send('diskChanged', { name: record.name, deleted: now === null });
  }

  /** The user's answer to `diskChanged`: reload the file, or keep the map on screen (and save over the file later). */
  async answerDiskChange(answer: 'reload' | 'keep'): Promise<void> {
    let kept = false;
    await this.exclusive(async () => {
      const record = this.record;
      if (!record?.path) return;
      if (answer === 'reload') {
        const { opened, record: fresh } = await this.load(record.path, false);
        if (!opened.result.ok) {
          this.problem('Could not reload the map.', opened.result.message);
          return;
        }
        // Showing the file's version deletes the recovery copy of the changes given up for it.
        await this.show(opened, fresh);
        return;
      }
      // Keeping ours: the file's new state is known now, so the next save does not ask again. The map
      // on screen no longer matches the file, so it is unsaved: closing asks, and Save writes it back.
      this.record = { ...record, identity: await readFileIdentity(record.path), dirty: true };
      this.options.send('documentUnsaved', { documentId: this.documentId });
      this.changed();
      kept = true;
    });
    // The kept map now exists nowhere but in the window: back it up at once, not at the next edit. Outside
    // the queue, so a Ctrl+S right after Keep is not dropped while the window hands the map over.
    if (!kept) return;
    const provided = await this.requests.request().catch(() => null);
    if (provided) this.recovery.store(provided.map);
  }

  /** Restores a recovery copy offered at start-up, as an unsaved document. */
  async restoreRecovery(id: string): Promise<void> {
    await this.exclusive(async () => {
      // Only taken once the user agreed to replace the map on screen: Cancel leaves the offer standing.
      if (!this.recovery.peek(id)) return;
      if (!(await this.confirmDiscard('open'))) return;
      const entry = this.recovery.take(id);
      if (!entry) return;
      const { opened, record } = await restoredDocument(entry);
      // The page may ask for a restore itself: a copy of a dropped map still asks before Save writes there.
      if (record.path && isUnchosenKey(record.recoveryKey)) this.unchosen.add(record.path);
      await this.show(opened, record);
    });
  }

  /** Runs `work` alone: dropped while another command runs, or with `wait`, run after it. */
  private exclusive(work: () => Promise<void>, wait = false): Promise<void> {
    return this.queue.run(work, wait);
  }

  private changed(): void {
    this.options.onDocumentState?.(this.state);
  }

  private problem(title: string, message: string): void {
    this.options.send('fileProblem', { title, message });
  }

  /** Reads a file into what the window shows, with the record it would become. Reading changes nothing. */
  private load(path: string, isSample: boolean): Promise<LoadedDocument> {
    return loadDocument(path, isSample);
  }

  /**
   * Makes `record` the open document (after the window was told). The old map's recovery copy goes:
   * its changes were saved or given up. Only a restored copy (same key, still unsaved) stays until saved.
   */
  private async adopt(adopted: DocumentRecord): Promise<void> {
    const previous = this.record;
    // A dropped file's recovery copy says so, for the record restored from it after a crash.
    const record =
      adopted.path && this.unchosen.has(adopted.path)
        ? { ...adopted, recoveryKey: unchosenKey(adopted.recoveryKey) }
        : adopted;
    this.record = record;
    this.reportedDiskState = null;
    if (record.path) void this.options.recent.add(record.path);
    this.changed();
    if (previous && !(previous.recoveryKey === record.recoveryKey && record.dirty)) {
      await this.recovery.discard(previous.recoveryKey);
    }
  }

  private async show(opened: OpenedDocument, record: DocumentRecord): Promise<void> {
    this.options.send('documentOpened', { ...opened, documentId: ++this.documentId });
    await this.adopt(record);
  }

  /**
   * Replaces the map on screen with the file at `path`: reads it first (a broken file is reported and
   * nothing is asked), then asks about unsaved changes. If answering Save wrote that very file, it is
   * read again, so the screen shows what is on disk now.
   */
  private async replaceWith(path: string, isSample: boolean, action: DiscardingAction): Promise<boolean> {
    const failure = action === 'revert' ? 'Could not revert the map.' : 'Could not open the map.';
    let loaded = await this.load(path, isSample);
    if (!loaded.opened.result.ok) {
      this.problem(failure, loaded.opened.result.message);
      return false;
    }
    const before = this.record;
    if (!(await this.confirmDiscard(action))) return false;
    if (this.record !== before && this.record?.path === path) {
      loaded = await this.load(path, false);
      if (!loaded.opened.result.ok) {
        this.problem(failure, loaded.opened.result.message);
        return false;
      }
    }
    await this.show(loaded.opened, loaded.record);
    return true;
  }

  private async openPath(path: string, isSample = false, dropped = false): Promise<void> {
    // Already open (a double-click in the file manager, Open Recent): the map on screen, with its changes, stays.
    if (!isSample && this.record?.path === path) return;
    const listed = this.unchosen.has(path);
    if (dropped) this.unchosen.add(path);
    if (await this.replaceWith(path, isSample, 'open')) return;
    if (dropped && !listed) this.unchosen.delete(path);
    // A file that is gone will not come back from the Open Recent menu.
    if (!isSample && (await readFileIdentity(path)) === null) void this.options.recent.remove(path);
  }

  /** Imports an Argdown or AIF file as a new unsaved map (after asking about unsaved changes). */
  private async importPath(path: string): Promise<void> {
    const imported = await importDocument(path);
    if (!imported.ok) {
      this.problem('Could not import the file.', imported.message);
      return;
    }
    if (!(await this.confirmDiscard('import'))) return;
    await this.show(imported.loaded.opened, imported.loaded.record);
  }

  private async newMap(): Promise<void> {
    if (!(await this.confirmDiscard('new'))) return;
    const record = untitledRecord();
    await this.show({ name: record.name, isSample: false, result: { ok: true, map: emptyMap() } }, record);
  }

  private async revert(): Promise<void> {
    const record = this.record;
    if (record?.source) await this.replaceWith(record.source, record.isSample, 'revert');
  }

  private async close(): Promise<void> {
    if (!(await this.confirmDiscard('close'))) return;
    // Closed cleanly: whatever the copy held was saved or given up.
    if (this.record) await this.recovery.discard(this.record.recoveryKey);
    this.closeAgreed = true;
    this.options.closeWindow();
  }

  /**
   * Asks Save / Don't Save / Cancel when there are unsaved changes. True when the caller may go on:
   * nothing unsaved, saved, or the user chose to drop the changes.
   */
  private async confirmDiscard(action: DiscardingAction): Promise<boolean> {
    const record = this.record;
    if (!record) return true;
    // Text still being typed counts: the window commits it and says whether the map is unsaved. A window
    // that cannot answer (hung) is judged by its last report.
    const dirty = await this.requests.request().then(
      (provided) => provided.dirty,
      () => record.dirty,
    );
    this.setDirty(dirty);
    if (!dirty) return true;
    const answer = await this.options.dialogs.askSaveChanges(record.name, action);
    if (answer === 'cancel') return false;
    // Don't Save: the caller replaces or closes the map, and that deletes its recovery copy.
    return answer === 'discard' || this.save(false);
  }

  /** Saves to the document's file, or asks where (Save As, a new map, the sample). True when written. */
  private async save(asNew: boolean): Promise<boolean> {
    const record = this.record;
    if (!record) return false;
    const target = await chooseSaveTarget(record, asNew, this.options.dialogs, (path) => this.unchosen.has(path));
    if (!target) return false;
    let provided;
    try {
      provided = await this.requests.request();
    } catch (error) {
      this.problem('Could not save the map.', error instanceof Error ? error.message : String(error));
      return false;
    }
    // What was last read from or written to this file loaded as a map: the backup need not parse it again.
    const knownGood = record.path === target ? record.identity?.sha256 : undefined;
    // A map saved for the first time is named after its file, unless the user gave it a title.
    const named = record.path === null && isUntitled(provided.map);
    const map = named
      ? { ...provided.map, meta: { ...provided.map.meta, title: titleFromFileName(basename(target)) } }
      : provided.map;
    const result = await saveMapFile(target, map, { knownGood });
    if (!result.ok) {
      this.problem('Could not save the map.', result.message);
      return false;
    }
    // Written where a dialog of main's pointed, or after it asked: the file is the user's choice now.
    this.unchosen.delete(target);
    // Still dirty until the window says so: it may have changed since it handed over the map.
    const saved = { ...fileRecord(target, result.identity), dirty: provided.dirty };
    this.options.send('documentSaved', {
      requestId: provided.requestId,
      name: basename(target),
      ...(named && { title: map.meta.title }),
    });
    await this.adopt(saved);
    return true;
  }
}
