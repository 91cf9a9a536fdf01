/**
 * How deeply JSON text nests its objects and arrays: 0 for a bare value, 1 for `{}` or `[]`, 2 for
 * `{"a": []}`. One pass over the text with a counter, before any structured work: JSON.parse takes
 * any depth, but what walks the value afterwards (zod, our own walks, whatever a future step adds)
 * need not, so a loader refuses text nested deeper than its format ever is before it looks
 * further. Brackets inside strings do not count; a string's end is found with indexOf, a quote
 * after an odd run of backslashes being inside it. Text that is not JSON gets some number (an
 * unclosed string ends the count), and JSON.parse then says what is wrong with it.
 */
export function jsonNesting(text: string): number {
  let depth = 0;
  let deepest = 0;
  for (let at = 0; at < text.length; at++) {
    const char = text.charCodeAt(at);
    if (char === QUOTE) {
      at = stringEnd(text, at);
      if (at === -1) break;
    } else if (char === OPEN_BRACE || char === OPEN_BRACKET) {
      depth += 1;
      if (depth > deepest) deepest = depth;
    } else if ((char === CLOSE_BRACE || char === CLOSE_BRACKET) && depth > 0) {
      depth -= 1;
    }
  }
  return deepest;
}

/** The index of the quote that closes the string opening at `start`, or -1 if none does. */
function stringEnd(text: string, start: number): number {
  let end = text.indexOf('"', start + 1);
  while (end !== -1) {
    let backslashes = 0;
    while (text.charCodeAt(end - 1 - backslashes) === BACKSLASH) backslashes += 1;
    if (backslashes % 2 === 0) return end;
    end = text.indexOf('"', end + 1);
  }
  return -1;
}

const [QUOTE, BACKSLASH, OPEN_BRACE, CLOSE_BRACE, OPEN_BRACKET, CLOSE_BRACKET] = [34, 92, 123, 125, 91, 93];

/**
 * Text nested deeper than `limit`: how deep, written for a message ("5,000"), or null within it.
 * Loaders call this first and word the refusal in their own way.
 */
export function nestedDeeperThan(text: string, limit: number): string | null {
  const depth = jsonNesting(text);
  return depth > limit ? depth.toLocaleString('en-US') : null;
}
