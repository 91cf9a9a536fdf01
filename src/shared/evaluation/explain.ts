import type { ArgNode, ArgumentMap, Relation } from '../model/argumentMap';
import type { NodeId, RelationId } from '../model/ids';
import { NODE_KIND_LABELS } from '../model/kinds';
import { idsOf, type EvaluationIndex } from './evaluationIndex';
import { needsSupport } from './rules';
import type { Evaluation, NodeStatus } from './statuses';

/** A piece of an explanation: plain words, or a node it names (shown as a link that selects it). */
export type ExplanationPart = string | { readonly node: NodeId; readonly text: string };

/** Why a node has its status: one or two sentences, and the nodes they name (in the order named). */
export interface Explanation {
  readonly status: NodeStatus;
  readonly text: string;
  readonly named: readonly NodeId[];
  /** The text in pieces, the named nodes' names apart. */
  readonly parts: readonly ExplanationPart[];
}

// Names are written as markers first, so the finished text can be cut into parts at them.
const OPEN = '\u{E000}';
const CLOSE = '\u{E001}';
const MARKER = /\u{E000}(\d+)\u{E001}/u;

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
    return `${OPEN}${this.names.push({ node: id, text: nameOf(this.map.nodes[id]) }) - 1}${CLOSE}`;
  }

  private readonly names: { node: NodeId; text: string }[] = [];

  /** The explanation, its names put in. */
  done(status: NodeStatus, raw: string): Explanation {
    const pieces = raw.split(new RegExp(MARKER.source, 'gu'));
    // split with a capture group alternates words and name indexes.
    const parts: ExplanationPart[] = pieces
      .map((piece, i): ExplanationPart => {
        if (i % 2 === 0) return piece;
        const name = this.names[Number(piece)];
        // A name that begins a sentence begins with a capital.
        return i > 0 && /\.\s$/.test(pieces[i - 1]) ? { ...name, text: capitalise(name.text) } : name;
      })
      .filter((part) => part !== '');
    const text = parts.map((part) => (typeof part === 'string' ? part : part.text)).join('');
    return { status, text, named: this.named, parts };
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
    if (node.mark === 'rejected') return words.done(status, 'Falls: you rejected it.');
    const holding = attacks.find((r) => statusOf(r.id) === 'holds');
    if (holding) {
      const text =
        holding.from.length === 1
          ? `Falls: ${words.premises(holding)} stands and attacks it.`
          : `Falls: ${words.premises(holding)} stand and together attack it.`;
      return words.done(status, text);
    }
    const reasons = supports.slice(0, 3).map(whyFails);
    const more = supports.length > 3 ? '; …' : '';
    const text =
      supports.length === 1
        ? `Falls: its only support fails, because ${reasons[0]}.`
        : `Falls: every support on it fails (${reasons.join('; ')}${more}).`;
    return words.done(status, text);
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
    if (attacks.length === 0) return words.done(status, `Stands: ${basis} and nothing attacks it.`);
    const more = attacks.length > 3 ? '; …' : '';
    const first =
      attacks.length === 1
        ? `its only attack fails (${reasons[0]})`
        : `every attack on it fails (${reasons.join('; ')}${more})`;
    return words.done(status, `Stands: ${first}. ${capitalise(basis)}.`);
  }

  // Open: name what it waits on, and say how to decide it.
  const decide = 'accept or reject one to decide.';
  for (const attack of attacks) {
    if (statusOf(attack.id) !== 'open') continue;
    const attacker = attack.from.find((premise) => evaluation.nodes.get(premise) === 'open');
    if (attacker === undefined) {
      const undercut = [...idsOf(index.undercutsOn, attack.id)].find((u) => statusOf(u) === 'open');
      const by = undercut === undefined ? '' : `, undercut by ${words.premises(map.relations[undercut])}`;
      return words.done(
        status,
        `Open: whether the attack by ${words.premises(attack)} holds is undecided${by}; ${decide}`,
      );
    }
    const mutual = [...idsOf(index.attacksOn, attacker)].some(
      (r) => map.relations[r].from.includes(id) && statusOf(r) === 'open',
    );
    const text = mutual
      ? `Open: it and ${words.name(attacker)} attack each other and neither is decided; ${decide}`
      : `Open: ${words.name(attacker)} attacks it and is itself undecided; ${decide}`;
    return words.done(status, text);
  }
  const waiting = supports.find((r) => statusOf(r.id) === 'open');
  if (waiting) {
    const premise = waiting.from.find((p) => evaluation.nodes.get(p) === 'open');
    const text =
      premise !== undefined
        ? `Open: it rests on ${words.name(premise)}, which is undecided (it may depend on itself in a loop); ${decide}`
        : `Open: its support from ${words.premises(waiting)} may be undercut, which is undecided; ${decide}`;
    return words.done(status, text);
  }
  return words.done(status, `Open: it is undecided; ${decide}`);
}
