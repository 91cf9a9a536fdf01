import type { ArgumentMap, Relation } from '../../model/argumentMap';
import type { NodeId, RelationId } from '../../model/ids';
import { pushTo } from '../lists';
import { castUndercutTargets, membersOf } from './exportUndercutTargets';
import { ARGUMENT_KINDS, type ElementRole } from './nodeKinds';

/** An Argdown argument with a premise–conclusion structure (PCS) that the export writes. */
export interface Reconstruction {
  /** The map node standing for the argument; absent when it is written only to hold linked premises. */
  owner?: NodeId;
  /** Its inferences in writing order, each linked relation one step; the last is the main inference. */
  steps: Relation[];
}

/** How the map is cast into Argdown: which node is a statement, which relations become reconstructions. */
export interface ExportPlan {
  roles: Map<NodeId, ElementRole>;
  reconstructions: Reconstruction[];
  /** Every inference step → the reconstruction that writes it. */
  reconstructionOf: Map<RelationId, Reconstruction>;
  /** Relations a reconstruction writes (its steps, its owner's support of the conclusion). */
  absorbed: Set<RelationId>;
  /** Reconstructed argument node → its main conclusion (for the kinds the import will infer). */
  conclusionOf: Map<NodeId, NodeId>;
  /** A relation to write first under its source: the one an undercut of that source targets. */
  firstUnder: Map<NodeId, RelationId>;
}

const targetNode = (r: Relation): NodeId | undefined => ('node' in r.to ? r.to.node : undefined);

/**
 * The first relation into each node that passes a fixed test and is not claimed yet. Claimed
 * relations stay claimed, so each node's list is read from where the last answer stood: every
 * question together costs the number of relations, not relations × questions.
 */
class FirstUnclaimed {
  private readonly into = new Map<NodeId, { list: Relation[]; at: number }>();

  constructor(
    relations: Relation[],
    passes: (r: Relation) => boolean,
    private readonly claimed: ReadonlySet<RelationId>,
  ) {
    for (const r of relations) {
      const to = targetNode(r);
      if (!to || !passes(r)) continue;
      const entry = this.into.get(to);
      if (entry) entry.list.push(r);
      else this.into.set(to, { list: [r], at: 0 });
    }
  }

  of(node: NodeId): Relation | undefined {
    const entry = this.into.get(node);
    if (!entry) return undefined;
    while (entry.at < entry.list.length && this.claimed.has(entry.list[entry.at].id)) entry.at += 1;
    return entry.list[entry.at];
  }
}

/** Decides statements and arguments, reconstructions and their owners, for {@link exportArgdown}. */
export function planExport(map: ArgumentMap): ExportPlan {
  const relations = Object.values(map.relations);
  const { inferences, firstUnder } = castUndercutTargets(map);
  const statements = new Set(relations.filter((r) => inferences.has(r.id)).flatMap(membersOf));
  const roles = new Map<NodeId, ElementRole>();
  for (const node of Object.values(map.nodes)) {
    const isArgument = !statements.has(node.id) && (firstUnder.has(node.id) || ARGUMENT_KINDS.has(node.kind));
    roles.set(node.id, isArgument ? 'argument' : 'statement');
  }

  const outgoing = new Map<NodeId, Relation[]>();
  for (const r of relations) for (const premise of r.from) pushTo(outgoing, premise, r);
  const plan: ExportPlan = {
    roles,
    reconstructions: [],
    reconstructionOf: new Map(),
    absorbed: new Set(),
    conclusionOf: new Map(),
    firstUnder,
  };
  const claimed = new Set<RelationId>();
  const undercutTargets = new Set(relations.flatMap((r) => ('relation' in r.to ? [r.to.relation] : [])));
  // A reconstruction with one premise: a plain support between two statements into the conclusion.
  const singleInferences = new FirstUnclaimed(
    relations,
    (r) =>
      r.kind === 'support' &&
      !r.original &&
      r.from.length === 1 &&
      roles.get(r.from[0]) === 'statement' &&
      roles.get(targetNode(r)!) === 'statement',
    claimed,
  );
  // Inferences not claimed yet: those decided now, as any made later is claimed when it is made.
  const inferencesInto = new FirstUnclaimed(relations, (r) => inferences.has(r.id), claimed);
  const chainableInto = new FirstUnclaimed(
    relations,
    (r) => inferences.has(r.id) && !undercutTargets.has(r.id),
    claimed,
  );

  // An argument node whose one relation is the entailment of its conclusion (as the import links a
  // reconstructed argument) is the argument of the inference into that conclusion.
  const owners: [NodeId, Relation, Relation][] = [];
  for (const [node, role] of roles) {
    const out = outgoing.get(node) ?? [];
    const [link] = out;
    const conclusion = link && targetNode(link);
    if (role !== 'argument' || firstUnder.has(node) || out.length !== 1 || !conclusion) continue;
    if (link.kind !== 'support' || link.original !== 'entails') continue;
    const main = inferencesInto.of(conclusion) ?? singleInferences.of(conclusion);
    if (!main) continue;
    inferences.add(main.id);
    claimed.add(main.id);
    owners.push([node, link, main]);
  }

  const addReconstruction = (main: Relation, owner?: NodeId): void => {
    const steps: Relation[] = [];
    // Inferences into a premise join as earlier steps (intermediary conclusions), unless an undercut
    // needs them as a main one: depth first, each step after those into its premises, with an
    // explicit stack (a chain of 20,000 linked supports is one reconstruction 20,000 steps deep).
    const stack = [{ step: main, premise: 0 }];
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      if (top.premise === top.step.from.length) {
        steps.push(top.step);
        stack.pop();
        continue;
      }
      const sub = chainableInto.of(top.step.from[top.premise]);
      top.premise += 1;
      if (!sub) continue;
      claimed.add(sub.id);
      stack.push({ step: sub, premise: 0 });
    }
    const reconstruction: Reconstruction = { ...(owner ? { owner } : {}), steps };
    plan.reconstructions.push(reconstruction);
    for (const step of steps) {
      plan.reconstructionOf.set(step.id, reconstruction);
      plan.absorbed.add(step.id);
    }
  };
  for (const [owner, link, main] of owners) {
    addReconstruction(main, owner);
    plan.absorbed.add(link.id);
    plan.conclusionOf.set(owner, targetNode(main)!);
  }
  // Final conclusions first, so that inferences into their premises join them as earlier steps.
  const unclaimed = relations.filter((r) => inferences.has(r.id));
  const premises = new Set(unclaimed.flatMap((r) => r.from));
  const ordered = [...unclaimed.filter((r) => !premises.has(targetNode(r)!)), ...unclaimed];
  for (const r of ordered) {
    if (claimed.has(r.id)) continue;
    claimed.add(r.id);
    addReconstruction(r);
  }
  return plan;
}
