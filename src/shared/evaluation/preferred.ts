import type { ArgumentMap } from '../model/argumentMap';
import type { NodeId, RelationId } from '../model/ids';
import { idsOf, type EvaluationIndex } from './evaluationIndex';
import { needsSupport } from './rules';
import type { Evaluation, NodeStatus, RelationStatus } from './statuses';

/** The most open nodes the preferred view is computed for: beyond, it is said to be unavailable. */
export const PREFERRED_LIMIT = 30;
/** Guesses tried before giving up (a component with very many complete labellings). */
const SEARCH_BUDGET = 2_000_000;

/** How a node fares over the preferred labellings. */
export interface PreferredNode {
  /** Stands if it stands in every preferred labelling, falls if it falls in every one, else open. */
  readonly status: NodeStatus;
  /** It stands in at least one preferred labelling. */
  readonly credulous: boolean;
}

export type PreferredView =
  | {
      readonly available: true;
      readonly nodes: ReadonlyMap<NodeId, PreferredNode>;
      readonly relations: ReadonlyMap<RelationId, RelationStatus>;
    }
  | { readonly available: false; readonly reason: string };

type Guess = NodeStatus | undefined;
type Known = RelationStatus | 'unknown';

/**
 * The preferred (credulous) view of a map: the complete labellings that extend the grounded one
 * (every complete labelling does), the maximal ones among them, and for each node whether it
 * stands or falls in all of them, and whether it stands in some. Exact: the open nodes are split
 * into groups that do not touch, and each group's labellings are searched for with every node
 * checked against the rules as soon as what it reads is guessed. Unavailable for more than
 * PREFERRED_LIMIT open nodes.
 */
export function evaluatePreferred(map: ArgumentMap, grounded: Evaluation, index: EvaluationIndex): PreferredView {
  const open = [...grounded.nodes].filter(([, status]) => status === 'open').map(([id]) => id);
  if (open.length > PREFERRED_LIMIT) {
    return {
      available: false,
      reason: `The preferred view is computed for up to ${PREFERRED_LIMIT} open nodes; this map has ${open.length}.`,
    };
  }
  const guesses = new Map<NodeId, Guess>(open.map((id) => [id, undefined]));
  const nodeLabel = (id: NodeId): Guess => (guesses.has(id) ? guesses.get(id) : grounded.nodes.get(id));

  // A relation's status under the current guesses ('unknown' while a guess it reads is missing).
  let memo = new Map<RelationId, Known>();
  const relationLabel = (id: RelationId, visiting = new Set<RelationId>()): Known => {
    const grounds = grounded.relations.get(id);
    if (grounds !== 'open') return grounds ?? 'open';
    const known = memo.get(id);
    if (known) return known;
    if (visiting.has(id)) return 'open'; // an undercut loop: nothing decides it
    visiting.add(id);
    const relation = map.relations[id];
    let falls = false;
    let pending = false;
    let unknown = false;
    for (const premise of relation.from) {
      const label = nodeLabel(premise);
      if (label === 'falls') falls = true;
      else if (label === undefined) unknown = true;
      else if (label !== 'stands') pending = true;
    }
    for (const undercut of idsOf(index.undercutsOn, id)) {
      const label = relationLabel(undercut, visiting);
      if (label === 'holds') falls = true;
      else if (label === 'unknown') unknown = true;
      else if (label !== 'fails') pending = true;
    }
    visiting.delete(id);
    const result: Known = falls ? 'fails' : unknown ? 'unknown' : pending ? 'open' : 'holds';
    memo.set(id, result);
    return result;
  };
  // What the rules make of a node under the current guesses (undefined while unknown).
  const ruleFor = (id: NodeId): Guess => {
    const node = map.nodes[id];
    if (node.mark === 'rejected') return 'falls';
    let attackHolds = false;
    let attacksFail = true;
    let attackUnknown = false;
    for (const attack of idsOf(index.attacksOn, id)) {
      const label = relationLabel(attack);
      if (label === 'holds') attackHolds = true;
      if (label !== 'fails') attacksFail = false;
      if (label === 'unknown') attackUnknown = true;
    }
    if (attackHolds) return 'falls';
    const supports = idsOf(index.supportsOn, id);
    const needs = needsSupport(node, supports.size);
    let supportHolds = false;
    let supportsFail = true;
    let supportUnknown = false;
    for (const support of supports) {
      const label = relationLabel(support);
      if (label === 'holds') supportHolds = true;
      if (label !== 'fails') supportsFail = false;
      if (label === 'unknown') supportUnknown = true;
    }
    if (needs && supportsFail) return 'falls';
    if (attacksFail && (!needs || supportHolds)) return 'stands';
    if (attackUnknown || (needs && supportUnknown)) return undefined;
    return 'open';
  };

  const tally = new Map<NodeId, { stands: number; falls: number; total: number }>();
  const relationTally = new Map<RelationId, { holds: number; fails: number; total: number }>();
  let budget = SEARCH_BUDGET;
  for (const group of groupsOf(map, open, grounded)) {
    const found: NodeStatus[][] = [];
    const search = (at: number): boolean => {
      if (--budget < 0) return false;
      if (at === group.nodes.length) {
        found.push(group.nodes.map((id) => guesses.get(id)!));
        return true;
      }
      const id = group.nodes[at];
      for (const guess of ['stands', 'falls', 'open'] as const) {
        guesses.set(id, guess);
        memo = new Map();
        // Every guessed node whose rule is now known must agree with its guess.
        const consistent = group.nodes.slice(0, at + 1).every((other) => {
          const rule = ruleFor(other);
          return rule === undefined || rule === guesses.get(other);
        });
        if (consistent && !search(at + 1)) return false;
      }
      guesses.set(id, undefined);
      return true;
    };
    if (!search(0)) {
      return {
        available: false,
        reason: 'The preferred view would take too long here: its open nodes can be decided in too many ways.',
      };
    }
    const preferred = found.filter((labels) => !found.some((other) => other !== labels && extends_(other, labels)));
    group.nodes.forEach((id, i) => {
      const count = { stands: 0, falls: 0, total: preferred.length };
      for (const labels of preferred)
        if (labels[i] === 'stands') count.stands++;
        else if (labels[i] === 'falls') count.falls++;
      tally.set(id, count);
    });
    for (const labels of preferred) {
      group.nodes.forEach((id, i) => guesses.set(id, labels[i]));
      memo = new Map();
      for (const relation of group.relations) {
        const count = relationTally.get(relation) ?? { holds: 0, fails: 0, total: 0 };
        const label = relationLabel(relation);
        count.total++;
        if (label === 'holds') count.holds++;
        else if (label === 'fails') count.fails++;
        relationTally.set(relation, count);
      }
    }
    group.nodes.forEach((id) => guesses.set(id, grounded.nodes.get(id)));
  }

  const nodes = new Map<NodeId, PreferredNode>();
  for (const [id, status] of grounded.nodes) {
    const count = tally.get(id);
    if (!count) nodes.set(id, { status, credulous: status === 'stands' });
    else {
      const every = count.stands === count.total ? 'stands' : count.falls === count.total ? 'falls' : 'open';
      nodes.set(id, { status: every, credulous: count.stands > 0 });
    }
  }
  const relations = new Map<RelationId, RelationStatus>();
  for (const [id, status] of grounded.relations) {
    const count = relationTally.get(id);
    if (!count) relations.set(id, status);
    else relations.set(id, count.holds === count.total ? 'holds' : count.fails === count.total ? 'fails' : 'open');
  }
  return { available: true, nodes, relations };
}

