import { screen, type BrowserWindow } from 'electron';
import type { PresentationSync } from '../shared/ipc/contract';
import { sendEvent } from './events';
import { createPresenterWindow } from './window';

/**
 * The presenter view of the document window's presentation: one window at a time, on the second
 * display when there is one (full screen there), else beside the main window. Presentation
 * messages go to every window of the app; each page ignores its own (see PresentationSync).
 */
export class PresenterWindow {
  private window: BrowserWindow | undefined;

  constructor(
    private readonly resourcesDir: string,
    private readonly windows: () => BrowserWindow[],
    private readonly main: () => BrowserWindow | undefined,
  ) {}

  async open(): Promise<void> {
    if (this.window && !this.window.isDestroyed()) return void this.window.focus();
    const main = this.main();
    const near = main ? screen.getDisplayMatching(main.getBounds()) : screen.getPrimaryDisplay();
    const other = screen.getAllDisplays().find((display) => display.id !== near.id);
    const area = (other ?? near).workArea;
    const width = Math.min(1280, area.width);
    const height = Math.min(800, area.height);
    // Beside the main window on a single display: to its right if there is room, else over it, offset.
    const mainBounds = main?.getBounds();
    const x = other
      ? area.x
      : mainBounds && mainBounds.x + mainBounds.width + width <= area.x + area.width
        ? mainBounds.x + mainBounds.width
        : area.x + Math.round((area.width - width) / 2);
    const bounds = other ? area : { x, y: area.y + Math.round((area.height - height) / 2), width, height };
    const created = createPresenterWindow(this.resourcesDir, bounds, other !== undefined);
    created.on('closed', () => {
      if (this.window === created) this.window = undefined;
    });
    this.window = created;
  }

  /** Passes a message to every window; the end of the presentation closes the presenter view. */
  relay(message: PresentationSync): void {
    for (const window of this.windows()) sendEvent(window, 'presentationSync', message);
    if (message.kind === 'end' && this.window && !this.window.isDestroyed()) this.window.close();
  }
}
