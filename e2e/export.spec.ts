import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { serializeArgmap } from '../src/shared/formats/argmapFormat';
import { plainTextOutline } from '../src/shared/formats/outline';
import { importAif } from '../src/shared/formats/aif';
import { importArgdown } from '../src/shared/formats/argdown';
import { autoLayout } from '../src/shared/layout/autoLayout';
import type { ArgumentMap } from '../src/shared/model/argumentMap';
import { generatedArgumentTree } from '../src/shared/testing/generatedMaps';
import { artifactPath } from './artifacts';
import { card, snap } from './editing';
import { mapOnDisk, SAMPLE_NAME } from './files';
import { expect, test } from './fixtures';
import { openApp, type OpenedApp } from './harness';

const SAMPLE = join(import.meta.dirname, '..', 'resources', 'examples', SAMPLE_NAME);
const TITLE = 'Kazakhstan as a Mediator in International Affairs';
const THESIS = 'Kazakhstan has established a noticeably respected profile';

const exportDialog = (page: Page): Locator => page.getByRole('dialog', { name: 'Export' });

/** Opens File › Export… with its shortcut, once the map is on screen, and waits for the first preview. */
async function openExport(app: OpenedApp): Promise<Locator> {
  await expect.poll(() => app.windowTitle()).toContain('— Argmap');
  // The map is drawn: as cards, or (a big map, fitted) as the overview of blocks.
  await expect(app.page.locator('.argument-node, [data-testid="map-overview"]').first()).toBeVisible();
  await app.page.keyboard.press('Control+Shift+E');
  const dialog = exportDialog(app.page);
  await expect(dialog).toBeVisible();
  await previewSettled(dialog);
  return dialog;
}

/** The preview shows the latest options: drawn, not busy. */
async function previewSettled(dialog: Locator): Promise<void> {
  await expect(dialog.locator('.export-preview')).toHaveAttribute('aria-busy', 'false');
  await expect(dialog.locator('.export-preview__image, .export-preview__text').first()).toBeVisible();
}

/** Picks an option of a segmented control or radio list by its visible name. */
async function choose(dialog: Locator, name: string): Promise<void> {
  await dialog.getByRole('radio', { name, exact: true }).check();
}

/** The width and height a PNG's header declares. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** Exports with the dialog's current choices to `name` in the test's folder; returns the file's bytes. */
async function exportTo(app: OpenedApp, dialog: Locator, name: string): Promise<Buffer> {
  const target = join(app.dir, name);
  app.dialogs.willExportTo(target);
  await dialog.getByRole('button', { name: 'Export…' }).click();
  await expect(dialog).toBeHidden();
  await expect(app.page.locator('.notice')).toHaveText(`Exported ${name}.`);
  return readFile(target);
}

test('File › Export… writes SVG, PNG, PDF, Markdown and text through main’s save dialog', async ({ app }) => {
  const { page } = app;
  let dialog = await openExport(app);
  await snap(page, 'export-dialog.png');

  // SVG: real text with the font embedded, no foreignObject, sized as the preview says.
  await choose(dialog, 'SVG');
  await previewSettled(dialog);
  const size = (await dialog.getByTestId('export-size').textContent()) ?? '';
  const svg = (await exportTo(app, dialog, 'sample.svg')).toString('utf8');
  expect(svg.startsWith('<svg')).toBe(true);
  expect(svg).toContain('Kazakhstan has established');
  expect(svg).not.toContain('foreignObject');
  const [, width, height] = /width="([\d.]+)" height="([\d.]+)"/.exec(svg) ?? [];
  expect(size).toBe(`${Number(width).toLocaleString('en-US')} × ${Number(height).toLocaleString('en-US')} px`);
  // Suggested beside nothing: the sample lives in the app, so its export starts in the documents folder.
  expect(app.dialogs.asked.at(-1)).toEqual({
    kind: 'export',
    suggested: join(app.dir, 'Documents', 'kazakhstan-mediator.svg'),
    format: 'svg',
  });

  // PNG at 3×: the pixel size the dialog promised, and the drawing's size times three.
  dialog = await openExport(app);
  await choose(dialog, 'PNG');
  await choose(dialog, '3×');
  await previewSettled(dialog);
  await expect(dialog.getByTestId('export-size')).toContainText('288 DPI');
  const promised = (await dialog.getByTestId('export-size').textContent()) ?? '';
  const png = await exportTo(app, dialog, 'sample.png');
  const pixels = pngSize(png);
  expect(pixels).toEqual({ width: Math.round(Number(width) * 3), height: Math.round(Number(height) * 3) });
  expect(promised).toContain(`${pixels.width.toLocaleString('en-US')} × ${pixels.height.toLocaleString('en-US')} px`);
  await writeFile(artifactPath('export-sample.png'), png);

  // PDF on A4 landscape.
  dialog = await openExport(app);
  await choose(dialog, 'PDF');
  await dialog.getByLabel('Page size').selectOption('a4');
  await choose(dialog, 'Landscape');
  await previewSettled(dialog);
  await snap(page, 'export-dialog-pdf.png');
  const pdf = await exportTo(app, dialog, 'sample.pdf');
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');

  // Markdown: the title as the heading, then the outline.
  dialog = await openExport(app);
  await choose(dialog, 'Markdown');
  await previewSettled(dialog);
  await expect(dialog.locator('.export-preview__text')).toContainText(`# ${TITLE}`);
  const markdown = (await exportTo(app, dialog, 'sample.md')).toString('utf8');
  expect(markdown.startsWith(`# ${TITLE}\n`)).toBe(true);

  // Plain text: the outline, the thesis first.
  dialog = await openExport(app);
  await choose(dialog, 'Text');
  await previewSettled(dialog);
  await snap(page, 'export-dialog-text.png');
  const text = (await exportTo(app, dialog, 'sample.txt')).toString('utf8');
  expect(text).toBe(plainTextOutline(await mapOnDisk(SAMPLE)));
  expect(text.split('\n')[0]).toMatch(/^Thesis: Kazakhstan has established a noticeably respected profile/);
});

