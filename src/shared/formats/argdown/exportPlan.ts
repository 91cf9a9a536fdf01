import type { ArgumentMap, Relation } from '../../model/argumentMap';
import type { NodeId, RelationId } from '../../model/ids';
import { pushTo } from './lists';
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

const isLinkedSupport = (r: Relation): boolean => r.kind === 'support' && r.from.length > 1 && 'node' in r.to;
const targetNode = (r: Relation): NodeId | undefined => ('node' in r.to ? r.to.node : undefined);

function membersOf(relations: Relation[]): Set<NodeId> {
  return new Set(relations.flatMap((r) => [...r.from, ...('node' in r.to ? [r.to.node] : [])]));
}

/**
 * Which relations must be written as inferences of a reconstruction, and which undercut targets
 * are written first under their source. Argdown links premises only in a reconstruction, whose
 * members are statements, and undercuts an argument as a whole: a target relation is either the
 * main inference of a reconstruction or the first relation of an argument. A support from a
 * statement becomes an inference; an attack makes its source an argument. Repeats until stable,
 * as each new inference turns its ends into statements.
 */
function castUndercutTargets(map: ArgumentMap): { inferences: Set<RelationId>; firstUnder: Map<NodeId, RelationId> } {
  const relations = Object.values(map.relations);
  const inferences = new Set(relations.filter(isLinkedSupport).map((r) => r.id));
  const targets = relations.flatMap((r) =>
    'relation' in r.to && map.relations[r.to.relation] ? [map.relations[r.to.relation]] : [],
  );
  for (;;) {
    const statements = membersOf(relations.filter((r) => inferences.has(r.id)));
    const firstUnder = new Map<NodeId, RelationId>();
    let grew = false;
    for (const target of targets) {
      if (inferences.has(target.id)) continue;
      const source = target.from[0];
      const free = !statements.has(source) && (firstUnder.get(source) ?? target.id) === target.id;
      const canInfer = target.kind === 'support' && target.from.length === 1 && 'node' in target.to;
      if (free && (!canInfer || ARGUMENT_KINDS.has(map.nodes[source].kind))) firstUnder.set(source, target.id);
      else if (canInfer) {
        inferences.add(target.id);
        grew = true;
      }
    }
    if (!grew) return { inferences, firstUnder };
  }
}

/** Decides statements and arguments, reconstructions and their owners, for {@link exportArgdown}. */
export function planExport(map: ArgumentMap): ExportPlan {
  const relations = Object.values(map.relations);
  const { inferences, firstUnder } = castUndercutTargets(map);
  const statements = membersOf(relations.filter((r) => inferences.has(r.id)));
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
  const singleInference = (conclusion: NodeId): Relation | undefined =>
    relations.find(
      (r) =>
        r.kind === 'support' &&
        !r.original &&
        targetNode(r) === conclusion &&
        r.from.length === 1 &&
        roles.get(r.from[0]) === 'statement' &&
        roles.get(conclusion) === 'statement' &&
        !claimed.has(r.id),
    );
  const unclaimedInto = (node: NodeId, chainable: boolean): Relation | undefined =>
    relations.find(
      (r) =>
        inferences.has(r.id) &&
        !claimed.has(r.id) &&
        targetNode(r) === node &&
        !(chainable && undercutTargets.has(r.id)),
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
    const main = unclaimedInto(conclusion, false) ?? singleInference(conclusion);
    if (!main) continue;
    inferences.add(main.id);
    claimed.add(main.id);
    owners.push([node, link, main]);
  }

  const addReconstruction = (main: Relation, owner?: NodeId): void => {
    const steps: Relation[] = [];
    // Inferences into a premise join as earlier steps (intermediary conclusions), unless an undercut needs them as a main one.
    const visit = (step: Relation): void => {
      for (const premise of step.from) {
        const sub = unclaimedInto(premise, true);
        if (!sub) continue;
        claimed.add(sub.id);
        visit(sub);
      }
      steps.push(step);
    };
    visit(main);
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
