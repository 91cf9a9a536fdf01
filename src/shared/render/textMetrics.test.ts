import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { interMetrics, tableMeasurer, type FontMetricsTable } from './fontMetrics';
import { FONT_WEIGHTS, isSpace, wrapText, wrapTextIn, type FontWeight } from './textMetrics';
import { readSampleText } from '../../../scripts/sampleFiles';

/** Every character 10 units wide: lines of at most `width / 10` characters, spaces included. */
const monospace = (text: string): number => text.length * 10;

describe('wrapText', () => {
  it('breaks at the last space that fits, and lets trailing spaces hang', () => {
    expect(wrapText('one two three four', 90, monospace)).toEqual(['one two', 'three', 'four']);
    expect(wrapText('one two   ', 70, monospace)).toEqual(['one two']);
  });

  it('keeps the author’s line breaks, empty lines included', () => {
    expect(wrapText('first\n\nthird', 200, monospace)).toEqual(['first', '', 'third']);
  });

  it('breaks after a hyphen or a dash, not before', () => {
    expect(wrapText('post-Soviet space', 60, monospace)).toEqual(['post-', 'Soviet', 'space']);
    expect(wrapText('Tajikistan–Uzbekistan', 120, monospace)).toEqual(['Tajikistan–', 'Uzbekistan']);
  });

  it('splits a word longer than the line between characters (overflow-wrap: anywhere)', () => {
    expect(wrapText('abcdefghij xy', 40, monospace)).toEqual(['abcd', 'efgh', 'ij', 'xy']);
  });

  it('never loses or reorders a character', () => {
    const text = 'Kazakhstan is a well-known mediator between Iran and the P5+1 in Almaty—twice.';
    for (const width of [30, 55, 80, 150, 400]) {
      expect(wrapText(text, width, monospace).join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
      for (const line of wrapText(text, width, monospace)) {
        expect(monospace(line) <= width || line.length === 1, `${width}: “${line}”`).toBe(true);
      }
    }
  });
});

/** wrapText as it was written first, over strings: the slices version must give the same lines. */
function wrapTextReference(text: string, maxWidth: number, measure: (text: string) => number): string[] {
  const PIECE = /[^\s\-–—/]*[-–—/]+|[^\s\-–—/]+|\s+/g;
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    let lineWidth = 0;
    const widthWith = (piece: string): number => {
      if (line === '') return measure(piece);
      const last = line.slice(-1);
      return lineWidth + measure(last + piece) - measure(last);
    };
    for (const piece of paragraph.match(PIECE) ?? []) {
      if (/^\s+$/.test(piece)) {
        lineWidth = widthWith(piece);
        line += piece;
        continue;
      }
      let width = widthWith(piece);
      if (line !== '' && width > maxWidth) {
        lines.push(line.trimEnd());
        line = '';
        width = measure(piece);
      }
      if (line === '' && width > maxWidth) {
        const parts: string[] = [];
        let current = '';
        for (const char of piece) {
          if (current !== '' && measure(current + char) > maxWidth) {
            parts.push(current);
            current = '';
          }
          current += char;
        }
        parts.push(current);
        lines.push(...parts.slice(0, -1));
        line = parts[parts.length - 1];
        lineWidth = measure(line);
      } else {
        line += piece;
        lineWidth = width;
      }
    }
    lines.push(line.trimEnd());
  }
  return lines;
}

