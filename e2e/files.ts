import { copyFile, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { parseArgmap } from '../src/shared/formats/argmapFormat';
import type { ArgumentMap } from '../src/shared/model/argumentMap';
import { card, typeText } from './editing';
import { openApp, type OpenedApp } from './harness';

export const TINY = resolve(import.meta.dirname, 'fixtures-data', 'tiny.argmap');
export const SAMPLE_NAME = 'kazakhstan-mediator.argmap';

/** The map a file on disk holds, as the app would load it. */
export async function mapOnDisk(path: string): Promise<ArgumentMap> {
  const result = parseArgmap(await readFile(path, 'utf8'));
  if (!result.ok) throw new Error(`${path}: ${result.message}`);
  return result.map;
}

/** The texts of the nodes a file on disk holds. */
export const textsOnDisk = async (path: string): Promise<string[]> =>
  Object.values((await mapOnDisk(path)).nodes).map((node) => node.text);

/** Adds an objection to the card with `text`, typed as a user would. */
export async function addObjection(page: Page, to: string, text: string): Promise<void> {
  await card(page, to).click();
  await page.keyboard.press('o');
  await typeText(page, text);
}

/** Copies the tiny map into the test's folder and opens it with Ctrl+O, as a user would. */
export async function openTinyCopy(app: OpenedApp): Promise<string> {
  const file = join(app.dir, 'tiny.argmap');
  await copyFile(TINY, file);
  // The app is ready for keys once the first map is on screen.
  await expect.poll(() => app.windowTitle()).toBe(`${SAMPLE_NAME} — Argmap`);
  app.dialogs.willOpen(file);
  await app.page.keyboard.press('Control+o');
  await expect.poll(() => app.windowTitle()).toBe('tiny.argmap — Argmap');
  // Main names the window before the page has drawn the map: keys wait for the map itself.
  await expect(card(app.page, 'We should walk to work.')).toBeVisible();
  return file;
}

/** The recovery copies in an app's data folder. */
export const recoveryCopies = (dataDir: string): Promise<string[]> =>
  readdir(join(dataDir, 'recovery')).catch(() => []);

/** What a crash leaves: a data folder with the recovery copy of `file`, a tiny map edited but not saved. */
export interface CrashedSession {
  dataDir: string;
  file: string;
  /** Removes the data folder and the map's folder. */
  cleanUp(): Promise<void>;
}

/** Opens a copy of the tiny map, adds `objection`, waits for its recovery copy, then crashes the app. */
export async function crashedSession(objection: string): Promise<CrashedSession> {
  const dataDir = await mkdtemp(join(tmpdir(), 'argmap-data-'));
  const folder = await mkdtemp(join(tmpdir(), 'argmap-maps-'));
  const file = join(folder, 'tiny.argmap');
  const cleanUp = async (): Promise<void> => {
    await rm(dataDir, { recursive: true, force: true });
    await rm(folder, { recursive: true, force: true });
  };
  await copyFile(TINY, file);
  const app = await openApp({ file, dataDir });
  await addObjection(app.page, 'We should walk to work.', objection);
  // About a second after the last edit, the recovery copy is on disk.
  await expect.poll(() => recoveryCopies(dataDir), { timeout: 5000 }).toHaveLength(1);
  await app.crash();
  return { dataDir, file, cleanUp };
}
