import { app, type WebContents } from 'electron';
import { droppedFilePath } from './services/droppedFile';
import { isAppUrl } from './rendererLocation';

export interface SecurityOptions {
  /** A file was dropped on `contents`: Chromium's navigation to it was refused, and main opens it instead. */
  onFileDropped(contents: WebContents, path: string): void;
}

/**
 * Every web contents: no navigation away from the app, no new windows, no permission prompts (but full screen
 * for the app's own page, which a presentation asks for).
 *
 * A file dropped on the window (navigateOnDragDrop, window.ts) is how main learns a dropped file's path: Chromium
 * opens the file: URL as a new foreground tab (Blink's DragController, crbug.com/451659), which Electron hands to
 * the window-open handler; a same-tab navigation to a file: URL is taken the same way. The page could ask for the
 * same navigations itself, so the controller treats such a path as one no dialog of main's chose (it asks before
 * the first Save writes there).
 */
export function setupSecurity(options: SecurityOptions): void {
  app.on('web-contents-created', (_event, contents) => {
    const fileDropped = (url: string): void => {
      const path = droppedFilePath(url);
      if (path !== null) options.onFileDropped(contents, path);
    };
    contents.on('will-navigate', (event) => {
      if (isAppUrl(event.url)) return;
      event.preventDefault();
      fileDropped(event.url);
    });
    // No link leaves the app: the page has none, and a window.open to a website could carry the map there.
    contents.setWindowOpenHandler(({ url }) => {
      fileDropped(url);
      return { action: 'deny' };
    });
    // Full screen is the one thing the app's own pages may ask for: a presentation fills the screen.
    contents.session.setPermissionRequestHandler((asking, permission, callback) =>
      callback(permission === 'fullscreen' && isAppUrl(asking.getURL())),
    );
  });
}
