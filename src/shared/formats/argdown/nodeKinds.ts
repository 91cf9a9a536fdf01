import type { Relation } from '../../model/argumentMap';
import type { NodeId, RelationId } from '../../model/ids';
import { NodeKind, NODE_KINDS } from '../../model/kinds';
import { pushTo } from './lists';

/** What a map node is in Argdown: a statement (`[Title]`) or an argument (`<Title>`). */
export type ElementRole = 'statement' | 'argument';

/** Node kinds that stand for an Argdown argument unless the map says otherwise. */
export const ARGUMENT_KINDS: ReadonlySet<NodeKind> = new Set<NodeKind>([
  NodeKind.reason,
  NodeKind.objection,
  NodeKind.rebuttal,
]);

/** The data key that names a node kind: `[Title]: text {kind: evidence}`. */
export const KIND_KEY = 'kind';

/** A node kind written in Argdown data, in any letter case; undefined when it is none. */
export function kindFromData(value: unknown): NodeKind | undefined {
  if (typeof value !== 'string') return undefined;
  const kind = value.trim().toLowerCase();
  return (NODE_KINDS as readonly string[]).includes(kind) ? (kind as NodeKind) : undefined;
}

export interface KindStructure {
  relations: Record<RelationId, Relation>;
  roles: ReadonlyMap<NodeId, ElementRole>;
  /** A reconstructed argument's node → its main conclusion's node: the conclusion speaks for it. */
  conclusionOf: ReadonlyMap<NodeId, NodeId>;
  /** Kinds given outright (Argdown data); they win over what the structure suggests. */
  given: ReadonlyMap<NodeId, NodeKind>;
}

/**
 * The kind each node gets on import. A statement is the thesis when it bears on nothing, a claim
 * otherwise. An argument is a reason, unless it (or, reconstructed, its conclusion) attacks or
 * undercuts something: then it is an objection, or a rebuttal when what it attacks is an objection
 * (given as such, or an attacking argument itself). One pass, no recursion, so the answer does not
 * depend on the order of the nodes: the export runs the same function to know which kinds it must
 * spell out as data for the import to give them back.
 */
export function inferKinds(structure: KindStructure): Map<NodeId, NodeKind> {
  const { relations, roles, conclusionOf, given } = structure;
  const outgoing = new Map<NodeId, Relation[]>();
  for (const relation of Object.values(relations)) {
    for (const premise of relation.from) pushTo(outgoing, premise, relation);
  }
  const attacksBy = (id: NodeId): Relation[] =>
    (outgoing.get(conclusionOf.get(id) ?? id) ?? []).filter((relation) => relation.kind !== 'support');
  const isObjection = (id: NodeId): boolean => {
    const kind = given.get(id);
    if (kind) return kind === NodeKind.objection;
    return roles.get(id) === 'argument' && attacksBy(id).length > 0;
  };

  const kinds = new Map<NodeId, NodeKind>();
  for (const [id, role] of roles) {
    const stated = given.get(id);
    if (stated) kinds.set(id, stated);
    else if (role === 'statement') kinds.set(id, outgoing.has(id) ? NodeKind.claim : NodeKind.thesis);
    else kinds.set(id, argumentKind(attacksBy(id), relations, isObjection));
  }
  return kinds;
}

function argumentKind(
  attacks: Relation[],
  relations: Record<RelationId, Relation>,
  isObjection: (id: NodeId) => boolean,
): NodeKind {
  if (attacks.length === 0) return NodeKind.reason;
  const attacked = attacks.flatMap((relation) =>
    'node' in relation.to ? [relation.to.node] : (relations[relation.to.relation]?.from ?? []),
  );
  return attacked.some(isObjection) ? NodeKind.rebuttal : NodeKind.objection;
}
