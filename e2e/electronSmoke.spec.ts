import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { artifactPath } from './artifacts';

/**
 * The Electron binary, when the machine could download it (`npm install` without the skip flag).
 * Read from the package's own files: `require('electron')` would try to download it.
 */
function electronBinary(): string | undefined {
  const pkg = resolve(import.meta.dirname, '../node_modules/electron');
  const pathFile = join(pkg, 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const binary = join(pkg, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : undefined;
}

const binary = electronBinary();
const hasDisplay = process.platform !== 'linux' || Boolean(process.env['DISPLAY']);

test.describe('the real Electron app', () => {
  test.skip(
    !binary,
    'No Electron binary here: it was installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1 (no download possible).',
  );
  test.skip(!hasDisplay, 'No display: run the tests under xvfb-run to open a real window.');

  test('opens a window showing the sample map through the real preload', async () => {
    // Chromium refuses to run as root (as CI does) with its sandbox on.
    const rootFlags = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
    const app = await electron.launch({
      executablePath: binary,
      args: [...rootFlags, resolve(import.meta.dirname, '..')],
    });
    try {
      const window = await app.firstWindow();
      await expect(window.locator('.argument-node')).toHaveCount(32);
      expect(await window.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe(
        'undefined',
      );
      await window.screenshot({ path: artifactPath('electron-window.png') });
    } finally {
      await app.close();
    }
  });
});