/** `more` decides everything `less` decides, the same way, and more besides. */
function extends_(more: NodeStatus[], less: NodeStatus[]): boolean {
  let larger = false;
  for (let i = 0; i < less.length; i++) {
    if (less[i] === 'open') larger ||= more[i] !== 'open';
    else if (more[i] !== less[i]) return false;
  }
  return larger;
}

interface Group {
  nodes: NodeId[];
  relations: RelationId[];
}

/** The open nodes in groups joined by open relations (a guess in one group never touches another). */
function groupsOf(map: ArgumentMap, open: NodeId[], grounded: Evaluation): Group[] {
  const parent = new Map<string, string>(open.map((id) => [id, id]));
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(id, root);
    return root;
  };
  const join = (a: string, b: string): void => void parent.set(find(a), find(b));
  const openRelations = [...grounded.relations].filter(([, s]) => s === 'open').map(([id]) => id);
  for (const id of openRelations) parent.set(id, id);
  for (const id of openRelations) {
    const relation = map.relations[id];
    for (const premise of relation.from) if (parent.has(premise)) join(premise, id);
    const to = relation.to;
    const target = 'node' in to ? to.node : to.relation;
    if (parent.has(target)) join(target, id);
  }
  const groups = new Map<string, Group>();
  const groupOf = (id: string): Group => {
    const root = find(id);
    let group = groups.get(root);
    if (!group) groups.set(root, (group = { nodes: [], relations: [] }));
    return group;
  };
  for (const id of open) groupOf(id).nodes.push(id);
  for (const id of openRelations) groupOf(id).relations.push(id);
  return [...groups.values()].filter((group) => group.nodes.length > 0 || group.relations.length > 0);
}
