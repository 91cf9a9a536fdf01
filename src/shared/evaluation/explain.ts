import type { ArgNode, ArgumentMap, Relation } from '../model/argumentMap';
import type { NodeId, RelationId } from '../model/ids';
import { NODE_KIND_LABELS } from '../model/kinds';
import { idsOf, type EvaluationIndex } from './evaluationIndex';
import { needsSupport } from './rules';
import type { Evaluation, NodeStatus } from './statuses';

/** Why a node has its status: one or two sentences, and the nodes they name (in the order named). */
export interface Explanation {
  readonly status: NodeStatus;
  readonly text: string;
  readonly named: readonly NodeId[];
}

const QUOTE_LENGTH = 48;

/** A node as a sentence names it: its kind and the start of its title or text, in quotes. */
function nameOf(node: ArgNode): string {
  const words = (node.title ?? node.text).replace(/\s+/g, ' ').trim() || 'untitled';
  const short =
    [...words].length > QUOTE_LENGTH
      ? `${[...words]
          .slice(0, QUOTE_LENGTH - 1)
          .join('')
          .trimEnd()}…`
      : words;
  return `the ${NODE_KIND_LABELS[node.kind].toLowerCase()} ‘${short}’`;
}

/** Writes the sentences, collecting the nodes they name. */
class Sentences {
  readonly named: NodeId[] = [];
  constructor(private readonly map: ArgumentMap) {}

  name(id: NodeId): string {
    if (!this.named.includes(id)) this.named.push(id);
    return nameOf(this.map.nodes[id]);
  }

  /** The premises of a relation, named: "the reason ‘A’" or "the reason ‘A’ and the evidence ‘B’". */
  premises(relation: Relation): string {
    const names = relation.from.map((id) => this.name(id));
    return names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  }
}

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * Explains a node's status in plain words, naming the nodes that decide it: the attack that
 * holds, the supports that fail, what defeats its attackers, or the undecided point it waits on.
 */
export function explainNode(map: ArgumentMap, evaluation: Evaluation, index: EvaluationIndex, id: NodeId): Explanation {
  const node = map.nodes[id];
  const status = evaluation.nodes.get(id) ?? 'open';
  const words = new Sentences(map);
  const statusOf = (relation: RelationId) => evaluation.relations.get(relation) ?? 'open';
  const attacks = [...idsOf(index.attacksOn, id)].map((r) => map.relations[r]);
  const supports = [...idsOf(index.supportsOn, id)].map((r) => map.relations[r]);
  const needs = needsSupport(node, supports.length);

  /** Why a relation fails: a premise that falls, or an undercut that holds. */
  const whyFails = (relation: Relation): string => {
    const fallen = relation.from.find((premise) => evaluation.nodes.get(premise) === 'falls');
    if (fallen !== undefined) return whyFalls(fallen);
    const undercut = [...idsOf(index.undercutsOn, relation.id)].find((u) => statusOf(u) === 'holds');
    if (undercut !== undefined) {
      const link = { support: 'the support from', attack: 'the attack by', undercut: 'the undercut by' }[relation.kind];
      return `${words.premises(map.relations[undercut])} undercuts ${link} ${words.premises(relation)}`;
    }
    return `${words.premises(relation)} no longer bears on it`;
  };
  /** Why a (premise) node falls, as a clause. */
  const whyFalls = (premise: NodeId): string => {
    const target = map.nodes[premise];
    if (target.mark === 'rejected') return `you rejected ${words.name(premise)}`;
    const attack = [...idsOf(index.attacksOn, premise)].find((r) => statusOf(r) === 'holds');
    if (attack !== undefined) return `${words.premises(map.relations[attack])} defeats ${words.name(premise)}`;
    return `${words.name(premise)} has no support left`;
  };

  if (status === 'falls') {
    if (node.mark === 'rejected') return { status, text: 'Falls: you rejected it.', named: [] };
    const holding = attacks.find((r) => statusOf(r.id) === 'holds');
    if (holding) {
      const text =
        holding.from.length === 1
          ? `Falls: ${words.premises(holding)} stands and attacks it.`
          : `Falls: ${words.premises(holding)} stand and together attack it.`;
      return { status, text, named: words.named };
    }
    const reasons = supports.slice(0, 3).map(whyFails);
    const more = supports.length > 3 ? '; …' : '';
    const text =
      supports.length === 1
        ? `Falls: its only support fails, because ${reasons[0]}.`
        : `Falls: every support on it fails (${reasons.join('; ')}${more}).`;
    return { status, text, named: words.named };
  }

  if (status === 'stands') {
    const holding = supports.find((r) => statusOf(r.id) === 'holds');
    // Named in the order the sentences name them: the attacks first, then what it rests on.
    const reasons = attacks.slice(0, 3).map(whyFails);
    const basis =
      node.mark === 'accepted'
        ? 'you accepted it'
        : needs && holding
          ? `${words.premises(holding)} ${holding.from.length === 1 ? 'stands and supports' : 'stand and together support'} it`
          : 'it is taken as given (no support bears on it)';
    if (attacks.length === 0) return { status, text: `Stands: ${basis} and nothing attacks it.`, named: words.named };
    const more = attacks.length > 3 ? '; …' : '';
    const first =
      attacks.length === 1
        ? `its only attack fails (${reasons[0]})`
        : `every attack on it fails (${reasons.join('; ')}${more})`;
    return { status, text: `Stands: ${first}. ${capitalise(basis)}.`, named: words.named };
  }

  // Open: name what it waits on, and say how to decide it.
  const decide = 'accept or reject one to decide.';
  for (const attack of attacks) {
    if (statusOf(attack.id) !== 'open') continue;
    const attacker = attack.from.find((premise) => evaluation.nodes.get(premise) === 'open');
    if (attacker === undefined) {
      const undercut = [...idsOf(index.undercutsOn, attack.id)].find((u) => statusOf(u) === 'open');
      const by = undercut === undefined ? '' : `, undercut by ${words.premises(map.relations[undercut])}`;
      return {
        status,
        text: `Open: whether the attack by ${words.premises(attack)} holds is undecided${by}; ${decide}`,
        named: words.named,
      };
    }
    const mutual = [...idsOf(index.attacksOn, attacker)].some(
      (r) => map.relations[r].from.includes(id) && statusOf(r) === 'open',
    );
    const text = mutual
      ? `Open: it and ${words.name(attacker)} attack each other and neither is decided; ${decide}`
      : `Open: ${words.name(attacker)} attacks it and is itself undecided; ${decide}`;
    return { status, text, named: words.named };
  }
  const waiting = supports.find((r) => statusOf(r.id) === 'open');
  if (waiting) {
    const premise = waiting.from.find((p) => evaluation.nodes.get(p) === 'open');
    const text =
      premise !== undefined
        ? `Open: it rests on ${words.name(premise)}, which is undecided (it may depend on itself in a loop); ${decide}`
        : `Open: its support from ${words.premises(waiting)} may be undercut, which is undecided; ${decide}`;
    return { status, text, named: words.named };
  }
  return { status, text: `Open: it is undecided; ${decide}`, named: words.named };
}
