import { FONT_WEIGHTS, type FontWeight, type TextMeasurer } from './textMetrics';
import { INTER_METRICS_JSON } from './interMetrics';

/** One weight's advances and class-based kerning, indexed like the table's `chars`. */
export interface WeightMetrics {
  /** Advance of each character, in font units. */
  advances: number[];
  /** Kerning class of each character as the first of a pair, and as the second. */
  left: number[];
  right: number[];
  /** [left class, right class, adjustment in font units], for the pairs that kern. */
  kerning: [number, number, number][];
}

/** A font's measurements for a set of characters (see scripts/generateFontMetrics.ts). */
export interface FontMetricsTable {
  family: string;
  source: string;
  unitsPerEm: number;
  ascent: number;
  descent: number;
  chars: string;
  weights: Record<FontWeight, WeightMetrics>;
}

/** The advance of a character the table lacks, in font units (a host can ask the font file). */
export type FallbackAdvance = (char: string, weight: FontWeight) => number;

/**
 * A measurer that adds up advances and pair kerning from a precomputed table: as exact as
 * shaping for the characters it covers, and fast from the first call.
 */
export function tableMeasurer(table: FontMetricsTable, fallback?: FallbackAdvance): TextMeasurer {
  const index = new Map([...table.chars].map((char, i) => [char, i]));
  const weights = new Map(
    FONT_WEIGHTS.map((weight) => {
      const metrics = table.weights[weight];
      const rightClasses = Math.max(...metrics.right) + 1;
      const kerning = new Map(metrics.kerning.map(([l, r, value]) => [l * rightClasses + r, value]));
      return [weight, { metrics, rightClasses, kerning }];
    }),
  );
  // What an unknown character takes without a fallback: the width of an "n", a typical letter.
  const unknown = (weight: FontWeight): number => table.weights[weight].advances[index.get('n')!];
  return {
    width(text, size, weight) {
      const { metrics, rightClasses, kerning } = weights.get(weight)!;
      let units = 0;
      let previous: number | undefined;
      for (const char of text) {
        const i = index.get(char);
        if (i === undefined) {
          units += fallback ? fallback(char, weight) : unknown(weight);
          previous = undefined;
          continue;
        }
        units += metrics.advances[i];
        if (previous !== undefined) units += kerning.get(metrics.left[previous] * rightClasses + metrics.right[i]) ?? 0;
        previous = i;
      }
      return (units * size) / table.unitsPerEm;
    },
    ascent: table.ascent / table.unitsPerEm,
    descent: table.descent / table.unitsPerEm,
  };
}

let interTable: FontMetricsTable | undefined;

/** The bundled Inter's table (see interMetrics.ts), parsed on first use. */
export const interMetrics = (): FontMetricsTable => (interTable ??= JSON.parse(INTER_METRICS_JSON) as FontMetricsTable);