test('File › Export… writes the map as Argdown and as AIF for other tools, and says what they cannot carry', async ({
  app,
}) => {
  const { page } = app;
  const sample = await mapOnDisk(SAMPLE);
  const texts = (map: ArgumentMap): string[] =>
    Object.values(map.nodes)
      .map((node) => node.text)
      .sort();

  let dialog = await openExport(app);
  await choose(dialog, 'Argdown');
  await previewSettled(dialog);
  await expect(dialog.locator('.export-preview__text')).toContainText(`title: "${TITLE}"`);
  await snap(page, 'export-dialog-argdown.png');
  app.dialogs.willExportTo(join(app.dir, 'sample.argdown'));
  await dialog.getByRole('button', { name: 'Export…' }).click();
  // Argdown has no layout: the notice says the positions were not written.
  await expect(page.locator('.notice')).toContainText('Exported sample.argdown. Positions of 32 nodes');
  const argdown = importArgdown(await readFile(join(app.dir, 'sample.argdown'), 'utf8'));
  expect(argdown.ok && texts(argdown.map)).toEqual(texts(sample));

  dialog = await openExport(app);
  await choose(dialog, 'AIF');
  await previewSettled(dialog);
  app.dialogs.willExportTo(join(app.dir, 'sample.json'));
  await dialog.getByRole('button', { name: 'Export…' }).click();
  await expect(page.locator('.notice')).toContainText('Exported sample.json.');
  const aif = importAif(await readFile(join(app.dir, 'sample.json'), 'utf8'));
  expect(aif.ok && aif.map.relations).toEqual(sample.relations);
});

test('cancelling the save dialog writes nothing and keeps the dialog; the choices come back next time', async ({
  app,
}) => {
  const { page } = app;
  const dialog = await openExport(app);
  await choose(dialog, 'PDF');
  await choose(dialog, 'Dark');
  await dialog.getByLabel('Page size').selectOption('a4');
  await choose(dialog, 'Portrait');
  await dialog.getByLabel('Padding').fill('48');
  await previewSettled(dialog);
  await snap(page, 'export-dialog-dark-pdf.png');

  app.dialogs.willExportTo(null);
  await dialog.getByRole('button', { name: 'Export…' }).click();
  await expect.poll(() => app.dialogs.asked.length).toBe(1);
  await expect(dialog.getByRole('button', { name: 'Export…' })).toBeEnabled();
  await expect(dialog).toBeVisible();
  expect((await readdir(app.dir)).filter((name) => name !== 'data')).toEqual([]);

  // Escape closes the dialog; opening it again shows the choices made.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  const again = await openExport(app);
  await expect(again.getByRole('radio', { name: 'PDF', exact: true })).toBeChecked();
  await expect(again.getByRole('radio', { name: 'Dark', exact: true })).toBeChecked();
  await expect(again.getByLabel('Page size')).toHaveValue('a4');
  await expect(again.getByRole('radio', { name: 'Portrait', exact: true })).toBeChecked();
  await expect(again.getByLabel('Padding')).toHaveValue('48');
  await page.keyboard.press('Escape');
});

