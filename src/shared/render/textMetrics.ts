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
  /** The width of `text.slice(start, end)`, exactly, without cutting the slice out (wrapping measures many). */
  sliceWidth?(text: string, start: number, end: number, size: number, weight: FontWeight): number;
  /** The font's ascender and descender (positive), as fractions of the font size: CSS "line-height: normal". */
  readonly ascent: number;
  readonly descent: number;
}

/**
 * Wraps text the way a card's `white-space: pre-wrap; overflow-wrap: anywhere` does: newlines
 * break, lines break at the last opportunity that fits, trailing spaces hang past the edge, and a
 * word wider than the line is split between characters.
 */
export function wrapText(text: string, maxWidth: number, measure: (text: string) => number): string[] {
  return wrapSlices(text, maxWidth, (start, end) => measure(text.slice(start, end)));
}

/** wrapText with the measurer's own wrapping of slices where it has one (no strings cut out to be measured). */
export function wrapTextIn(
  measurer: TextMeasurer,
  text: string,
  maxWidth: number,
  size: number,
  weight: FontWeight,
): string[] {
  const { sliceWidth } = measurer;
  return sliceWidth
    ? wrapSlices(text, maxWidth, (start, end) => sliceWidth(text, start, end, size, weight))
    : wrapText(text, maxWidth, (part) => measurer.width(part, size, weight));
}

/**
 * wrapText, measuring `text.slice(start, end)` through `measureSlice(start, end)`. Every string it
 * measures is a slice of the text: a piece, a line so far, the line's last character and the piece
 * after it.
 */
function wrapSlices(text: string, maxWidth: number, measureSlice: (start: number, end: number) => number): string[] {
  const lines: string[] = [];
  for (let paragraph = 0; paragraph <= text.length;) {
    const newline = text.indexOf('\n', paragraph);
    const end = newline < 0 ? text.length : newline;
    wrapParagraph(text, paragraph, end, maxWidth, measureSlice, lines);
    paragraph = end + 1;
  }
  return lines;
}

/**
 * Break opportunities as the browser finds them in ordinary prose: after spaces, after hyphens,
 * dashes and slashes. Each piece keeps its trailing separator. A piece is what the regular
 * expression /[^\s\-–—/]*[-–—/]+|[^\s\-–—/]+|\s+/g matches, found without it.
 */
function pieceEnd(text: string, start: number, end: number): number {
  let at = start;
  if (isSpace(text.charCodeAt(at))) {
    while (at < end && isSpace(text.charCodeAt(at))) at++;
    return at;
  }
  while (at < end && !isSpace(text.charCodeAt(at)) && !isBreakAfter(text.charCodeAt(at))) at++;
  while (at < end && isBreakAfter(text.charCodeAt(at))) at++;
  return at;
}

/** A hyphen, en dash, em dash or slash: a line may break after it. */
const isBreakAfter = (code: number): boolean => code === 0x2d || code === 0x2f || code === 0x2013 || code === 0x2014;

/** What `\s` matches in a regular expression: white space and line terminators. */
export function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

function wrapParagraph(
  text: string,
  start: number,
  end: number,
  maxWidth: number,
  measureSlice: (start: number, end: number) => number,
  lines: string[],
): void {
  // The line so far is text.slice(line, at): pieces are added whole, so it is always one slice.
  let line = start;
  // Its width: with pair kerning, adding a piece adds the piece's width and the kerning between
  // the line's last character and the piece's first, so each piece is measured once.
  let lineWidth = 0;
  const widthWith = (from: number, to: number): number =>
    line === from ? measureSlice(from, to) : lineWidth + measureSlice(from - 1, to) - measureSlice(from - 1, from);
  for (let at = start; at < end;) {
    const from = at;
    at = pieceEnd(text, from, end);
    if (isSpace(text.charCodeAt(from))) {
      // Spaces hang at the end of a line and never wrap it.
      lineWidth = widthWith(from, at);
      continue;
    }
    let width = widthWith(from, at);
    if (line !== from && width > maxWidth) {
      lines.push(text.slice(line, from).trimEnd());
      line = from;
      width = measureSlice(from, at);
    }
    if (line === from && width > maxWidth) {
      line = splitAnywhere(text, from, at, maxWidth, measureSlice, lines);
      lineWidth = measureSlice(line, at);
    } else {
      lineWidth = width;
    }
  }
  lines.push(text.slice(line, end).trimEnd());
}

/**
 * A word too long for any line, cut into pieces that fit (at least one character each): all
 * but the last become lines; returns where the last begins.
 */
function splitAnywhere(
  text: string,
  start: number,
  end: number,
  maxWidth: number,
  measureSlice: (start: number, end: number) => number,
  lines: string[],
): number {
  let part = start;
  for (let at = start; at < end;) {
    // A character is a code point: a surrogate pair stays whole.
    const next = at + (isPairAt(text, at, end) ? 2 : 1);
    if (part !== at && measureSlice(part, next) > maxWidth) {
      lines.push(text.slice(part, at));
      part = at;
    }
    at = next;
  }
  return part;
}

/** Whether a surrogate pair (one character beyond U+FFFF) starts at `at`, before `end`. */
export const isPairAt = (text: string, at: number, end: number): boolean =>
  (text.charCodeAt(at) & 0xfc00) === 0xd800 && at + 1 < end && (text.charCodeAt(at + 1) & 0xfc00) === 0xdc00;
