/**
 * A realistic argument map of any size for benchmarks: one thesis; reasons, evidence, objections and
 * rebuttals beneath it in a tree (each node that has premises has 2–5 of them); about 5% of the
 * premises joined into linked arguments; a few undercuts and a few cross-links between branches.
 * Deterministic: the same size and seed give the same bytes on every machine.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ArgNode, ArgumentMap, Relation } from '../../src/shared/model/argumentMap';
import { asNodeId, asRelationId, type NodeId, type RelationId } from '../../src/shared/model/ids';
import type { NodeKind } from '../../src/shared/model/kinds';
import { relationKindForChild } from '../../src/shared/model/graph';
import { autoLayout } from '../../src/shared/layout/autoLayout';
import { checkArgumentMap } from '../../src/shared/schema/argumentMapSchema';
import { serializeArgmap } from '../../src/shared/formats/argmapFormat';
import { seededRandom } from '../../src/shared/testing/generatedMaps';

const SUBJECTS = [
  'the mediator',
  'regional trade',
  'the ceasefire',
  'public opinion',
  'the neighbouring states',
  'energy exports',
  'the security council',
  'local elections',
  'the border commission',
  'foreign investment',
  'the opposition',
  'independent observers',
];
const VERBS = [
  'depends on',
  'undermines',
  'strengthens',
  'is limited by',
  'has improved',
  'cannot replace',
  'shows the value of',
  'was weakened by',
  'gives credibility to',
  'raises the cost of',
];
const OBJECTS = [
  'long-term trust between the parties',
  'the talks held last spring',
  'its dependence on a single buyer',
  'the record of earlier agreements',
  'a neutral venue for negotiations',
  'the economic ties in the region',
  'verifiable commitments from both sides',
  'the pressure of domestic politics',
  'the interests of larger powers',
  'access to reliable information',
];
const TAILS = [
  '',
  ', according to the 2023 survey',
  ', as the minister admitted in March',
  ' more than any other single factor',
  ', at least in the short run',
  ', although the data are incomplete',
  ' in every case studied so far',
];
const TAGS = ['economy', 'security', 'diplomacy', 'history', 'law', 'media'];

/** Which kinds bear on a node of a kind, with their weights. */
const CHILD_KINDS: Record<string, [NodeKind, number][]> = {
  support: [
    ['reason', 0.5],
    ['evidence', 0.2],
    ['objection', 0.3],
  ],
  objection: [
    ['rebuttal', 0.6],
    ['reason', 0.25],
    ['evidence', 0.15],
  ],
  rebuttal: [
    ['evidence', 0.4],
    ['reason', 0.3],
    ['objection', 0.3],
  ],
  evidence: [
    ['objection', 0.6],
    ['evidence', 0.4],
  ],
};

export interface GeneratedMapOptions {
  seed?: number;
  /** Share of nodes (with siblings to link to) that join a sibling's support as a linked premise. */
  linkedShare?: number;
  undercutShare?: number;
  crossLinkShare?: number;
}

