import { resolve } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import { artifactPath } from './artifacts';

/** A new, empty map file: where a debater starts (`test.use({ mapFile: EMPTY_MAP })`). */
export const EMPTY_MAP = resolve(import.meta.dirname, 'fixtures-data', 'debate.argmap');

/** The cards on the canvas, as "KIND: text" (hidden ones, folded away, are not drawn). */
export async function cards(page: Page): Promise<string[]> {
  const texts = await page.locator('.argument-node:visible').evaluateAll((elements) =>
    elements.map((element) => {
      const kind = element.querySelector('.arg-node__kind')?.textContent ?? '';
      const text = element.querySelector('.arg-node__text')?.textContent ?? '';
      return `${kind}: ${text}`;
    }),
  );
  return texts.sort();
}

export const card = (page: Page, text: string): Locator =>
  page.locator('.argument-node').filter({ has: page.locator('.arg-node__text', { hasText: text }) });

/** Relation kinds drawn, counted once per relation (a linked argument is several edges, one arrowhead). */
export async function relationKinds(page: Page): Promise<Record<string, number>> {
  const kinds = await page
    .locator('.react-flow__edge[data-relation-kind]:visible')
    .evaluateAll((edges) =>
      edges
        .filter(
          (edge) =>
            !/:[^:]*$/.test(edge.getAttribute('data-id') ?? '') || edge.getAttribute('data-id')?.endsWith(':out'),
        )
        .map((edge) => edge.getAttribute('data-relation-kind') ?? ''),
    );
  const counts: Record<string, number> = {};
  for (const kind of kinds) counts[kind] = (counts[kind] ?? 0) + 1;
  return counts;
}

/** Saves a screenshot to e2e/artifacts for a person to look at. */
export async function snap(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: artifactPath(name) });
}

/** Types a node's text into the editor that has just opened, and commits it with Enter. */
export async function typeText(page: Page, text: string): Promise<void> {
  await expect(page.locator('.arg-node__editor')).toBeFocused();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
  await expect(page.locator('.arg-node__editor')).toHaveCount(0);
}
