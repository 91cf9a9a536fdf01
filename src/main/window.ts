import { BrowserWindow, nativeTheme } from 'electron';
import { join } from 'node:path';
import { preloadPath, rendererTarget } from './rendererLocation';

/** The one main window, locked down as the Electron security checklist asks. */
export function createMainWindow(resourcesDir: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 720,
    minHeight: 480,
    title: 'Argmap',
    // The canvas's colour in the theme the page will show (View › Theme, else the system's), so a
    // dark window never flashes light while it loads.
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#111827' : '#f6f7f9',
    icon: join(resourcesDir, 'icon.png'),
    show: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: true,
      // A file dropped on the window becomes a navigation main intercepts (security.ts): how main learns its path.
      navigateOnDragDrop: true,
      // A middle-click on a link would ask for a new window; the page has no links, and main refuses every window.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  window.once('ready-to-show', () => window.show());
  // Main names the window after the open map (services/windowTitle.ts); the page's <title> must not replace it.
  window.on('page-title-updated', (event) => event.preventDefault());
  if ('url' in rendererTarget) void window.loadURL(rendererTarget.url);
  else void window.loadFile(rendererTarget.file);
  return window;
}