describe('wrapping by slices', () => {
  const measurer = tableMeasurer(interMetrics(), (char) => (char.codePointAt(0)! % 7) * 137.25 + 300);
  /** Prose with every kind of break, blank and character the measurer knows or lacks. */
  const unit = fc.constantFrom(
    ...'aaaaeeeeiioonnsttrrlWAV.,;kéщ'.split(''),
    ' ',
    ' ',
    ' ',
    '  ',
    '\t',
    '\u00a0',
    '\u2009',
    '\u3000',
    '\n',
    '-',
    '–',
    '—',
    '/',
    '中',
    '\u{1F600}',
    '\ud800',
    '\udc00',
  );
  const textArb = fc.string({ unit, maxLength: 160 });

  it('treats as blank exactly what \\s matches', () => {
    for (let code = 0; code <= 0xffff; code++) {
      if (isSpace(code) !== /\s/.test(String.fromCharCode(code))) throw new Error(`U+${code.toString(16)}`);
    }
  });

  it('measures a slice as the sliced string, surrogate pairs cut by the slice included', () => {
    fc.assert(
      fc.property(textArb, fc.nat(), fc.nat(), (text, a, b) => {
        const [start, end] = [a % (text.length + 1), b % (text.length + 1)].sort((x, y) => x - y);
        for (const weight of FONT_WEIGHTS) {
          expect(measurer.sliceWidth!(text, start, end, 14, weight)).toBe(
            measurer.width(text.slice(start, end), 14, weight),
          );
        }
      }),
      { numRuns: 300 },
    );
  });

  it('finds the same lines as wrapping strings did, whatever the text, width and measure', () => {
    fc.assert(
      fc.property(textArb, fc.integer({ min: 5, max: 300 }), (text, maxWidth) => {
        expect(wrapText(text, maxWidth, monospace)).toEqual(wrapTextReference(text, maxWidth, monospace));
        // Strong "kerning" between unlike neighbours, so that joining pieces must be measured as the reference does.
        const kerned = (part: string): number =>
          part.length * 10 + [...part].filter((char, i) => i > 0 && char !== part[i - 1]).length * 4;
        expect(wrapText(text, maxWidth, kerned)).toEqual(wrapTextReference(text, maxWidth, kerned));
        const byFont = (part: string): number => measurer.width(part, 14, 400);
        const lines = wrapTextReference(text, maxWidth, byFont);
        expect(wrapText(text, maxWidth, byFont)).toEqual(lines);
        expect(wrapTextIn(measurer, text, maxWidth, 14, 400)).toEqual(lines);
      }),
      { numRuns: 1000 },
    );
  });

  it('wraps the sample map’s texts as before', () => {
    const inter = tableMeasurer(interMetrics());
    const map = JSON.parse(readSampleText()) as { map: { nodes: Record<string, { text: string }> } };
    for (const { text } of Object.values(map.map.nodes)) {
      for (const width of [100, 248, 500]) {
        const expected = wrapTextReference(text, width, (part) => inter.width(part, 14, 600));
        expect(wrapTextIn(inter, text, width, 14, 600)).toEqual(expected);
      }
    }
  });
});

describe('tableMeasurer', () => {
  /** The table's widths as first written: a map of pairs, a for-of over the text. */
  const reference = (table: FontMetricsTable, text: string, size: number, weight: FontWeight): number => {
    const index = new Map([...table.chars].map((char, i) => [char, i]));
    const metrics = table.weights[weight];
    const rightClasses = Math.max(...metrics.right) + 1;
    const kerning = new Map(metrics.kerning.map(([l, r, value]) => [l * rightClasses + r, value]));
    let units = 0;
    let previous: number | undefined;
    for (const char of text) {
      const i = index.get(char);
      if (i === undefined) {
        units += metrics.advances[index.get('n')!];
        previous = undefined;
        continue;
      }
      units += metrics.advances[i];
      if (previous !== undefined) units += kerning.get(metrics.left[previous] * rightClasses + metrics.right[i]) ?? 0;
      previous = i;
    }
    return (units * size) / table.unitsPerEm;
  };
  const text = fc.string({
    unit: fc.constantFrom(...'AVTo.,yéщ -—\u{1F600}\ud800中'.split(''), 'Te', 'Wa'),
    maxLength: 40,
  });

  it('measures as adding up the table does, whole font units or fractions', () => {
    const whole = interMetrics();
    const copy = (): FontMetricsTable => JSON.parse(JSON.stringify(whole)) as FontMetricsTable;
    const [fractionalAdvances, fractionalKerning] = [copy(), copy()];
    for (const weight of FONT_WEIGHTS) {
      fractionalAdvances.weights[weight].advances = whole.weights[weight].advances.map((a) => a + 0.37);
      fractionalKerning.weights[weight].kerning = whole.weights[weight].kerning.map(([l, r, v]) => [l, r, v / 3]);
    }
    for (const table of [whole, fractionalAdvances, fractionalKerning]) {
      const measurer = tableMeasurer(table);
      fc.assert(
        fc.property(text, fc.constantFrom(...FONT_WEIGHTS), fc.constantFrom(11, 14, 13.5), (sample, weight, size) => {
          expect(measurer.width(sample, size, weight)).toBe(reference(table, sample, size, weight));
        }),
        { numRuns: 300 },
      );
    }
  });
});
