import type { ArgNode, ArgumentMap, Relation } from '../../model/argumentMap';
import { asNodeId, asRelationId, type NodeId } from '../../model/ids';

// For the tests only: maps built from short specs, and maps compared up to ids.

/** A map from short node and relation specs, for tests that build their own. */
export function makeMap(
  nodes: (Omit<Partial<ArgNode>, 'id'> & { id: string; text: string })[],
  relations: (Omit<Relation, 'id' | 'from' | 'to'> & {
    from: string[];
    to: string | { relation: string };
    id?: string;
  })[] = [],
): ArgumentMap {
  const map: ArgumentMap = { meta: { title: 'Test map' }, nodes: {}, relations: {} };
  for (const node of nodes) {
    const id = asNodeId(node.id);
    map.nodes[id] = { kind: 'claim', position: { x: 0, y: 0 }, tags: [], ...node, id };
  }
  relations.forEach((relation, index) => {
    const id = asRelationId(relation.id ?? `r${index + 1}`);
    const to =
      typeof relation.to === 'string'
        ? { node: asNodeId(relation.to) }
        : { relation: asRelationId(relation.to.relation) };
    map.relations[id] = { ...relation, id, from: relation.from.map(asNodeId), to };
  });
  return map;
}

/** A map compared up to ids and titles: nodes by text, relations by their nodes' texts. */
export function canonByText(map: ArgumentMap): { nodes: unknown[]; relations: string[] } {
  const nodes = Object.values(map.nodes)
    .map(({ text, kind, tags, notes, source }) => ({ text, kind, tags: [...tags].sort(), notes, source }))
    .sort((a, b) => a.text.localeCompare(b.text));
  const textOf = (id: NodeId): string => map.nodes[id].text;
  const line = (r: Relation): string => {
    const to = 'node' in r.to ? textOf(r.to.node) : `[${line(map.relations[r.to.relation])}]`;
    return `${r.from.map(textOf).sort().join(' + ')} ${r.kind}${r.original ? `/${r.original}` : ''} ${to}`;
  };
  return { nodes, relations: Object.values(map.relations).map(line).sort() };
}
