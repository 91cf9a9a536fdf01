import { visit } from 'jsonc-parser';

/**
 * The first key that appears twice in one JSON object, with its path, or null.
 * JSON.parse silently keeps the last copy, so a file with two nodes of the same id
 * would open with one of them gone; this lets the loader refuse it instead.
 */
export function firstDuplicateKey(text: string): { path: string; key: string } | null {
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
