import { copyFile, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { parseArgmap } from '../src/shared/formats/argmapFormat';
import type { ArgumentMap } from '../src/shared/model/argumentMap';
import { card, typeText } from './editing';
import type { OpenedApp } from './harness';

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
  return file;
}
