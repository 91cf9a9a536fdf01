import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { artifactPath } from './artifacts';

const require = createRequire(import.meta.url);

/** The Electron binary, when the machine could download it (`npm install` without the skip flag). */
function electronBinary(): string | undefined {
  try {
    const path = require('electron') as unknown as string;
    return existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

const binary = electronBinary();
const hasDisplay = process.platform !== 'linux' || Boolean(process.env['DISPLAY']);

test.describe('the real Electron app', () => {
  test.skip(!binary, 'No Electron binary here: it was installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1 (no download possible).');
  test.skip(!hasDisplay, 'No display: run the tests under xvfb-run to open a real window.');

  test('opens a window showing the sample map through the real preload', async () => {
    const app = await electron.launch({ executablePath: binary, args: [resolve(import.meta.dirname, '..')] });
    try {
      const window = await app.firstWindow();
      await expect(window.locator('.react-flow__node-argument')).toHaveCount(32);
      expect(await window.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
      await window.screenshot({ path: artifactPath('electron-window.png') });
    } finally {
      await app.close();
    }
  });
});
