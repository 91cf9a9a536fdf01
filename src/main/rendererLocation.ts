import { fileURLToPath } from 'node:url';

/** In development electron-vite serves the renderer; otherwise it is the built file. */
const devServerUrl = process.env['ELECTRON_RENDERER_URL'];
const rendererFile = fileURLToPath(new URL('../renderer/index.html', import.meta.url));

export const preloadPath = fileURLToPath(new URL('../preload/index.cjs', import.meta.url));

/** Where the window loads the UI from. */
export const rendererTarget: { url: string } | { file: string } = devServerUrl
  ? { url: devServerUrl }
  : { file: rendererFile };

/** True only for our own renderer's page: IPC and navigation checks use it. */
export function isAppUrl(url: string): boolean {
  if (devServerUrl) return url.startsWith(devServerUrl);
  // Compare paths, not strings: percent-encoding of unusual folder names may differ.
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'file:' && fileURLToPath(parsed) === rendererFile;
  } catch {
    return false;
  }
}
