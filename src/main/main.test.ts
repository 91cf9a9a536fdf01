/**
 * No Electron binary can be downloaded on our machines, so the main process is
 * exercised here against a stand-in for the `electron` module: what it asks of
 * Electron (window options, IPC checks, navigation rules, menu) is what we check.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { rm } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import type { OpenedDocument } from '../shared/ipc/contract';
import { emptyMap } from '../shared/model/argumentMap';

const electron = vi.hoisted(() => {
  const appHandlers = new Map<string, (...args: unknown[]) => void>();
  const ipcHandlers = new Map<string, (event: unknown, payload: unknown) => unknown>();
  const windows: Array<{ options: Record<string, any>; loaded?: string }> = [];
  let menuTemplate: any[] = [];
  class BrowserWindow {
    static getAllWindows = () => windows;
    static getFocusedWindow = () => null;
    webContents = { send: vi.fn(), on: vi.fn() };
    handlers = new Map<string, (...args: unknown[]) => void>();
    isMinimized = () => false;
    isDestroyed = () => false;
    restore() {}
    focus() {}
    on(name: string, handler: (...args: unknown[]) => void) {
      this.handlers.set(name, handler);
    }
    close = vi.fn();
    setDocumentEdited = vi.fn();
    setTitle = vi.fn();
    setRepresentedFilename = vi.fn();
    constructor(public options: Record<string, any>) {
      windows.push(this as never);
    }
    once() {}
    loadFile(file: string) {
      (this as any).loaded = file;
      return Promise.resolve();
    }
    loadURL(url: string) {
      (this as any).loaded = url;
      return Promise.resolve();
    }
  }
  return {
    appHandlers,
    ipcHandlers,
    windows,
    get menuTemplate() {
      return menuTemplate;
    },
    module: {
      app: {
        requestSingleInstanceLock: vi.fn(() => true),
        quit: vi.fn(),
        isPackaged: false,
        getAppPath: () => process.cwd(),
        // A data folder of this run's own, so recovery copies and recent files never touch a real profile.
        getPath: () => `${process.env['TMPDIR'] ?? '/tmp'}/argmap-main-test-${process.pid}`,
        on: (name: string, handler: (...args: unknown[]) => void) => appHandlers.set(name, handler),
        whenReady: () => Promise.resolve(),
      },
      BrowserWindow,
      ipcMain: { handle: (channel: string, handler: any) => ipcHandlers.set(channel, handler) },
      Menu: {
        buildFromTemplate: (template: any[]) => {
          menuTemplate = template;
          return template;
        },
        setApplicationMenu: vi.fn(),
      },
      shell: { openExternal: vi.fn() },
      nativeTheme: { shouldUseDarkColors: false, themeSource: 'system' },
      dialog: {
        showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] })),
        showSaveDialog: vi.fn(async () => ({ canceled: true })),
        // Cancel: the window stays.
        showMessageBox: vi.fn(async () => ({ response: 2 })),
      },
    },
  };
});

vi.mock('electron', () => ({ ...electron.module, default: electron.module }));

const appUrl = pathToFileURL(resolve(import.meta.dirname, '../renderer/index.html')).href;
const frame = (url: string, parent: unknown = null) => ({ senderFrame: { url, parent } });
/** The number main gave the document the page shows; the page quotes it in its reports. */
let shownDocumentId: number | null = null;

beforeAll(async () => {
  await import('./index');
  // Start-up reads the recent files before it opens the window: wait for the window, however busy the machine.
  await vi.waitFor(() => expect(electron.windows).toHaveLength(1), { timeout: 5000 });
});

afterAll(async () => {
  await rm(electron.module.app.getPath(), { recursive: true, force: true });
});

