// What the step from file format 2 to 3 does to a whole map (mapRecord.ts names them). They run
// before the schema checks the map, so they read it as unknown data: what they do not recognise
// they leave as it is, for the schema to refuse.

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const entriesOf = (table: unknown): [string, Json][] =>
  isObject(table) ? (Object.entries(table).filter(([, record]) => isObject(record)) as [string, Json][]) : [];
const targetNode = (relation: Json): string | undefined =>
  isObject(relation.to) && typeof relation.to.node === 'string' ? relation.to.node : undefined;
const premisesOf = (relation: Json): string[] =>
  Array.isArray(relation.from) ? relation.from.filter((id): id is string => typeof id === 'string') : [];

/**
 * Format 2 stored "Add Recommendation" on a node as the recommendation supporting that node.
 * A recommendation follows from what it was added to: each single-premise support from a
 * recommendation into a node that is not one is turned round (the node now supports the
 * recommendation), unless the map already has that relation.
 */
export function recommendationsFollow(map: unknown): unknown {
  if (!isObject(map) || !isObject(map.relations)) return map;
  const nodes = isObject(map.nodes) ? map.nodes : {};
  const kindOf = (id: string | undefined): unknown => (id && isObject(nodes[id]) ? nodes[id].kind : undefined);
  const relations = entriesOf(map.relations);
  const existing = new Set(
    relations.map(([, r]) => `${String(r.kind)}|${premisesOf(r).join(',')}|${targetNode(r) ?? ''}`),
  );
  let changed = false;
  const next = Object.fromEntries(
    Object.entries(map.relations).map(([id, relation]) => {
      if (!isObject(relation) || relation.kind !== 'support') return [id, relation];
      const [premise, ...others] = premisesOf(relation);
      const target = targetNode(relation);
      if (others.length > 0 || !Array.isArray(relation.from) || relation.from.length !== 1) return [id, relation];
      if (kindOf(premise) !== 'recommendation' || !target || kindOf(target) === 'recommendation') return [id, relation];
      if (kindOf(target) === undefined || existing.has(`support|${target}|${premise}`)) return [id, relation];
      changed = true;
      return [id, { ...relation, from: [target], to: { node: premise } }];
    }),
  );
  return changed ? { ...map, relations: next } : map;
}

/**
 * Format 3 stores the order of a node's premises (`order`, premiseOrder.ts). A format-2 map had
 * only their places on the canvas, so each node's premises are numbered left to right (then top
 * to bottom) as they stood: the map reads as it did. A premise counts under the node its first
 * relation bears on (a recommendation under its first premise, as the tree hangs it).
 */
export function premiseOrderFromPositions(map: unknown): unknown {
  if (!isObject(map) || !isObject(map.nodes)) return map;
  const nodes = map.nodes;
  const parentOf = new Map<string, string>();
  const relations = entriesOf(map.relations);
  const relationsById = new Map(relations);
  for (const [, relation] of relations) {
    let target = targetNode(relation);
    if (!target && isObject(relation.to) && typeof relation.to.relation === 'string') {
      target = premisesOf(relationsById.get(relation.to.relation) ?? {})[0];
    }
    if (!target) continue;
    const targetRecord = nodes[target];
    const conclusion = relation.kind === 'support' && isObject(targetRecord) && targetRecord.kind === 'recommendation';
    for (const premise of premisesOf(relation)) {
      const [child, parent] = conclusion ? [target, premise] : [premise, target];
      if (child !== parent && !parentOf.has(child)) parentOf.set(child, parent);
    }
  }
  const siblings = new Map<string, string[]>();
  for (const [child, parent] of parentOf) {
    if (!isObject(nodes[child])) continue;
    if (siblings.has(parent)) siblings.get(parent)!.push(child);
    else siblings.set(parent, [child]);
  }
  const place = (id: string): [number, number] => {
    const position = (nodes[id] as Json).position;
    const { x, y } = isObject(position) ? position : {};
    return [typeof x === 'number' ? x : 0, typeof y === 'number' ? y : 0];
  };
  const order = new Map<string, number>();
  for (const ids of siblings.values()) {
    const sorted = [...ids].sort((a, b) => place(a)[0] - place(b)[0] || place(a)[1] - place(b)[1]);
    sorted.forEach((id, i) => order.set(id, i));
  }
  if (order.size === 0) return map;
  const next = Object.fromEntries(
    Object.entries(nodes).map(([id, node]) =>
      order.has(id) && isObject(node) ? [id, withOrder(node, order.get(id)!)] : [id, node],
    ),
  );
  return { ...map, nodes: next };
}

/** The node with `order`, written where the record declares it (after `position`). */
function withOrder(node: Json, order: number): Json {
  const next: Json = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'order') continue;
    next[key] = value;
    if (key === 'position') next.order = order;
  }
  if (!('order' in next)) next.order = order;
  return next;
}
