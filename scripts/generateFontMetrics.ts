import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as hb from 'harfbuzzjs';
import type { FontMetricsTable, WeightMetrics } from '../src/shared/render/fontMetrics';

/**
 * Writes src/shared/render/interMetrics.json: the advance of every character the exports are
 * likely to meet and the kerning between each pair of them, for each bundled weight of Inter.
 * Measured by shaping with HarfBuzz, as Chromium does, so exports wrap text where the canvas
 * does, without paying HarfBuzz's or fontkit's start-up (a quarter of a second) on each export.
 * Run it again (`npm run font-metrics`) only if the bundled fonts change.
 */

const ROOT = resolve(import.meta.dirname, '..');
const OUT = resolve(ROOT, 'src/shared/render/interMetrics.json');
const FILES = {
  400: 'Inter_400Regular.ttf',
  500: 'Inter_500Medium.ttf',
  600: 'Inter_600SemiBold.ttf',
  700: 'Inter_700Bold.ttf',
};

/** Latin (with Latin-1 and Extended-A), Cyrillic with the Kazakh letters, and typographic punctuation. */
function charset(): string[] {
  const chars: string[] = [];
  const range = (from: number, to: number): void => {
    for (let c = from; c <= to; c += 1) chars.push(String.fromCodePoint(c));
  };
  range(0x20, 0x7e);
  range(0xa0, 0xff);
  range(0x100, 0x17f);
  range(0x400, 0x45f);
  chars.push(...'ҒғҚқҢңӨөҰұҮүҺһӘәІі‘’‚“”„–—…•·′″€№→←↑↓✓×−');
  return [...new Set(chars)];
}

function weightMetrics(
  file: string,
  chars: string[],
): { metrics: WeightMetrics; unitsPerEm: number; ascent: number; descent: number } {
  const face = new hb.Face(new hb.Blob(readFileSync(resolve(ROOT, 'resources/fonts', file))), 0);
  const font = new hb.Font(face);
  const width = (text: string): number => {
    const buffer = new hb.Buffer();
    buffer.addText(text);
    buffer.guessSegmentProperties();
    hb.shape(font, buffer);
    return buffer.getGlyphPositions().reduce((sum, p) => sum + p.xAdvance, 0);
  };
  const advances = chars.map(width);
  // kerning[i][j]: what "ab" takes beyond a's and b's own advances.
  const kerning = chars.map((a, i) => chars.map((b, j) => width(a + b) - advances[i] - advances[j]));
  // Kerning is class-based in the font: characters with the same row (as the first of a pair) or
  // the same column (as the second) share a class, which keeps the table small.
  const classesOf = (vectors: number[][]): number[] => {
    const ids = new Map<string, number>();
    return vectors.map((vector) => {
      const key = vector.join(',');
      if (!ids.has(key)) ids.set(key, ids.size);
      return ids.get(key)!;
    });
  };
  const left = classesOf(kerning);
  const right = classesOf(chars.map((_, j) => kerning.map((row) => row[j])));
  const pairs = new Map<string, number>();
  kerning.forEach((row, i) =>
    row.forEach((value, j) => {
      if (value !== 0) pairs.set(`${left[i]},${right[j]}`, value);
    }),
  );
  const extents = font.hExtents();
  return {
    metrics: {
      advances,
      left,
      right,
      kerning: [...pairs].map(([key, value]) => [...key.split(',').map(Number), value] as [number, number, number]),
    },
    unitsPerEm: face.upem,
    ascent: extents.ascender,
    descent: -extents.descender,
  };
}

const chars = charset();
const weights = Object.fromEntries(
  Object.entries(FILES).map(([weight, file]) => [weight, weightMetrics(file, chars)]),
) as Record<keyof typeof FILES, ReturnType<typeof weightMetrics>>;
const table: FontMetricsTable = {
  family: 'Inter',
  source: 'resources/fonts (Inter 4.001), shaped with HarfBuzz by scripts/generateFontMetrics.ts',
  unitsPerEm: weights[400].unitsPerEm,
  ascent: weights[400].ascent,
  descent: weights[400].descent,
  chars: chars.join(''),
  weights: {
    400: weights[400].metrics,
    500: weights[500].metrics,
    600: weights[600].metrics,
    700: weights[700].metrics,
  },
};
writeFileSync(OUT, `${JSON.stringify(table)}\n`);
console.log(
  `wrote ${OUT}: ${chars.length} characters, ${Object.values(table.weights)
    .map((w) => w.kerning.length)
    .join('/')} kerning pairs of classes`,
);
