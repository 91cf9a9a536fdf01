import type { ArgumentMap } from '../../../shared/model/argumentMap';
import type { NodeId } from '../../../shared/model/ids';
import { outlineEntries, type OutlineEntry } from '../../../shared/formats/outline';
import { findMatches } from '../../../shared/search/findMatches';
import { keepWhileTreeStands, nextMatches, nextOutline } from '../../../shared/derived/incremental';
import type { MapChange } from '../../../shared/derived/mapChange';
import type { EditorStore } from './editorStore';

/**
 * The views the canvas and the panels derive from the map, carried from the map before the last
 * edit to the map after it by what the edit changed (shared/derived): typing in a card of a
 * 10,000-node map updates one outline row and one find verdict, not 10,000. Any other pair of
 * maps (a map opened, a version skipped by a deferred render) is computed whole.
 */
interface Carried<T> {
  map: ArgumentMap;
  key: unknown;
  value: T;
}

/**
 * The last few versions are kept: the canvas reads the newest map while a deferred panel may still
 * read the one before, and neither must push the other's out.
 */
const KEPT = 3;

function carry<T>(
  cache: WeakMap<EditorStore, Carried<T>[]>,
  store: EditorStore,
  map: ArgumentMap,
  key: unknown,
  compute: (map: ArgumentMap) => T,
  update: (previous: T, change: MapChange) => T,
): T {
  const kept = cache.get(store) ?? [];
  const known = kept.find((entry) => entry.map === map && entry.key === key);
  if (known) return known.value;
  const change = store.lastChange;
  const before =
    change?.after === map ? kept.find((entry) => entry.map === change.before && entry.key === key) : undefined;
  const value = before && change ? update(before.value, change) : compute(map);
  cache.set(store, [{ map, key, value }, ...kept].slice(0, KEPT));
  return value;
}

const outlines = new WeakMap<EditorStore, Carried<OutlineEntry[]>[]>();
const matchLists = new WeakMap<EditorStore, Carried<NodeId[]>[]>();

/** The map's outline (its tree in reading order). */
export const outlineOf = (store: EditorStore, map: ArgumentMap): OutlineEntry[] =>
  carry(outlines, store, map, null, outlineEntries, nextOutline);

/** Find's matches for the query, in reading order. */
export function matchesOf(store: EditorStore, map: ArgumentMap, query: string): NodeId[] {
  const outline = outlineOf(store, map);
  return carry(
    matchLists,
    store,
    map,
    query,
    (whole) => findMatches(whole, query),
    (previous, change) => nextMatches(previous, change, query, outline),
  );
}

const treeViews = new Map<string, WeakMap<EditorStore, Carried<unknown>[]>>();

/** Something derived from the map's tree alone (what folds hide, which nodes have children): kept while the tree stands. */
export function treeViewOf<T>(
  store: EditorStore,
  name: string,
  map: ArgumentMap,
  key: unknown,
  compute: (map: ArgumentMap) => T,
): T {
  let cache = treeViews.get(name) as WeakMap<EditorStore, Carried<T>[]> | undefined;
  if (!cache) treeViews.set(name, (cache = new WeakMap()) as WeakMap<EditorStore, Carried<unknown>[]>);
  return carry(cache, store, map, key, compute, (previous, change) => keepWhileTreeStands(previous, change, compute));
}
