import { describe, expect, it } from 'vitest';
import { choicesOf, optionsFrom, type ExportPreview } from '../../../shared/ipc/exportContract';
import { EXPORT_FORMATS, FORMATS } from '../../../shared/formats/formatRegistry';
import { asNodeId } from '../../../shared/model/ids';
import { DEFAULT_EXPORT_OPTIONS, type ExportOptions } from '../../../shared/render/exportOptions';
import { generatedArgumentTree } from '../../../shared/testing/generatedMaps';
import { FORMAT_CHOICES, pagePreview, pngLimit, previewOptions, scopeChoices, sizeDescription } from './exportModel';

const options = (change: Partial<ExportOptions> = {}): ExportOptions => ({ ...DEFAULT_EXPORT_OPTIONS, ...change });
const drawing = (width: number, height: number): ExportPreview => ({
  ok: true,
  kind: 'drawing',
  svg: '',
  width,
  height,
});

describe('the export dialog’s model', () => {
  it('offers every format the registry exports, in its order, by its short name and hint', () => {
    expect(FORMAT_CHOICES).toEqual(
      EXPORT_FORMATS.map((format) => ({ format, label: FORMATS[format].name, hint: FORMATS[format].hint })),
    );
    expect(FORMAT_CHOICES.map((choice) => choice.label)).toEqual([
      'SVG',
      'PNG',
      'PDF',
      'Markdown',
      'Text',
      'Argdown',
      'AIF',
      'SADFace',
    ]);
  });

  it('draws the preview again only for options that change the drawing', () => {
    const png = previewOptions(options({ format: 'png', scale: 4 }));
    expect(previewOptions(options({ format: 'pdf', page: 'a4', orientation: 'portrait' }))).toEqual(png);
    expect(previewOptions(options({ format: 'svg', textAs: 'outlines' }))).toEqual(png);
    expect(previewOptions(options({ format: 'png', theme: 'dark' }))).not.toEqual(png);
    expect(previewOptions(options({ format: 'md', theme: 'dark', padding: 80 }))).toEqual(options({ format: 'md' }));
  });

  it('says the size of what will be written', () => {
    expect(sizeDescription(options(), drawing(1200, 800.4))).toBe('1,200 × 800 px');
    expect(sizeDescription(options({ format: 'png', scale: 3 }), drawing(1000, 500))).toBe(
      '3,000 × 1,500 px · 288 DPI',
    );
    expect(sizeDescription(options({ format: 'pdf', page: 'a4', orientation: 'portrait' }), drawing(400, 300))).toBe(
      'A4 portrait, 210 × 297 mm',
    );
    expect(sizeDescription(options({ format: 'pdf', page: 'letter' }), drawing(4000, 2000))).toMatch(
      /^US Letter landscape, 11 × 8\.5 in · map at \d+%$/,
    );
    expect(sizeDescription(options({ format: 'txt' }), { ok: true, kind: 'text', text: 'a\n  b\n' })).toBe('2 lines');
  });

  it('places the drawing on the PDF page as the PDF export does', () => {
    // A4 portrait is 595 × 842 pt; half-inch margins; a small map is not enlarged and sits at the top.
    const small = pagePreview(options({ format: 'pdf', page: 'a4', orientation: 'portrait' }), {
      width: 400,
      height: 200,
    });
    expect(small).toMatchObject({ width: 595.28, height: 841.89, factor: 1, drawing: { y: 36, width: 300 } });
    // A slide enlarges a small map up to 3× and centres it.
    const slide = pagePreview(options({ format: 'pdf', page: 'slide' }), { width: 100, height: 50 });
    expect(slide.factor).toBe(3);
    expect(slide.drawing.y).toBeCloseTo(270 - 56.25);
  });

  it('says before exporting that a PNG too large is drawn smaller, as the export does', () => {
    expect(pngLimit(options({ format: 'png', scale: 2 }), drawing(3000, 2000))).toBeNull();
    expect(pngLimit(options({ format: 'png', scale: 4 }), drawing(5000, 2000))).toBe(
      'Too large for a PNG at 4×: it will be drawn at 3.2× (16,000 × 6,400 px), the most a PNG can hold.',
    );
    expect(pngLimit(options({ format: 'png', scale: 1 }), drawing(50000, 19000))).toMatch(
      /drawn at 0\.32× .* For readable text, export a selection/,
    );
    expect(sizeDescription(options({ format: 'png', scale: 1 }), drawing(50000, 19000))).toBe(
      '16,000 × 6,080 px · 31 DPI',
    );
    expect(pngLimit(options({ format: 'svg', scale: 1 }), drawing(50000, 19000))).toBeNull();
  });

  it('offers a selection and a subtree only when the selection allows them, saying why not', () => {
    const map = generatedArgumentTree(10);
    const none = scopeChoices(map, []);
    expect(none.map((c) => c.disabledReason !== null)).toEqual([false, true, true]);
    const two = scopeChoices(map, [asNodeId('n1'), asNodeId('n2')]);
    expect(two.map((c) => c.disabledReason !== null)).toEqual([false, false, true]);
    expect(two[1].detail).toBe('2 nodes');
    const one = scopeChoices(map, [asNodeId('n1')]);
    expect(one[2]).toMatchObject({
      disabledReason: null,
      detail: expect.stringMatching(/^“.+” and what bears on it$/),
    });
  });

  it('remembers the kind of scope, and applies it to the selection of the day', () => {
    const remembered = choicesOf(options({ theme: 'dark', scope: { kind: 'subtree', nodeId: 'n1' } }));
    expect(remembered).toMatchObject({ theme: 'dark', scopeKind: 'subtree' });
    expect(optionsFrom(remembered, [asNodeId('n4')]).scope).toEqual({ kind: 'subtree', nodeId: 'n4' });
    // Two selected nodes have no one subtree: the whole map then.
    expect(optionsFrom(remembered, [asNodeId('n4'), asNodeId('n5')]).scope).toEqual({ kind: 'map' });
    expect(optionsFrom({ ...remembered, scopeKind: 'selection' }, []).scope).toEqual({ kind: 'map' });
  });
});
