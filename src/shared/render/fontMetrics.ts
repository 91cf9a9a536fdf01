import { FONT_WEIGHTS, isPairAt, type FontWeight, type TextMeasurer } from './textMetrics';
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

/** One weight's table in the shapes the measuring loop reads fastest. */
interface WeightLookup {
  advances: NumberArray;
  left: Int32Array;
  right: Int32Array;
  rightClasses: number;
  /** Kerning of every class pair, dense: `left class * rightClasses + right class`. */
  kerning: NumberArray;
}

type NumberArray = Int32Array | Float64Array;

/**
 * Whole font units (every table so far) go in an Int32Array: sums of them stay small integers,
 * which unoptimised code adds without allocating a heap number for each. Fractions, if a table
 * ever has them, keep a Float64Array; the widths are the same either way.
 */
const isWhole = (value: number): boolean => Number.isInteger(value) && Math.abs(value) <= 0xfffff;

/**
 * A measurer that adds up advances and pair kerning from a precomputed table: as exact as
 * shaping for the characters it covers, and fast from the first call.
 */
export function tableMeasurer(table: FontMetricsTable, fallback?: FallbackAdvance): TextMeasurer {
  // Index of each UTF-16 code unit in the table (-1: not in it). The table holds no character
  // beyond the Basic Multilingual Plane; one that is (a surrogate pair) goes to the fallback.
  const chars = [...table.chars];
  const highest = chars.reduce((max, char) => Math.max(max, char.codePointAt(0)!), 0);
  if (highest > 0xffff) throw new Error('The metrics table holds a character beyond U+FFFF.');
  const index = new Int32Array(highest + 1).fill(-1);
  chars.forEach((char, i) => (index[char.charCodeAt(0)] = i));
  const weights = new Map(
    FONT_WEIGHTS.map((weight): [FontWeight, WeightLookup] => {
      const metrics = table.weights[weight];
      const rightClasses = Math.max(...metrics.right) + 1;
      const leftClasses = Math.max(...metrics.left) + 1;
      // Checked on the table's own lists, not on the dense table (a few thousand values, not 14,000).
      let whole = metrics.advances.every(isWhole);
      for (let i = 0; whole && i < metrics.kerning.length; i++) whole = isWhole(metrics.kerning[i][2]);
      const kerning = whole ? new Int32Array(leftClasses * rightClasses) : new Float64Array(leftClasses * rightClasses);
      for (let i = 0; i < metrics.kerning.length; i++) {
        // Indexed, not destructured: unoptimised code would step an iterator through each triple.
        const pair = metrics.kerning[i];
        kerning[pair[0] * rightClasses + pair[1]] = pair[2];
      }
      return [
        weight,
        {
          advances: whole ? new Int32Array(metrics.advances) : new Float64Array(metrics.advances),
          left: new Int32Array(metrics.left),
          right: new Int32Array(metrics.right),
          rightClasses,
          kerning,
        },
      ];
    }),
  );
  // What an unknown character takes without a fallback: the width of an "n", a typical letter.
  const unknown = (weight: FontWeight): number => table.weights[weight].advances[index['n'.charCodeAt(0)]];
  const sliceWidth = (text: string, start: number, end: number, size: number, weight: FontWeight): number => {
    const { advances, left, right, rightClasses, kerning } = weights.get(weight)!;
    let units = 0;
    // The table index of the previous character, -1 after an unknown one (no kerning across it).
    let previous = -1;
    for (let at = start; at < end; at++) {
      const code = text.charCodeAt(at);
      const i = code < index.length ? index[code] : -1;
      if (i < 0) {
        // A character the table lacks: the whole code point, as a for-of loop over the slice reads it.
        const pair = isPairAt(text, at, end);
        units += fallback ? fallback(text.slice(at, pair ? at + 2 : at + 1), weight) : unknown(weight);
        if (pair) at++;
        previous = -1;
        continue;
      }
      units += advances[i];
      if (previous >= 0) units += kerning[left[previous] * rightClasses + right[i]];
      previous = i;
    }
    return (units * size) / table.unitsPerEm;
  };
  return {
    width: (text, size, weight) => sliceWidth(text, 0, text.length, size, weight),
    sliceWidth,
    ascent: table.ascent / table.unitsPerEm,
    descent: table.descent / table.unitsPerEm,
  };
}

let interTable: FontMetricsTable | undefined;

/** The bundled Inter's table (see interMetrics.ts), parsed on first use. */
export const interMetrics = (): FontMetricsTable => (interTable ??= JSON.parse(INTER_METRICS_JSON) as FontMetricsTable);
