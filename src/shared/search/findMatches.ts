import type { ArgNode, ArgumentMap } from '../model/argumentMap';
import type { NodeId } from '../model/ids';
import { outlineEntries } from '../formats/outline';

/**
 * Nodes whose text, title, notes, tags or source quote contain the query (ignoring case
 * and accents), in reading order, so "next match" walks the map as one reads it.
 */
export function findMatches(map: ArgumentMap, query: string): NodeId[] {
  const needle = fold(query.trim());
  if (!needle) return [];
  // The canvas, the find bar and the outline all ask after each change: search each map once per query.
  const known = lastSearch.get(map);
  if (known?.needle === needle) return known.matches;
  const matches = outlineEntries(map)
    .map((entry) => entry.node)
    .filter((node) => holdsNeedle(node, needle))
    .map((node) => node.id);
  lastSearch.set(map, { needle, matches });
  return matches;
}

/** Whether one node's text, title, notes, tags or source quote contain the query (ignoring case and accents). */
export function nodeMatches(node: ArgNode, query: string): boolean {
  const needle = fold(query.trim());
  return needle !== '' && holdsNeedle(node, needle);
}

const holdsNeedle = (node: ArgNode, needle: string): boolean =>
  [node.text, node.title ?? '', node.notes ?? '', node.source?.quote ?? '', ...node.tags].some((field) =>
    fold(field).includes(needle),
  );

const lastSearch = new WeakMap<ArgumentMap, { needle: string; matches: NodeId[] }>();

const fold = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
