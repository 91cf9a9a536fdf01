import type { ArgumentMap, Relation } from '../../model/argumentMap';

/**
 * Helpers for the AIF tests: a canonical form of a map that ignores ids and positions, and a check
 * of the AIF rules an export must follow.
 */

/**
 * The map as sorted strings: statements by content, relations by kind, premises and target.
 * `detail` says what of a statement counts: all of it, only what plain AIF carries (kind as inferred
 * from the structure, and text), or only its text.
 */
export function canonicalMap(
  map: ArgumentMap,
  detail: 'all' | 'aif' | 'text' = 'all',
): { nodes: string[]; relations: string[] } {
  const nodeKey = (id: string): string => {
    const n = map.nodes[id as keyof typeof map.nodes];
    if (detail === 'text') return n.text;
    if (detail === 'aif') return JSON.stringify([n.kind, n.text]);
    return JSON.stringify([n.kind, n.title ?? '', [...n.tags].sort(), n.notes ?? '', n.source?.quote ?? '', n.text]);
  };
  const relationKey = (relation: Relation, depth = 0): string => {
    const premises = relation.from.map(nodeKey).sort();
    const to =
      'node' in relation.to
        ? nodeKey(relation.to.node)
        : depth > 16
          ? 'deep'
          : relationKey(map.relations[relation.to.relation], depth + 1);
    return JSON.stringify([relation.kind, relation.original ?? '', premises, to]);
  };
  return {
    nodes: Object.keys(map.nodes).map(nodeKey).sort(),
    relations: Object.values(map.relations)
      .map((r) => relationKey(r))
      .sort(),
  };
}

/** An exported document as another AIF tool sees it: without Argmap's "argmap" members. */
export function withoutArgmapExtension(text: string): string {
  return JSON.stringify(JSON.parse(text), (key, value: unknown) => (key === 'argmap' ? undefined : value));
}

interface AifLike {
  nodes: { nodeID: string; type: string; text: string }[];
  edges: { edgeID: number | string; fromID: string; toID: string }[];
}

/** Every way an AIF nodeset breaks the format's rules; empty when it follows them. */
export function aifRuleViolations(aif: AifLike): string[] {
  const problems: string[] = [];
  const typeOf = new Map<string, string>();
  for (const node of aif.nodes) {
    if (typeOf.has(node.nodeID)) problems.push(`node id ${node.nodeID} used twice`);
    typeOf.set(node.nodeID, node.type);
  }
  const edgeIds = new Set<string>();
  const ins = new Map<string, number>();
  const outs = new Map<string, number>();
  for (const edge of aif.edges) {
    const id = String(edge.edgeID);
    if (edgeIds.has(id)) problems.push(`edge id ${id} used twice`);
    edgeIds.add(id);
    const [from, to] = [typeOf.get(edge.fromID), typeOf.get(edge.toID)];
    if (!from || !to) problems.push(`edge ${id} has a missing end`);
    if (from === 'I' && to === 'I') problems.push(`edge ${id} joins two I nodes`);
    outs.set(edge.fromID, (outs.get(edge.fromID) ?? 0) + 1);
    ins.set(edge.toID, (ins.get(edge.toID) ?? 0) + 1);
  }
  for (const [id, type] of typeOf) {
    if (type === 'I') continue;
    if (!ins.get(id)) problems.push(`S node ${id} has no incoming edge`);
    if (!outs.get(id)) problems.push(`S node ${id} has no outgoing edge`);
  }
  return problems;
}
