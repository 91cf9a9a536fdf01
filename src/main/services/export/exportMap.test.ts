import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSampleMap } from '../../../../scripts/sampleFiles';
import type { ArgumentMap } from '../../../shared/model/argumentMap';
import { DEFAULT_EXPORT_OPTIONS, type ExportOptions } from '../../../shared/render/exportOptions';
import { ExportError } from '../../../shared/render/exportScope';
import { NODE_STYLES } from '../../../shared/render/palette';
import { fontsDirIn, loadExportFonts } from './exportFonts';
import { exportMap } from './exportMap';
import { fittingPngScale } from './pngSize';
import { extractPdfText } from './testing/pdfText';
import { decodePng, hasColour } from './testing/pngPixels';

const fonts = loadExportFonts(fontsDirIn(join(import.meta.dirname, '../../../../resources')));
const sample = loadSampleMap();
const options = (changes: Partial<ExportOptions>): ExportOptions => ({ ...DEFAULT_EXPORT_OPTIONS, ...changes });
const squash = (text: string): string => text.replace(/\s+/g, '');

describe('exportMap', () => {
  it(
    'writes the sample as a PNG of the drawing’s size at the scale, in the kinds’ colours',
    { timeout: 120_000 },
    async () => {
      const svg = await exportMap(sample, options({ format: 'svg' }), fonts);
      const [, , width, height] = (svg.data.toString().match(/viewBox="([^"]*)"/)?.[1] ?? '').split(' ').map(Number);
      const png = await exportMap(sample, options({ format: 'png', scale: 1 }), fonts);
      expect(png).toMatchObject({ extension: 'png', mimeType: 'image/png', notes: [] });
      const image = decodePng(png.data);
      expect([image.width, image.height]).toEqual([width, height]);
      for (const kind of ['thesis', 'objection', 'recommendation'] as const) {
        expect(hasColour(image, NODE_STYLES[kind].fill, 2, 500), kind).toBe(true);
      }
    },
  );

  it('writes a PDF whose text holds every node of a subtree, and nothing else', { timeout: 120_000 }, async () => {
    const pdf = await exportMap(
      sample,
      options({ format: 'pdf', page: 'a4', scope: { kind: 'subtree', nodeId: 'n-experts-resources' } }),
      fonts,
    );
    expect(pdf.data.subarray(0, 5).toString()).toBe('%PDF-');
    const { pages } = await extractPdfText(pdf.data);
    const text = squash(pages.map((page) => page.text).join(''));
    expect(text).toContain(squash(sample.meta.title)); // the title block
    expect(text).toContain(squash(sample.nodes['n-experts-resources' as never].text));
    expect(text).not.toContain(squash(sample.nodes['n-profile' as never].text));
  });

  it('writes the outlines in Markdown and plain text', async () => {
    const md = (await exportMap(sample, options({ format: 'md' }), fonts)).data.toString();
    expect(md.startsWith(`# ${sample.meta.title}\n`)).toBe(true);
    const txt = (await exportMap(sample, options({ format: 'txt' }), fonts)).data.toString();
    expect(txt.split('\n')).toHaveLength(Object.keys(sample.nodes).length);
  });

  it('draws a map too big for a PNG smaller than asked, and says so', { timeout: 180_000 }, async () => {
    // Cards spread 40,000 px apart: at 2× the image would pass 16,384 pixels a side.
    const nodes = Object.values(sample.nodes).slice(0, 2);
    const wide: ArgumentMap = {
      meta: { title: 'Wide' },
      nodes: Object.fromEntries(nodes.map((n, i) => [n.id, { ...n, position: { x: i * 40_000, y: 0 } }])),
      relations: {},
    };
    const png = await exportMap(wide, options({ format: 'png', scale: 2, legend: false, title: false }), fonts);
    const image = decodePng(png.data);
    expect(image.width).toBeLessThanOrEqual(16_384);
    expect(image.width).toBeGreaterThan(16_000);
    expect(png.notes).toEqual([
      expect.stringMatching(
        /^At 2× the image would be 80,\d{3} × \d{3} pixels, more than a PNG can hold; it was drawn at 0\.4\d?× /,
      ),
    ]);
  });

  it('refuses a subtree of a node the map lacks with an ExportError', async () => {
    await expect(
      exportMap(sample, options({ format: 'svg', scope: { kind: 'subtree', nodeId: 'n-none' } }), fonts),
    ).rejects.toThrow(ExportError);
  });
});

describe('fittingPngScale', () => {
  it('keeps the scale asked for when the image fits', () => {
    expect(fittingPngScale({ width: 3000, height: 2000 }, 4)).toEqual({ scale: 4 });
  });

  it('chooses the largest scale within 16,384 pixels a side and 128 Mi pixels', () => {
    expect(fittingPngScale({ width: 10_000, height: 1_000 }, 4).scale).toBe(1.6);
    const square = fittingPngScale({ width: 20_000, height: 20_000 }, 1);
    expect(square.scale).toBe(0.57); // √(2²⁷) ≈ 11,585 pixels a side
    expect(square.note).toContain('For readable text, export a subtree or a selection, or choose PDF or SVG.');
  });
});
