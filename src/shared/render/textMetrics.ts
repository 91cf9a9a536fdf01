/** The font weights the drawing uses: body text, tags, thesis text, kind labels. */
export const FONT_WEIGHTS = [400, 500, 600, 700] as const;
export type FontWeight = (typeof FONT_WEIGHTS)[number];

/** The bundled font's family name, as the canvas (via @fontsource/inter) and the exports name it. */
export const FONT_FAMILY = 'Inter';

/**
 * Measures text in the bundled font. The renderer is pure, so the host supplies this: main and
 * the CLI read the font files; tests use the same. Widths include kerning, as the canvas does.
 */
export interface TextMeasurer {
  /** Advance width of the text at the given size, in the same units as the size. */
  width(text: string, size: number, weight: FontWeight): number;
  /** The font's ascender and descender (positive), as fractions of the font size: CSS "line-height: normal". */
  readonly ascent: number;
  readonly descent: number;
}

/**
 * Break opportunities as the browser finds them in ordinary prose: after spaces, after hyphens,
 * dashes and slashes. Each piece keeps its trailing separator.
 */
const PIECE = /[^\s\-–—/]*[-–—/]+|[^\s\-–—/]+|\s+/g;

/**
 * Wraps text the way a card's `white-space: pre-wrap; overflow-wrap: anywhere` does: newlines
 * break, lines break at the last opportunity that fits, trailing spaces hang past the edge, and a
 * word wider than the line is split between characters.
 */
export function wrapText(text: string, maxWidth: number, measure: (text: string) => number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    // The line's width so far: with pair kerning, adding a piece adds its width and the kerning
    // between the line's last character and the piece's first, so each piece is measured once.
    let lineWidth = 0;
    const widthWith = (piece: string): number => {
      if (line === '') return measure(piece);
      const last = line.slice(-1);
      return lineWidth + measure(last + piece) - measure(last);
    };
    for (const piece of paragraph.match(PIECE) ?? []) {
      if (/^\s+$/.test(piece)) {
        // Spaces hang at the end of a line and never wrap it.
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
        const parts = splitAnywhere(piece, maxWidth, measure);
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

/** A word too long for any line, cut into pieces that fit (at least one character each). */
function splitAnywhere(word: string, maxWidth: number, measure: (text: string) => number): string[] {
  const parts: string[] = [];
  let current = '';
  for (const char of word) {
    if (current !== '' && measure(current + char) > maxWidth) {
      parts.push(current);
      current = '';
    }
    current += char;
  }
  parts.push(current);
  return parts;
}
