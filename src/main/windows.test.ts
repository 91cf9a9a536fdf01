import { beforeEach, describe, expect, it, vi } from 'vitest';

/** Each window made, as a small fake: its listeners, whether it was focused or restored. */
const made = vi.hoisted(() => ({ windows: [] as any[], controllers: [] as any[] }));

vi.mock('electron', () => ({ BrowserWindow: class {}, dialog: {}, default: {} }));
vi.mock('./window', () => ({
  createMainWindow: () => {
    const handlers = new Map<string, () => void>();
    const window = {
      webContents: { send: vi.fn(), on: vi.fn() },
      on: (name: string, handler: () => void) => handlers.set(name, handler),
      emit: (name: string) => handlers.get(name)?.(),
      isMinimized: () => true,
      restore: vi.fn(),
      focus: vi.fn(),
      close: vi.fn(),
      setTitle: vi.fn(),
      setDocumentEdited: vi.fn(),
      setRepresentedFilename: vi.fn(),
    };
    made.windows.push(window);
    return window;
  },
}));
vi.mock('./services/documentController', () => ({
  DocumentController: class {
    run = vi.fn(async () => undefined);
    open = vi.fn(async () => undefined);
    openDropped = vi.fn(async () => undefined);
    constructor(public options: any) {
      made.controllers.push(this);
    }
  },
}));

const { DocumentWindows } = await import('./windows');

const recent = {} as never;
const make = (initialFile?: string) =>
  new DocumentWindows({ resourcesDir: '/r', quit: { quitting: false }, initialFile, onCanRevert: vi.fn() });

beforeEach(() => {
  made.windows.length = 0;
  made.controllers.length = 0;
});

describe('the document windows', () => {
  it('open the first window when the app is ready, with the file named on the command line', () => {
    const windows = make('/maps/talk.argmap');
    windows.run('newMap');
    windows.openFile('/maps/early.argmap');
    expect(made.windows).toHaveLength(0);
    windows.start('/data', recent);
    expect(made.windows).toHaveLength(1);
    // A file handed over before the app was ready (macOS Finder) wins over the command line.
    expect(made.controllers[0].options.initialFile).toBe('/maps/early.argmap');
    expect(windows.current).toBe(made.windows[0]);
    expect(windows.documents).toBe(made.controllers[0]);
  });

  it('open a file in the window they have, brought to the front', () => {
    const windows = make();
    windows.start('/data', recent);
    windows.openFile('/maps/next.argmap');
    expect(made.windows).toHaveLength(1);
    expect(made.windows[0].restore).toHaveBeenCalled();
    expect(made.windows[0].focus).toHaveBeenCalled();
    expect(made.controllers[0].open).toHaveBeenCalledWith('/maps/next.argmap');
  });

  it('with no window left (macOS), open one for New, Open…, the sample and files, and nothing else', () => {
    const windows = make();
    windows.start('/data', recent);
    made.windows[0].emit('closed');
    expect(windows.current).toBeUndefined();
    windows.run('save');
    expect(made.windows).toHaveLength(1);
    windows.run('openFile');
    expect(made.windows).toHaveLength(2);
    expect(made.controllers[1].run).toHaveBeenCalledWith('openFile');
    made.windows[1].emit('closed');
    windows.run('openSample');
    // A new window shows the sample by itself: no second open.
    expect(made.controllers[2].run).not.toHaveBeenCalled();
    made.windows[2].emit('closed');
    windows.openFile('/maps/from-finder.argmap');
    expect(made.controllers[3].options.initialFile).toBe('/maps/from-finder.argmap');
    windows.openIfNone();
    expect(made.windows).toHaveLength(4);
  });

  it('open a dropped file only when it was dropped on the document window’s own page', () => {
    const windows = make();
    windows.start('/data', recent);
    windows.openDropped({} as never, '/maps/devtools.argmap');
    expect(made.controllers[0].openDropped).not.toHaveBeenCalled();
    windows.openDropped(made.windows[0].webContents, '/maps/dropped.argmap');
    expect(made.controllers[0].openDropped).toHaveBeenCalledWith('/maps/dropped.argmap');
  });
});