export function generateMap(count: number, options: GeneratedMapOptions = {}): ArgumentMap {
  const { seed = 1, linkedShare = 0.05, undercutShare = 0.01, crossLinkShare = 0.01 } = options;
  if (count < 1) throw new Error('A map needs at least one node.');
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const weighted = (choices: [NodeKind, number][]): NodeKind => {
    let roll = random();
    for (const [kind, weight] of choices) if ((roll -= weight) < 0) return kind;
    return choices[choices.length - 1][0];
  };
  const sentence = (): string => {
    const text = `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)}${pick(TAILS)}`;
    return `${text[0].toUpperCase()}${text.slice(1)}.`;
  };

  const nodes = {} as Record<NodeId, ArgNode>;
  const relations = {} as Record<RelationId, Relation>;
  const depth = new Map<NodeId, number>();
  const parentOf = new Map<NodeId, NodeId>();
  /** The relation that hangs each node under its parent. */
  const viaOf = new Map<NodeId, Relation>();
  const ids: NodeId[] = [];
  const pad = String(count).length;
  let relationCount = 0;
  const addNode = (kind: NodeKind, level: number): NodeId => {
    const id = asNodeId(`n-${String(ids.length).padStart(pad, '0')}`);
    ids.push(id);
    const text = random() < 0.3 ? `${sentence()} ${sentence()}` : sentence();
    const tags = random() < 0.15 ? [pick(TAGS)] : [];
    nodes[id] = { id, kind, text, position: { x: 0, y: 0 }, tags };
    if (random() < 0.05) nodes[id].notes = 'Check this against the transcript.';
    depth.set(id, level);
    return id;
  };
  const addRelation = (kind: Relation['kind'], from: NodeId[], to: Relation['to']): Relation => {
    const id = asRelationId(`r-${String(relationCount++).padStart(pad, '0')}`);
    return (relations[id] = { id, kind, from, to });
  };

  const thesis = addNode('thesis', 0);
  const queue: NodeId[] = [thesis];
  let head = 0;
  while (ids.length < count) {
    // Breadth first; if every branch has ended, a random node grows a new one.
    const parent = head < queue.length ? queue[head++] : pick(ids);
    const level = depth.get(parent) ?? 0;
    // The thesis always has premises; deeper down, more and more branches end.
    if (parent !== thesis && random() < 0.25 + 0.05 * level) continue;
    const kids = 2 + Math.floor(random() * 4);
    const parentKind = nodes[parent].kind;
    const choices = CHILD_KINDS[parentKind] ?? CHILD_KINDS.support;
    let previous: Relation | undefined;
    for (let k = 0; k < kids && ids.length < count; k += 1) {
      const kind = weighted(choices);
      const id = addNode(kind, level + 1);
      parentOf.set(id, parent);
      const via = viaOf.get(parent);
      let relation: Relation;
      if (kind === 'objection' && via && random() < undercutShare * 4) {
        // An undercut: the objection attacks the inference from the parent to the grandparent.
        relation = addRelation('undercut', [id], { relation: via.id });
      } else if (
        relationKindForChild(kind) === 'support' &&
        previous?.kind === 'support' &&
        previous.from.length < 3 &&
        random() < linkedShare * 2.5
      ) {
        relation = previous;
        relation.from.push(id); // a linked argument: it supports only together with its sibling
      } else {
        relation = addRelation(relationKindForChild(kind), [id], { node: parent });
      }
      viaOf.set(id, relation);
      previous = relation;
      queue.push(id);
    }
  }

  // Cross-links: a node also bears on a shallower node in another branch (never an ancestor: no cycles).
  const isAncestor = (ancestor: NodeId, of: NodeId): boolean => {
    for (let at = parentOf.get(of); at; at = parentOf.get(at)) if (at === ancestor) return true;
    return false;
  };
  const wanted = Math.round(count * crossLinkShare);
  for (let added = 0, tries = 0; added < wanted && tries < wanted * 100; tries += 1) {
    const [from, to] = [pick(ids), pick(ids)];
    if ((depth.get(to) ?? 0) >= (depth.get(from) ?? 0) || isAncestor(to, from)) continue;
    addRelation(random() < 0.7 ? 'support' : 'attack', [from], { node: to });
    added += 1;
  }

  const map: ArgumentMap = {
    meta: { title: `Generated argument map (${count} nodes, seed ${seed})`, date: '2024-01-01' },
    nodes,
    relations,
  };
  for (const [id, position] of autoLayout(map)) nodes[id].position = position;
  const checked = checkArgumentMap(map);
  if (!checked.ok) throw new Error(`The generated map is invalid at ${checked.path}: ${checked.message}`);
  return map;
}

/** Generates a map and writes it as an .argmap file in a fresh temporary folder; returns the path. */
export async function writeGeneratedMap(count: number, options: GeneratedMapOptions = {}): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'argmap-bench-'));
  const file = join(dir, `generated-${count}.argmap`);
  await writeFile(file, serializeArgmap(generateMap(count, options)));
  return file;
}
