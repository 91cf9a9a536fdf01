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

  it('outlines text where the measurer says it goes: the last glyph ends at the measured width', () => {
    const d = fonts.outline('HH', 100, 50, 14, 400);
    const xs = [...d.matchAll(/[ML]([\d.-]+) ([\d.-]+)/g)].map((m) => Number(m[1]));
    const hWidth = fonts.measurer.width('H', 14, 400);
    const sidebearing = Math.min(...xs) - 100;
    // The second H's right stem ends one sidebearing before the pen's end.
    expect(Math.max(...xs)).toBeCloseTo(100 + fonts.measurer.width('HH', 14, 400) - sidebearing, 1);
    expect(Math.max(...xs)).toBeGreaterThan(100 + hWidth);
    expect(Math.min(...[...d.matchAll(/[ML][\d.-]+ ([\d.-]+)/g)].map((m) => Number(m[1])))).toBeLessThan(50 - 9); // cap height above the baseline
  });
});
