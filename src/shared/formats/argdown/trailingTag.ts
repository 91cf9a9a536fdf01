// A tag as Argdown writes it (ModelPlugin's pattern): `#word` or `#(several words)`, at the end of a
// text. Searching for it with the pattern unanchored at its start tries every position of the text,
// and taking tags off one by one that way was quadratic (10,000 tags on a line: seconds); here
// the few places a trailing tag can start are found from the end, and the pattern only confirms.
const TAG_AT = /#(?:\([^)]+\)|[a-zA-Z0-9\-\u00A0-\uD7FF\uF900-\uFDCF\uFDF0-\uFFEF]+)\s*$/y;
const WHITESPACE = /\s/;

/** Whether a character may stand in a `#word` tag or after it (the tag's letters, or whitespace). */
const inWordOrSpace = (char: string): boolean => {
  const code = char.charCodeAt(0);
  return (
    (code >= 0x30 && code <= 0x39) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x61 && code <= 0x7a) ||
    code === 0x2d ||
    (code >= 0xa0 && code <= 0xd7ff) ||
    (code >= 0xf900 && code <= 0xfdcf) ||
    (code >= 0xfdf0 && code <= 0xffef) ||
    WHITESPACE.test(char)
  );
};

/**
 * The tag at the very end of a text (whitespace after it allowed): where it starts (its `#`) and
 * the tag without `#` and parentheses; null if the text does not end in one. The same as the first
 * match of `\s*#(?:\([^)]+\)|[…]+)\s*$` in the text, found in time proportional to the tag.
 */
export function trailingTag(text: string): { start: number; tag: string } | null {
  const candidates: number[] = [];
  // `#word`: the word and the whitespace after it run back to the `#`.
  let start = text.length;
  while (start > 0 && inWordOrSpace(text[start - 1])) start--;
  if (start > 0 && text[start - 1] === '#') candidates.push(start - 1);
  // `#(words)`: the last `)` ends the text but for whitespace, and no `)` stands inside.
  let end = text.length - 1;
  while (end >= 0 && WHITESPACE.test(text[end])) end--;
  if (end > 0 && text[end] === ')') {
    const open = text.indexOf('#(', text.lastIndexOf(')', end - 1) + 1);
    if (open !== -1 && open + 2 < end) candidates.push(open);
  }
  // The leftmost that the pattern confirms, as a search from the left would find it.
  for (const at of candidates.sort((a, b) => a - b)) {
    TAG_AT.lastIndex = at;
    const match = TAG_AT.exec(text);
    if (match)
      return {
        start: at,
        tag: match[0]
          .trim()
          .slice(1)
          .replace(/^\((.*)\)$/, '$1'),
      };
  }
  return null;
}