describe('the main process', () => {
  it('takes the single-instance lock', () => {
    expect(electron.module.app.requestSingleInstanceLock).toHaveBeenCalled();
    expect(electron.appHandlers.has('second-instance')).toBe(true);
  });

  it('opens one window locked down as the security checklist asks', () => {
    expect(electron.windows).toHaveLength(1);
    const prefs = electron.windows[0].options['webPreferences'];
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
    // A dropped file becomes a navigation main refuses and opens the file of; a middle-click opens nothing.
    expect(prefs).toMatchObject({ navigateOnDragDrop: true, disableBlinkFeatures: 'Auxclick' });
    expect(prefs.preload).toMatch(/preload[\\/]index\.cjs$/);
  });

  it('answers invoke channels from our own page only', async () => {
    const handler = electron.ipcHandlers.get('argmap:getInitialDocument');
    expect(handler).toBeDefined();
    const opened = (await handler!(frame(appUrl), undefined)) as OpenedDocument;
    expect(opened).toMatchObject({ name: 'kazakhstan-mediator.argmap', isSample: true, result: { ok: true } });
    expect(opened.documentId).toEqual(expect.any(Number));
    shownDocumentId = opened.documentId ?? null;
    expect(() => handler!(frame('https://evil.example/'), undefined)).toThrow(/untrusted frame/);
    expect(() => handler!(frame(appUrl, { url: appUrl }), undefined)).toThrow(/untrusted frame/);
    await expect(handler!(frame(appUrl), { path: '/etc/passwd' })).rejects.toThrow(/Invalid request/);
  });

  it('opens the file a second launch names, in the running window', async () => {
    const window = electron.windows[0] as unknown as { webContents: { send: ReturnType<typeof vi.fn> } };
    electron.appHandlers.get('second-instance')!({}, ['electron', '.', 'debate.argmap'], '/nowhere');
    await vi.waitFor(() => expect(window.webContents.send).toHaveBeenCalled());
    const [channel, problem] = window.webContents.send.mock.calls[0];
    // The file is missing: the window says so and keeps its map.
    expect(channel).toBe('argmap:fileProblem');
    expect(problem).toMatchObject({ title: 'Could not open the map.' });
    expect(problem.message).toContain('“debate.argmap” does not exist');
  });

  it('keeps every web contents on the app: no navigation away, no new windows, no links out', () => {
    const created = electron.appHandlers.get('web-contents-created');
    const listeners = new Map<string, (event: { preventDefault(): void; url: string }) => void>();
    let openHandler: ((details: { url: string }) => { action: string }) | undefined;
    const contents = {
      on: (name: string, listener: any) => listeners.set(name, listener),
      setWindowOpenHandler: (handler: any) => (openHandler = handler),
      session: { setPermissionRequestHandler: vi.fn() },
    };
    created!({}, contents);
    const prevented = vi.fn();
    listeners.get('will-navigate')!({ preventDefault: prevented, url: 'https://example.com/' });
    expect(prevented).toHaveBeenCalled();
    // A window.open to a website could carry the map there: the page has no links, so none opens.
    expect(openHandler!({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(openHandler!({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(electron.module.shell.openExternal).not.toHaveBeenCalled();
  });

  it('opens a file dropped on the window from Chromium’s navigation to it, which it refuses', async () => {
    const window = electron.windows[0] as any;
    const send = window.webContents.send as ReturnType<typeof vi.fn>;
    const contents = Object.assign(window.webContents, {
      setWindowOpenHandler: vi.fn(),
      session: { setPermissionRequestHandler: vi.fn() },
    });
    const before = contents.on.mock.calls.length;
    electron.appHandlers.get('web-contents-created')!({}, contents);
    const registered = new Map(contents.on.mock.calls.slice(before) as Array<[string, (event: any) => void]>);
    const willNavigate = registered.get('will-navigate')!;
    const [[openHandler]] = contents.setWindowOpenHandler.mock.calls as Array<[(d: { url: string }) => unknown]>;
    const problems = () => send.mock.calls.filter(([channel]) => channel === 'argmap:fileProblem').map(([, p]) => p);
    const known = problems().length;

    // Chromium opens a dropped file as a new tab, which Electron hands to the window-open handler.
    const missing = pathToFileURL(resolve('/nowhere/dropped map.argmap')).href;
    expect(openHandler({ url: missing })).toEqual({ action: 'deny' });
    await vi.waitFor(() => expect(problems()).toHaveLength(known + 1));
    expect(problems().at(-1).message).toContain('“dropped map.argmap” does not exist');

    // The same file: URL as a same-tab navigation: refused, and the file opened as a drop.
    const prevented = vi.fn();
    willNavigate({ preventDefault: prevented, url: pathToFileURL('/nowhere/notes.docx').href });
    expect(prevented).toHaveBeenCalled();
    await vi.waitFor(() => expect(problems()).toHaveLength(known + 2));
    expect(problems().at(-1).message).toContain('“notes.docx” is not a map Argmap reads');

    // Web pages are refused and open nothing; a file: URL naming no local file is ignored.
    const refused = vi.fn();
    willNavigate({ preventDefault: refused, url: 'https://example.com/debate.argmap' });
    willNavigate({ preventDefault: refused, url: 'file://server/share/debate.argmap' });
    expect(openHandler({ url: 'file:///home/a%2Fb.argmap' })).toEqual({ action: 'deny' });
    expect(refused).toHaveBeenCalledTimes(2);
    await new Promise((done) => setTimeout(done, 50));
    expect(problems()).toHaveLength(known + 2);

    // Our own page may still reload itself (its crash screen does).
    const own = vi.fn();
    willNavigate({ preventDefault: own, url: appUrl });
    expect(own).not.toHaveBeenCalled();
  });

  it('has File, Edit, View and Help menus whose commands show their shortcuts', () => {
    const labels = electron.menuTemplate.map((menu) => menu.label ?? menu.role);
    expect(labels).toEqual(expect.arrayContaining(['&File', '&Edit', '&View', '&Help']));
    const view = electron.menuTemplate.find((menu) => menu.label === '&View');
    const fit = view.submenu.find((item: any) => item.label === 'Fit Map to Window');
    expect(fit.accelerator).toBe('CmdOrCtrl+0');
    const help = electron.menuTemplate.find((menu) => menu.label === '&Help');
    expect(help.submenu.map((item: any) => item.label)).toContain('Open Sample Map');
    const insert = electron.menuTemplate.find((menu) => menu.label === '&Insert');
    const reason = insert.submenu.find((item: any) => item.label === 'Add Reason');
    // Shown in the menu, run by the renderer: a registered Tab would steal the key from text fields.
    expect(reason).toMatchObject({ accelerator: 'Tab', registerAccelerator: false });
  });

  it('names the step Undo and Redo would take, as the renderer reports it', async () => {
    const handler = electron.ipcHandlers.get('argmap:setEditState')!;
    await handler(frame(appUrl), {
      undoLabel: 'Add objection',
      redoLabel: null,
      hasSelection: true,
      copyScope: 'selection',
      dirty: false,
      compactCards: false,
      theme: 'system',
      documentId: shownDocumentId,
    });
    const edit = electron.menuTemplate.find((menu) => menu.label === '&Edit');
    const [undo, redo] = edit.submenu;
    expect(undo).toMatchObject({ label: 'Undo Add objection', enabled: true, accelerator: 'CmdOrCtrl+Z' });
    expect(redo).toMatchObject({ label: 'Redo', enabled: false });
    await expect(
      handler(frame(appUrl), {
        undoLabel: 5,
        redoLabel: null,
        hasSelection: true,
        copyScope: 'selection',
        dirty: false,
        compactCards: false,
        theme: 'system',
        documentId: shownDocumentId,
      }),
    ).rejects.toThrow(/Invalid request/);
  });

  it('gives the window frame and native dialogs the theme the page reports (View › Theme)', async () => {
    const handler = electron.ipcHandlers.get('argmap:setEditState')!;
    const report = (theme: string) =>
      handler(frame(appUrl), {
        undoLabel: null,
        redoLabel: null,
        hasSelection: false,
        copyScope: 'map',
        dirty: false,
        compactCards: false,
        theme,
        documentId: shownDocumentId,
      });
    await report('dark');
    expect(electron.module.nativeTheme.themeSource).toBe('dark');
    await report('system');
    expect(electron.module.nativeTheme.themeSource).toBe('system');
    await expect(report('sepia')).rejects.toThrow(/Invalid request/);
  });

  it('has a File menu with the commands and shortcuts of a desktop editor', () => {
    const file = electron.menuTemplate.find((menu) => menu.label === '&File');
    const byLabel = (label: string) => file.submenu.find((item: any) => item.label === label);
    expect(byLabel('New Map')).toMatchObject({ accelerator: 'CmdOrCtrl+N' });
    expect(byLabel('Open…')).toMatchObject({ accelerator: 'CmdOrCtrl+O' });
    expect(byLabel('Save')).toMatchObject({ accelerator: 'CmdOrCtrl+S' });
    expect(byLabel('Save As…')).toMatchObject({ accelerator: 'CmdOrCtrl+Shift+S' });
    expect(byLabel('Close Window')).toMatchObject({ accelerator: 'CmdOrCtrl+W' });
    expect(byLabel('Open Recent').submenu.map((item: any) => item.label ?? item.type)).toEqual(
      expect.arrayContaining(['Clear Menu']),
    );
  });

  it('has File › Export… and Edit › Copy as…, which ask the page and say what they copy', async () => {
    const handler = electron.ipcHandlers.get('argmap:setEditState')!;
    const menu = (label: string) => electron.menuTemplate.find((m) => m.label === label).submenu as any[];
    const labelled = (label: string, items: any[]) => items.find((item) => item.label === label);
    const report = (copyScope: 'none' | 'map' | 'selection') =>
      handler(frame(appUrl), {
        undoLabel: null,
        redoLabel: null,
        hasSelection: copyScope === 'selection',
        copyScope,
        dirty: false,
        compactCards: false,
        theme: 'system',
        documentId: shownDocumentId,
      });

    await report('map');
    const exportItem = labelled('Export…', menu('&File'));
    expect(exportItem).toMatchObject({ accelerator: 'CmdOrCtrl+Shift+E', registerAccelerator: false, enabled: true });
    const copies = ['Copy Map as Image', 'Copy Map as SVG', 'Copy Map as Outline'].map((label) =>
      labelled(label, menu('&Edit')),
    );
    expect(copies.map((item) => item?.enabled)).toEqual([true, true, true]);

    // The page gathers the map and the selection: the menu only names the command.
    const window = electron.windows[0] as any;
    const send = window.webContents.send as ReturnType<typeof vi.fn>;
    exportItem.click(undefined, window);
    copies[2].click(undefined, window);
    expect(send.mock.calls.slice(-2)).toEqual([
      ['argmap:menuCommand', 'exportMap'],
      ['argmap:menuCommand', 'copyAsOutline'],
    ]);

    await report('selection');
    expect(labelled('Copy Selection as Image', menu('&Edit'))).toMatchObject({ enabled: true });

    // An empty map has nothing to export or copy.
    await report('none');
    expect(labelled('Export…', menu('&File')).enabled).toBe(false);
    expect(labelled('Copy Map as SVG', menu('&Edit')).enabled).toBe(false);
  });

  it('offers Revert only with unsaved changes to a file', async () => {
    const handler = electron.ipcHandlers.get('argmap:setEditState')!;
    const revert = () =>
      electron.menuTemplate
        .find((menu) => menu.label === '&File')
        .submenu.find((item: any) => item.label === 'Revert to Saved');
    await handler(frame(appUrl), {
      undoLabel: null,
      redoLabel: null,
      hasSelection: false,
      copyScope: 'map',
      dirty: false,
      compactCards: false,
      theme: 'system',
      documentId: shownDocumentId,
    });
    expect(revert().enabled).toBe(false);
    await handler(frame(appUrl), {
      undoLabel: 'Move',
      redoLabel: null,
      hasSelection: false,
      copyScope: 'map',
      dirty: true,
      compactCards: false,
      theme: 'system',
      documentId: shownDocumentId,
    });
    expect(revert().enabled).toBe(true);
    // The title bar marks the unsaved map (on Linux and Windows with "*"; macOS has the close button's dot).
    const window = electron.windows[0] as any;
    expect(window.setTitle).toHaveBeenLastCalledWith(
      process.platform === 'darwin' ? 'kazakhstan-mediator.argmap — Argmap' : '*kazakhstan-mediator.argmap — Argmap',
    );
    expect(window.setDocumentEdited).toHaveBeenLastCalledWith(true);
  });

  it('asks Save / Don’t Save / Cancel before closing a window with unsaved changes; Cancel keeps it open', async () => {
    const window = electron.windows[0] as any;
    const send = window.webContents.send as ReturnType<typeof vi.fn>;
    const provide = electron.ipcHandlers.get('argmap:provideDocument')!;
    const answered = new Set<string>();
    /** The page answers main's request for its map: what it shows, still unsaved (the edit state said so). */
    const pageHandsOverItsMap = () =>
      vi.waitFor(async () => {
        const request = send.mock.calls.find(
          ([channel, payload]) => channel === 'argmap:documentRequested' && !answered.has(payload.requestId),
        );
        expect(request).toBeDefined();
        const { requestId } = request![1] as { requestId: string };
        answered.add(requestId);
        await provide(frame(appUrl), { requestId, map: emptyMap(), dirty: true });
      });

    const prevented = vi.fn();
    window.handlers.get('close')({ preventDefault: prevented });
    expect(prevented).toHaveBeenCalled();
    // Before asking, main has the page commit any text being typed and say whether the map is unsaved.
    await pageHandsOverItsMap();
    await vi.waitFor(() => expect(electron.module.dialog.showMessageBox).toHaveBeenCalled());
    const [, options] = electron.module.dialog.showMessageBox.mock.calls[0] as any[];
    expect(options.message).toContain('save the changes you made to “kazakhstan-mediator.argmap” before closing');
    expect(options.buttons).toEqual(['Save', 'Don’t Save', 'Cancel']);
    await new Promise((done) => setTimeout(done, 10));
    expect(window.close).not.toHaveBeenCalled();

    // Don't Save: the window closes (the map was the sample; nothing to write).
    electron.module.dialog.showMessageBox.mockResolvedValueOnce({ response: 1 });
    window.handlers.get('close')({ preventDefault: vi.fn() });
    await pageHandsOverItsMap();
    await vi.waitFor(() => expect(window.close).toHaveBeenCalled());
    expect(electron.module.dialog.showMessageBox).toHaveBeenCalledTimes(2);
  });
});