test('selection only: the export holds the selected nodes and nothing else', async ({ app }) => {
  const { page } = app;
  await expect(card(page, THESIS)).toBeVisible();
  await card(page, 'Astana hosted the once-in-a-decade OSCE summit').click();
  await card(page, 'Kazakhstan chaired the OIC council').click({ modifiers: ['Shift'] });
  const dialog = await openExport(app);
  const selection = dialog.getByRole('radio', { name: /Selected nodes/ });
  await expect(selection).toBeEnabled();
  await selection.check();
  await choose(dialog, 'PNG');
  await dialog.getByLabel('Transparent background').check();
  await previewSettled(dialog);
  await snap(page, 'export-dialog-selection.png');
  await choose(dialog, 'Text');
  await previewSettled(dialog);
  await expect(dialog.locator('.export-preview__text')).toHaveText(
    [
      'Evidence: Astana hosted the once-in-a-decade OSCE summit of 2010.',
      'Evidence: Kazakhstan chaired the OIC council of foreign ministers.',
    ].join('\n'),
  );
  // A subtree needs exactly one selected node: it says so instead.
  await expect(dialog.getByRole('radio', { name: /Subtree/ })).toBeDisabled();
  const text = (await exportTo(app, dialog, 'two.txt')).toString('utf8');
  expect(text.split('\n')).toHaveLength(2);
  expect(text).not.toContain('Thesis');
});

test('Edit › Copy as Outline and Copy as Image put the map on the clipboard', async ({ app }) => {
  const { page } = app;
  await expect(card(page, THESIS)).toBeVisible();
  await app.emit('menuCommand', 'copyAsOutline');
  await expect(page.locator('.notice')).toHaveText('Copied the map as an outline.');
  expect(app.clipboard).toEqual([{ kind: 'text', text: plainTextOutline(await mapOnDisk(SAMPLE)) }]);

  await card(page, 'Astana hosted the once-in-a-decade OSCE summit').click();
  await app.emit('menuCommand', 'copyAsImage');
  await expect(page.locator('.notice')).toHaveText('Copied 1 node as an image.');
  const copied = app.clipboard[1];
  expect(copied?.kind).toBe('image');
  if (copied?.kind === 'image') expect(pngSize(copied.png).width).toBeGreaterThan(100);
});

/** A generated argument tree of `count` nodes, laid out as Auto Layout would. */
function laidOutTree(count: number): ArgumentMap {
  const map = generatedArgumentTree(count);
  const positions = autoLayout(map);
  for (const node of Object.values(map.nodes)) node.position = positions.get(node.id) ?? node.position;
  return map;
}

test('a 1,000-node map: the preview draws, a PNG too large is drawn smaller and says so, SVG writes', async () => {
  test.setTimeout(180_000);
  const file = join(await mkdtemp(join(tmpdir(), 'argmap-big-')), 'big.argmap');
  await writeFile(file, serializeArgmap(laidOutTree(1000)));
  const app = await openApp({ file });
  try {
    const dialog = await openExport(app);
    await expect(dialog.getByText('1,000 nodes', { exact: true })).toBeVisible();
    await choose(dialog, 'PNG');
    await choose(dialog, '1×');
    await previewSettled(dialog);
    const warning = dialog.getByRole('status').filter({ hasText: 'Too large for a PNG at 1×: it will be drawn at' });
    await expect(warning).toBeVisible();
    await snap(app.page, 'export-dialog-large.png');
    // The PNG is as large as a PNG may be, and the notice says it was drawn smaller.
    const promised = /(\d[\d,]*) × (\d[\d,]*) px/.exec((await dialog.getByTestId('export-size').textContent()) ?? '');
    app.dialogs.willExportTo(join(app.dir, 'big.png'));
    await dialog.getByRole('button', { name: 'Export…' }).click();
    // Seconds for a PNG this large: the dialog says it is working, and waits.
    await expect(dialog.getByText('Exporting…')).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Export…' })).toBeDisabled();
    await snap(app.page, 'export-dialog-exporting.png');
    await expect(dialog).toBeHidden({ timeout: 60_000 });
    await expect(app.page.locator('.notice')).toContainText('Exported big.png. At 1× the image would be');
    const png = pngSize(await readFile(join(app.dir, 'big.png')));
    expect(png).toEqual({
      width: Number(promised?.[1].replace(/,/g, '')),
      height: Number(promised?.[2].replace(/,/g, '')),
    });
    expect(Math.max(png.width, png.height)).toBeLessThanOrEqual(16_384);

    await openExport(app);
    await choose(dialog, 'SVG');
    await previewSettled(dialog);
    const svg = (await exportTo(app, dialog, 'big.svg')).toString('utf8');
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg.match(/<text/g)?.length).toBeGreaterThan(1000);
  } finally {
    await app.close();
    await rm(dirname(file), { recursive: true, force: true });
  }
});
