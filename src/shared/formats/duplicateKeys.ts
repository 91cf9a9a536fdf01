import { visit } from 'jsonc-parser';

/**
 * The first key that appears twice in one JSON object, with its path, or null.
 * JSON.parse silently keeps the last copy, so a file with two nodes of the same id
 * would open with one of them gone; this lets the loader refuse it instead.
 */
export function firstDuplicateKey(text: string, parsed?: unknown): { path: string; key: string } | null {
  // Fast path: a file whose keys, counted in the text, all survive JSON.parse has no duplicate.
  // Counting is a jump from quote to quote; the full scan below (a tenth of a second cold on a
  // 1,000-node map) then runs only for a file that really has one, to name where.
  if (parsed !== undefined && keysIn(parsed) === keyTokensIn(text)) return null;
  const open: { keys: Set<string>; path: string }[] = [];
  let found: { path: string; key: string } | null = null;
  visit(text, {
    onObjectBegin: (_offset, _length, _line, _column, pathSupplier) => {
      open.push({ keys: new Set(), path: pathSupplier().map(String).join('.') });
    },
    onObjectProperty: (key) => {
      const current = open.at(-1);
      if (!current || found) return;
      if (current.keys.has(key)) found = { path: current.path ? `${current.path}.${key}` : key, key };
      current.keys.add(key);
    },
    onObjectEnd: () => {
      open.pop();
    },
  });
  return found;
}

/**
 * How many keys JSON text holds: strings followed by a colon. The text must be valid JSON (JSON.parse
 * took it): then quotes outside strings do not occur, and only JSON's whitespace can stand between a
 * key and its colon. Jumps from quote to quote with indexOf; a quote after an odd run of backslashes
 * is inside the string.
 */
export function keyTokensIn(text: string): number {
  let keys = 0;
  let start = text.indexOf('"');
  while (start !== -1) {
    let end = text.indexOf('"', start + 1);
    for (;;) {
      if (end === -1) return keys;
      let backslashes = 0;
      while (text.charCodeAt(end - 1 - backslashes) === BACKSLASH) backslashes += 1;
      if (backslashes % 2 === 0) break;
      end = text.indexOf('"', end + 1);
    }
    let at = end + 1;
    let char = text.charCodeAt(at);
    while (char === SPACE || char === LINE_FEED || char === CARRIAGE_RETURN || char === TAB)
      char = text.charCodeAt(++at);
    if (char === COLON) keys += 1;
    start = text.indexOf('"', at);
  }
  return keys;
}
const [BACKSLASH, SPACE, LINE_FEED, CARRIAGE_RETURN, TAB, COLON] = [92, 32, 10, 13, 9, 58];

/** How many keys a parsed JSON value holds, at every depth. */
export function keysIn(value: unknown): number {
  if (typeof value !== 'object' || value === null) return 0;
  let keys = 0;
  if (Array.isArray(value)) {
    for (const item of value) keys += keysIn(item);
    return keys;
  }
  // A for-in loop allocates nothing; on what JSON.parse makes it sees the own keys (Object.prototype has no enumerable ones).
  for (const key in value) keys += 1 + keysIn((value as Record<string, unknown>)[key]);
  return keys;
}
