import type { Relation } from '../../model/argumentMap';
import type { NodeId, RelationId } from '../../model/ids';
import { NodeKind, NODE_KINDS } from '../../model/kinds';
import { pushTo } from '../lists';

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
 * depend on the order of the nodes: the export runs the same rules to know which kinds it must
 * spell out as data for the import to give them back.
 */
export function inferKinds(structure: KindStructure): Map<NodeId, NodeKind> {
  const inference = new KindInference(structure);
  return new Map([...structure.roles.keys()].map((id) => [id, inference.kindOf(id)]));
}

/**
 * {@link inferKinds} node by node, with kinds given one at a time ({@link give}). Each argument
 * counts the objections among what it attacks, and a given kind updates only the counts of the
 * nodes that attack it: the export settles which kinds to write in time linear in the map, where
 * asking inferKinds again after each round took a round per link of an attack chain.
 */
export class KindInference {
  private readonly given: Map<NodeId, NodeKind>;
  private readonly roles: ReadonlyMap<NodeId, ElementRole>;
  private readonly outgoing = new Set<NodeId>();
  /** Each node → how many attacks and undercuts it (or the conclusion speaking for it) makes. */
  private readonly attackCount = new Map<NodeId, number>();
  /** Each node → the nodes whose attacks hit it, once per hit: they ask whether it is an objection. */
  private readonly attackers = new Map<NodeId, NodeId[]>();
  /** Each attacking node → how many of its hits land on an objection. */
  private readonly objectionHits = new Map<NodeId, number>();

  constructor({ relations, roles, conclusionOf, given }: KindStructure) {
    this.roles = roles;
    this.given = new Map(given);
    const attacksFrom = new Map<NodeId, Relation[]>();
    for (const relation of Object.values(relations)) {
      for (const premise of relation.from) {
        this.outgoing.add(premise);
        if (relation.kind !== 'support') pushTo(attacksFrom, premise, relation);
      }
    }
    for (const id of roles.keys()) {
      const attacks = attacksFrom.get(conclusionOf.get(id) ?? id) ?? [];
      this.attackCount.set(id, attacks.length);
      for (const relation of attacks) {
        const hit = 'node' in relation.to ? [relation.to.node] : (relations[relation.to.relation]?.from ?? []);
        for (const target of hit) pushTo(this.attackers, target, id);
      }
    }
    for (const [target, attackers] of this.attackers) {
      if (!this.isObjection(target)) continue;
      for (const attacker of attackers) this.objectionHits.set(attacker, (this.objectionHits.get(attacker) ?? 0) + 1);
    }
  }

  private isObjection(id: NodeId): boolean {
    const kind = this.given.get(id);
    if (kind) return kind === NodeKind.objection;
    return this.roles.get(id) === 'argument' && (this.attackCount.get(id) ?? 0) > 0;
  }

  kindOf(id: NodeId): NodeKind {
    const stated = this.given.get(id);
    if (stated) return stated;
    if (this.roles.get(id) === 'statement') return this.outgoing.has(id) ? NodeKind.claim : NodeKind.thesis;
    if ((this.attackCount.get(id) ?? 0) === 0) return NodeKind.reason;
    return (this.objectionHits.get(id) ?? 0) > 0 ? NodeKind.rebuttal : NodeKind.objection;
  }

  isGiven(id: NodeId): boolean {
    return this.given.has(id);
  }

  /** Gives a node its kind; returns the nodes whose inferred kind may change with it. */
  give(id: NodeId, kind: NodeKind): readonly NodeId[] {
    const before = this.isObjection(id);
    this.given.set(id, kind);
    if (this.isObjection(id) === before) return [];
    const attackers = this.attackers.get(id) ?? [];
    for (const attacker of attackers) {
      this.objectionHits.set(attacker, (this.objectionHits.get(attacker) ?? 0) + (before ? -1 : 1));
    }
    return attackers;
  }
}
