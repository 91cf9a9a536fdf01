import type { ArgNode, ArgumentMap, Relation } from '../model/argumentMap';
import { asNodeId, asRelationId, type NodeId } from '../model/ids';
import type { NodeKind, RelationKind } from '../model/kinds';

/** A small seeded generator (mulberry32): the same seed gives the same map on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = 'the case for mediation rests on trust resources talks region peace conflict evidence shows that'.split(
  ' ',
);

class MapBuilder {
  readonly nodes = {} as Record<NodeId, ArgNode>;
  readonly relations: Record<string, Relation> = {};
  readonly depth: number[] = [];
  private relationCount = 0;
  constructor(readonly random: () => number) {}

  node(kind: NodeKind, depth: number): NodeId {
    const id = asNodeId(`n${this.depth.length}`);
    const words = 3 + Math.floor(this.random() * 28); // one to five lines in a card
    const text = Array.from({ length: words }, () => WORDS[Math.floor(this.random() * WORDS.length)]).join(' ');
    this.nodes[id] = { id, kind, text, position: { x: 0, y: 0 }, tags: [] };
    this.depth.push(depth);
    return id;
  }

  relate(kind: RelationKind, from: NodeId[], to: Relation['to']): Relation {
    // Counted, not Object.keys(…).length: listing every relation for each new one was quadratic
    // (a 20,000-node tree took 20 s to make).
    const id = asRelationId(`r${this.relationCount++}`);
    return (this.relations[id] = { id, kind, from, to });
  }

  map(title: string): ArgumentMap {
    return { meta: { title }, nodes: this.nodes, relations: this.relations as ArgumentMap['relations'] };
  }
}

/**
 * An argument tree of `count` nodes: a thesis, reasons and evidence beneath it with random
 * branching (0–5 children), objections and rebuttals, some undercuts, a few linked premises and
 * a few cross-links to a shallower node (never to an ancestor, so nothing is circular).
 */
export function generatedArgumentTree(count: number, seed = 1, crossLinks = Math.ceil(count / 50)): ArgumentMap {
  const random = seededRandom(seed);
  const b = new MapBuilder(random);
  const queue: { id: NodeId; depth: number; via?: Relation }[] = [{ id: b.node('thesis', 0), depth: 0 }];
  const parentOf: NodeId[] = [];
  // A read position, not queue.shift(): shifting a long array moves all of it.
  let head = 0;
  while (b.depth.length < count) {
    const last: (typeof queue)[number] = { id: asNodeId(`n${b.depth.length - 1}`), depth: b.depth[b.depth.length - 1] };
    const parent = head < queue.length ? queue[head++] : last;
    const roll = random();
    const kids = parent.depth === 0 ? 3 : roll < 0.3 ? 0 : roll < 0.55 ? 1 : roll < 0.8 ? 2 : roll < 0.92 ? 3 : 5;
    let previous: Relation | undefined;
    for (let k = 0; k < kids && b.depth.length < count; k += 1) {
      const kindRoll = random();
      const attack = kindRoll < 0.25;
      const id = b.node(attack ? 'objection' : kindRoll < 0.6 ? 'reason' : 'evidence', parent.depth + 1);
      parentOf[b.depth.length - 1] = parent.id;
      let relation: Relation;
      if (attack && parent.via && random() < 0.25) relation = b.relate('undercut', [id], { relation: parent.via.id });
      else if (!attack && previous && previous.from.length === 1 && previous.kind === 'support' && random() < 0.1)
        (relation = previous).from.push(id); // a linked argument: this premise joins its sibling's
      else relation = b.relate(attack ? 'attack' : 'support', [id], { node: parent.id });
      previous = relation;
      queue.push({ id, depth: parent.depth + 1, via: relation });
    }
  }
  addCrossLinks(b, crossLinks, (from, to) => b.depth[to] < b.depth[from] && !isAncestor(parentOf, to, from));
  return b.map(`Generated argument tree (${count} nodes)`);
}

/** A general graph: every node bears on an earlier one, and about half as many more relations again. */
export function generatedGraph(count: number, seed = 1): ArgumentMap {
  const random = seededRandom(seed);
  const b = new MapBuilder(random);
  b.node('thesis', 0);
  for (let i = 1; i < count; i += 1) {
    const target = asNodeId(`n${Math.floor(random() * i)}`);
    const id = b.node(random() < 0.3 ? 'objection' : 'reason', 0);
    b.relate(b.nodes[id].kind === 'objection' ? 'attack' : 'support', [id], { node: target });
  }
  addCrossLinks(b, Math.floor(count / 2), (from, to) => to < from);
  return b.map(`Generated graph (${count} nodes)`);
}

function addCrossLinks(b: MapBuilder, count: number, allowed: (from: number, to: number) => boolean): void {
  const n = b.depth.length;
  for (let tries = 0, added = 0; added < count && tries < count * 50; tries += 1) {
    const [from, to] = [Math.floor(b.random() * n), Math.floor(b.random() * n)];
    if (!allowed(from, to)) continue;
    b.relate('support', [asNodeId(`n${from}`)], { node: asNodeId(`n${to}`) });
    added += 1;
  }
}

function isAncestor(parentOf: NodeId[], ancestor: number, node: number): boolean {
  for (let at: NodeId | undefined = parentOf[node]; at; at = parentOf[Number(at.slice(1))]) {
    if (at === `n${ancestor}`) return true;
  }
  return false;
}
