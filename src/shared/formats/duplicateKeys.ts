import { visit } from 'jsonc-parser';

/**
 * The first key that appears twice in one JSON object, with its path, or null.
 * JSON.parse silently keeps the last copy, so a file with two nodes of the same id
 * would open with one of them gone; this lets the loader refuse it instead.
 */
export function firstDuplicateKey(text: string, parsed?: unknown): { path: string; key: string } | null {
  // Fast path: a file whose keys, counted in the text, all survive JSON.parse has no duplicate.
  // Counting is one native regex pass; the full scan below (a tenth of a second cold on a
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

/** Every string in JSON text, in order, with the colon that makes it a key: outside strings there are no quotes. */
const JSON_STRING = /"(?:[^"\\]|\\.)*"(\s*:)?/g;

function keyTokensIn(text: string): number {
  let keys = 0;
  for (const match of text.matchAll(JSON_STRING)) if (match[1]) keys += 1;
  return keys;
}

function keysIn(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + keysIn(item), 0);
  if (value === null || typeof value !== 'object') return 0;
  let keys = 0;
  for (const item of Object.values(value)) keys += 1 + keysIn(item);
  return keys;
}
