import { fileURLToPath } from 'node:url';

/**
 * The path of a file dropped on the window, from the file: URL Chromium asks to show it at; null for any other
 * URL, or a file: URL that names no local path (a host, an encoded "/"). Main learns a dropped file's path this
 * way, from the navigation Electron reports to main, never from a request the page makes.
 */
export function droppedFilePath(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'file:') return null;
  try {
    return fileURLToPath(parsed);
  } catch {
    return null;
  }
}
