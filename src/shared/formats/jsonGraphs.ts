/**
 * Which argument-graph JSON a file holds, AIF or SADFace: both are `{nodes, edges}` lists, both are
 * saved as .json, and a file picked as one may well be the other. The AIF and SADFace readers ask
 * here before they read, so each names the format it sees ("This is a SADFace file, not AIF") instead
 * of failing at the first field its schema expects; File › Import… and `argmap convert` ask here
 * which reader a .json file needs.
 */

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const objectsOf = (value: unknown): Record<string, unknown>[] => (Array.isArray(value) ? value.filter(isRecord) : []);

/** SADFace's node types (lower case, as SADFace writes them). */
const SADFACE_NODE_TYPES: ReadonlySet<string> = new Set(['atom', 'scheme']);

/** What a parsed JSON value looks like to the argument-graph readers. */
export type JsonGraphKind = 'aif' | 'sadface' | 'other';

/**
 * SADFace: nodes of type "atom" or "scheme" with an `id`, edges with `source_id` and `target_id`,
 * metadata under `metadata.core`. AIF: nodes with a `nodeID` (a nodeset), or an OVA3 save's "AIF" block.
 */
export function jsonGraphKind(raw: unknown): JsonGraphKind {
  if (!isRecord(raw)) return 'other';
  if ('AIF' in raw) return 'aif';
  const nodes = objectsOf(raw.nodes);
  const edges = objectsOf(raw.edges);
  if (nodes.some((node) => 'nodeID' in node) || edges.some((edge) => 'fromID' in edge || 'toID' in edge)) return 'aif';
  const sadfaceNode = nodes.some(
    (node) => typeof node.type === 'string' && SADFACE_NODE_TYPES.has(node.type.toLowerCase()) && 'id' in node,
  );
  const sadfaceEdge = edges.some((edge) => 'source_id' in edge || 'target_id' in edge);
  const sadfaceMeta = isRecord(raw.metadata) && isRecord(raw.metadata.core);
  if (sadfaceNode || sadfaceEdge || (sadfaceMeta && Array.isArray(raw.nodes))) return 'sadface';
  return Array.isArray(raw.nodes) ? 'aif' : 'other';
}

/** A cheap look at text, without parsing it: whether it reads as SADFace rather than AIF. */
export function looksLikeSadfaceText(text: string): boolean {
  if (/"nodeID"\s*:|"fromID"\s*:|"AIF"\s*:/.test(text)) return false;
  return /"type"\s*:\s*"(?:atom|scheme)"|"source_id"\s*:|"target_id"\s*:/i.test(text);
}

/** The member names a list's objects have, most common first: "id, label and x". */
export function memberNames(list: unknown, most = 4): string[] {
  const counts = new Map<string, number>();
  for (const item of objectsOf(list).slice(0, 200)) {
    for (const key of Object.keys(item)) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, most)
    .map(([key]) => key);
}

/** The distinct `type` values of a list's objects, as a message quotes them: `"foo", "bar"`; '' when none. */
export function typesSeen(list: unknown, most = 5): string {
  const types = new Set<string>();
  for (const item of objectsOf(list)) {
    if (typeof item.type === 'string' || typeof item.type === 'number') types.add(String(item.type));
    if (types.size > most) break;
  }
  const named = [...types].slice(0, most).map((type) => `"${type}"`);
  return types.size > most ? `${named.join(', ')}, …` : named.join(', ');
}
