import { BrowserWindow, type BaseWindow } from 'electron';
import { wireName, type EventChannel } from '../shared/ipc/channels';
import type { EventPayload } from '../shared/ipc/contract';

/**
 * The window a command is for: the one whose menu was used, else the focused one,
 * else any (DevTools or another app may hold the focus).
 */
export function targetWindow(from?: BaseWindow): BrowserWindow | undefined {
  if (from instanceof BrowserWindow) return from;
  return BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
}

/** Sends an event of the contract to a window's page. */
export function sendEvent<K extends EventChannel>(
  window: BrowserWindow | undefined,
  channel: K,
  payload: EventPayload<K>,
): void {
  window?.webContents.send(wireName(channel), payload);
}
