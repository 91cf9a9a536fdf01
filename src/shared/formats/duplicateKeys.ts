/**
 * The first key that appears twice in one JSON object, with its path, or null.
 * JSON.parse silently keeps the last copy, so a file with two nodes of the same id
 * would open with one of them gone; this lets the loader refuse it instead. The text
 * must be valid JSON (the loader asks only after JSON.parse took it).
 */
export function firstDuplicateKey(text: string, parsed?: unknown): { path: string; key: string } | null {
  // Fast path: a file whose keys, counted in the text, all survive JSON.parse has no duplicate.
  // Counting is a jump from quote to quote; the walk below then runs only for a file that really
  // has one, to name where.
  if (parsed !== undefined && keysIn(parsed) === keyTokensIn(text)) return null;
  return walkForDuplicate(text);
}

/** An object or array being read: its path, and for an object the keys so far and the one being read. */
interface Open {
  /** Null for the document itself: a root key "" must still give the path ".a", not "a". */
  path: string | null;
  keys: Set<string> | null;
  key: string;
  index: number;
  expectKey: boolean;
}

/**
 * Reads valid JSON text token by token, with a stack rather than recursion (JSON.parse takes any
 * depth), keeping each open object's keys: the first one seen twice, with the object's path
 * (`map.nodes`, array items by index). Strings are found as keyTokensIn finds them.
 */
function walkForDuplicate(text: string): { path: string; key: string } | null {
  const open: Open[] = [];
  const join = (path: string | null, segment: string | number): string =>
    path === null ? String(segment) : `${path}.${segment}`;
  /** The path of the value about to be read. */
  const here = (): string | null => {
    const current = open.at(-1);
    if (!current) return null;
    return current.keys ? join(current.path, current.key) : join(current.path, current.index);
  };
  for (let at = 0; at < text.length; at++) {
    const char = text.charCodeAt(at);
    if (char === QUOTE) {
      let end = text.indexOf('"', at + 1);
      for (;;) {
        let backslashes = 0;
        while (text.charCodeAt(end - 1 - backslashes) === BACKSLASH) backslashes += 1;
        if (backslashes % 2 === 0) break;
        end = text.indexOf('"', end + 1);
      }
      const current = open.at(-1);
      if (current?.keys && current.expectKey) {
        const key = JSON.parse(text.slice(at, end + 1)) as string;
        // Named as the loader always named it: the object's path (its segments joined), then the key,
        // the key alone where that path is empty (the document, or an object under a "" key).
        if (current.keys.has(key)) return { path: current.path ? `${current.path}.${key}` : key, key };
        current.keys.add(key);
        current.key = key;
        current.expectKey = false;
      }
      at = end;
    } else if (char === OPEN_BRACE || char === OPEN_BRACKET) {
      const object = char === OPEN_BRACE;
      open.push({ path: here(), keys: object ? new Set() : null, key: '', index: 0, expectKey: object });
    } else if (char === CLOSE_BRACE || char === CLOSE_BRACKET) {
      open.pop();
    } else if (char === COMMA) {
      const current = open.at(-1);
      if (current?.keys) current.expectKey = true;
      else if (current) current.index += 1;
    }
  }
  return null;
}

const [QUOTE, OPEN_BRACE, CLOSE_BRACE, OPEN_BRACKET, CLOSE_BRACKET, COMMA] = [34, 123, 125, 91, 93, 44];

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

/**
 * How many keys a parsed JSON value holds, at every depth. With a stack, not recursion: JSON.parse
 * takes any depth, and a count must not be what overflows on it.
 */
export function keysIn(value: unknown): number {
  let keys = 0;
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const next = pending.pop();
    if (typeof next !== 'object' || next === null) continue;
    if (Array.isArray(next)) {
      for (let i = 0; i < next.length; i++) pending.push(next[i]);
      continue;
    }
    // A for-in loop allocates nothing; on what JSON.parse makes it sees the own keys (Object.prototype has no enumerable ones).
    for (const key in next) {
      keys += 1;
      pending.push((next as Record<string, unknown>)[key]);
    }
  }
  return keys;
}
