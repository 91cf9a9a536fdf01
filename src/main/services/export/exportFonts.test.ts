import { join } from 'node:path';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { loadSampleMap } from '../../../../scripts/sampleFiles';
import { FONT_WEIGHTS } from '../../../shared/render/textMetrics';
import { fontsDirIn, loadExportFonts } from './exportFonts';

const fonts = loadExportFonts(fontsDirIn(join(import.meta.dirname, '../../../../resources')));
const texts = [
  ...Object.values(loadSampleMap().nodes).map((node) => node.text),
  'Қазақстан — бейбітшілік делдалы. “AV To” fi ffl 1,000 → 2026',
];

describe('the export fonts', () => {
  it.each(FONT_WEIGHTS)('measure weight %i as full shaping does (the canvas shapes with HarfBuzz)', (weight) => {
    const face = fonts.faces.find((f) => f.weight === weight)!;
    const shaper = fontkit.create(face.bytes) as fontkit.Font;
    for (const text of texts) {
      const shaped = (shaper.layout(text).advanceWidth * 14) / shaper.unitsPerEm;
      // Within a hundredth of a pixel per character: kerning included, as the canvas sets it.
      expect(Math.abs(fonts.measurer.width(text, 14, weight) - shaped), text).toBeLessThan(0.01 * text.length);
    }
  });

  it('falls back to the font file for characters the table lacks', () => {
    const greek = 'Ελλάδα';
    const shaper = fontkit.create(fonts.faces[0].bytes) as fontkit.Font;
    const expected = (shaper.layout(greek).advanceWidth * 14) / shaper.unitsPerEm;
    expect(fonts.measurer.width(greek, 14, 400)).toBeCloseTo(expected, 0);
  });

  it('outlines a glyph at the pen on the baseline, within its advance, capitals reaching the cap height', () => {
    const d = fonts.glyphPath('H', 14, 400);
    const xs = [...d.matchAll(/[ML]([\d.-]+) ([\d.-]+)/g)].map((m) => Number(m[1]));
    const ys = [...d.matchAll(/[ML]([\d.-]+) ([\d.-]+)/g)].map((m) => Number(m[2]));
    expect(Math.min(...xs)).toBeGreaterThan(0);
    expect(Math.max(...xs)).toBeLessThan(fonts.measurer.width('H', 14, 400));
    expect(Math.max(...ys)).toBeCloseTo(0, 1); // sits on the baseline
    expect(Math.min(...ys)).toBeCloseTo(-14 * 0.727, 0); // Inter's cap height is 0.727 em, drawn upwards
    expect(fonts.glyphPath(' ', 14, 400)).toBe('');
  });
});
