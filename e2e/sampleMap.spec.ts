import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { artifactPath } from './artifacts';

interface SampleFile {
  map: {
    meta: { title: string };
    nodes: Record<string, { kind: string; text: string; notes?: string; source?: { quote: string } }>;
    relations: Record<string, { from: string[]; to: { node?: string; relation?: string } }>;
  };
}

const sample = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../resources/examples/kazakhstan-mediator.argmap'), 'utf8'),
) as SampleFile;
const nodes = Object.entries(sample.map.nodes);
const relations = Object.entries(sample.map.relations);

/** Relations drawn through a junction (linked premises, or undercut) are one edge per premise plus one out. */
function expectedEdgeCount(): number {
  const undercutTargets = new Set(relations.flatMap(([, r]) => (r.to.relation ? [r.to.relation] : [])));
  return relations.reduce(
    (sum, [id, r]) => sum + (r.from.length > 1 || undercutTargets.has(id) ? r.from.length + 1 : 1),
    0,
  );
}

async function expectInside(page: Page, selector: string): Promise<void> {
  const canvas = await page.locator('.react-flow').boundingBox();
  if (!canvas) throw new Error('no canvas');
  for (const box of await page
    .locator(selector)
    .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON()))) {
    const { x, y, width, height } = box as DOMRect;
    expect(width + height).toBeGreaterThan(0); // a vertical edge has no width, but is drawn
    expect(x).toBeGreaterThanOrEqual(canvas.x - 1);
    expect(y).toBeGreaterThanOrEqual(canvas.y - 1);
    expect(x + width).toBeLessThanOrEqual(canvas.x + canvas.width + 1);
    expect(y + height).toBeLessThanOrEqual(canvas.y + canvas.height + 1);
  }
}

test('the sample map opens with every node and relation visible after fit view', async ({ app }) => {
  const { page } = app;
  await expect(page.getByRole('heading', { name: sample.map.meta.title })).toBeVisible();
  await expect.poll(() => app.windowTitle()).toBe('kazakhstan-mediator.argmap — Argmap');
  await expect(page.locator('.argument-node')).toHaveCount(nodes.length);
  await expect(page.locator('.react-flow__edge')).toHaveCount(expectedEdgeCount());
  for (const [id, node] of nodes) {
    await expect(page.getByTestId(`rf__node-${id}`)).toContainText(node.text.slice(0, 30));
  }
  for (const [id] of relations) {
    expect(await page.locator(`[data-testid^="rf__edge-${id}"]`).count()).toBeGreaterThan(0);
  }
  // Every edge path is drawn (has a length), not just present in the DOM.
  const pathLengths = await page
    .locator('.react-flow__edge-path')
    .evaluateAll((paths) => paths.map((path) => (path as SVGPathElement).getTotalLength()));
  expect(Math.min(...pathLengths)).toBeGreaterThan(10);
  await expectInside(page, '.react-flow__node');
  await expectInside(page, '.react-flow__edge-path');
  await expect(page.getByTestId('node-count')).toHaveText(`${nodes.length} nodes`);
  await page.screenshot({ path: artifactPath('sample-map.png') });
});

test('the legend names every kind of node and relation', async ({ app }) => {
  await app.emit('menuCommand', 'toggleLegend');
  const legend = app.page.getByRole('complementary', { name: 'Legend' });
  await expect(legend).toBeVisible();
  for (const label of ['Thesis', 'Claim', 'Reason', 'Evidence', 'Objection', 'Rebuttal', 'Recommendation', 'Note']) {
    await expect(legend.getByText(label, { exact: true })).toBeVisible();
  }
  for (const label of ['Supports', 'Attacks', 'Undercuts']) await expect(legend.getByText(label)).toBeVisible();
});

test('every card offers the passage it quotes, and its note, on hover', async ({ app }) => {
  const { page } = app;
  for (const [id, node] of nodes) {
    await expect(page.getByTestId(`rf__node-${id}`).getByTitle(`Source: “${node.source?.quote}”`)).toHaveCount(1);
  }
  const withNote = nodes.find(([, node]) => node.notes);
  expect(withNote).toBeDefined();
  const [noteId, noted] = withNote!;
  await expect(page.getByTestId(`rf__node-${noteId}`).getByTitle(`Note: ${noted.notes}`)).toHaveCount(1);
});

test('kinds look different: each kind has its own colour, relations their own dash', async ({ app }) => {
  const { page } = app;
  const borderOf = (kind: string) =>
    page
      .locator(`.arg-node--${kind}`)
      .first()
      .evaluate((el) => getComputedStyle(el).borderTopColor);
  const colours = new Set(
    await Promise.all(
      ['thesis', 'claim', 'reason', 'evidence', 'objection', 'rebuttal', 'recommendation'].map(borderOf),
    ),
  );
  expect(colours.size).toBe(7);
  const dashOf = (kind: string) =>
    page
      .locator(`[data-relation-kind="${kind}"] .react-flow__edge-path`)
      .first()
      .evaluate((el) => getComputedStyle(el).strokeDasharray);
  const dashes = new Set(await Promise.all(['support', 'attack', 'undercut'].map(dashOf)));
  expect(dashes.size).toBe(3);
  await expect(page.locator('.junction--linked')).toHaveCount(1);
});

test('nodes are readable at 100% zoom', async ({ app }) => {
  const { page } = app;
  const zoom = async (): Promise<number> =>
    Number((await page.getByTestId('zoom-level').innerText()).match(/\d+/)?.[0]);
  // The view starts at 100% and fits the map once React Flow has measured the nodes.
  await expect.poll(zoom).toBeLessThan(100);
  for (let i = 0; i < 24 && (await zoom()) < 100; i++) {
    await app.emit('menuCommand', 'zoomIn');
    await page.waitForTimeout(300);
  }
  expect(await zoom()).toBeGreaterThanOrEqual(100);
  await app.emit('menuCommand', 'fitView');
  await page.waitForTimeout(300);
  expect(await zoom()).toBeLessThan(100);
  // Back to 100% around the experts' objection and the author's rebuttal, as a reader would look.
  await page.getByTestId('rf__node-n-experts-resources').click();
  await page.getByTestId('rf__node-n-mediation-not-peacemaking').click({ modifiers: ['Shift'] });
  await app.emit('menuCommand', 'actualSize');
  await expect(page.getByTestId('zoom-level')).toHaveText('Zoom 100%');
  await expectInside(page, '[data-testid="rf__node-n-mediation-not-peacemaking"]');
  const text = page.getByTestId('rf__node-n-mediation-not-peacemaking').locator('.arg-node__text');
  const fontSize = await text.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  const box = await page.getByTestId('rf__node-n-mediation-not-peacemaking').boundingBox();
  expect(fontSize).toBeGreaterThanOrEqual(14);
  expect(box?.width).toBeGreaterThanOrEqual(240);
  await page.screenshot({ path: artifactPath('sample-map-100.png') });
});
