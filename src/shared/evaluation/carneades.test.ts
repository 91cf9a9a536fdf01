import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import type { ArgumentMap, Relation } from '../model/argumentMap';
import { asNodeId, asRelationId, type NodeId, type RelationId } from '../model/ids';
import { claim } from '../testing/evaluationMaps';
import { evaluateGrounded } from './grounded';

// The Carneades 4 examples (../shared/fixtures/carneades/, MPL 2.0) with their expected labels,
// read as maps. The mapping from their YAML to a map:
// - a statement is a node;
// - an argument is a relation: a support from its premises to its conclusion (a "convergent"
//   scheme makes one support per premise, each enough alone; otherwise the premises are linked);
//   an argument without premises gets one premise node of its own, given, standing for it;
// - an argument's undercutter is an undercut from that statement to the argument's relation;
// - the positions of an issue attack one another (a statement with a contrary position becomes an
//   attack on it, both ways);
// - assumptions are given: an assumption that is also argued for is accepted by the user;
// - a statement that is neither an assumption nor the conclusion of any argument is out in
//   Carneades (nobody asserts it and nothing argues for it): on a map, the user rejected it.
// Carneades' in / out / undecided are stands / falls / open.

interface CarneadesGraph {
  statements?: Record<string, string>;
  issues?: Record<string, { positions: string[] }>;
  arguments?: Record<
    string,
    { conclusion: string; premises?: string[] | Record<string, string>; undercutter?: string; scheme?: string }
  >;
  argument_schemes?: unknown;
  assumptions?: string[];
  tests?: { in?: string[]; out?: string[]; undecided?: string[] };
}

const folder = join(process.cwd(), '../shared/fixtures/carneades');

/** A statement's name as a node id (the schema's id alphabet has no ¬ or parentheses). */
const nodeIdOf = (statement: string): NodeId =>
  asNodeId(`s-${[...statement].map((c) => (/[A-Za-z0-9]/.test(c) ? c : `_${c.codePointAt(0)}`)).join('')}`);

function carneadesMap(graph: CarneadesGraph): ArgumentMap {
  const statements = Object.keys(graph.statements ?? {});
  const argumentsOf = Object.entries(graph.arguments ?? {});
  const assumptions = new Set(graph.assumptions ?? []);
  const concluded = new Set(argumentsOf.map(([, argument]) => argument.conclusion));
  const nodes: ArgumentMap['nodes'] = {};
  for (const statement of statements) {
    const mark = assumptions.has(statement)
      ? concluded.has(statement)
        ? 'accepted'
        : undefined
      : concluded.has(statement)
        ? undefined
        : 'rejected';
    nodes[nodeIdOf(statement)] = { ...claim(nodeIdOf(statement), mark), text: statement };
  }
  const relations: ArgumentMap['relations'] = {};
  const add = (relation: Relation): void => void (relations[relation.id] = relation);
  for (const [name, argument] of argumentsOf) {
    const listed = argument.premises ?? [];
    let premises = (Array.isArray(listed) ? listed : Object.values(listed)).map(nodeIdOf);
    if (premises.length === 0) {
      const stand = asNodeId(`argument-${name}`);
      nodes[stand] = claim(stand);
      premises = [stand];
    }
    const to = { node: nodeIdOf(argument.conclusion) };
    const ids: RelationId[] =
      argument.scheme === 'convergent'
        ? premises.map((premise, i) => {
            const id = asRelationId(`${name}-${i}`);
            add({ id, kind: 'support', from: [premise], to });
            return id;
          })
        : [asRelationId(name)];
    if (argument.scheme !== 'convergent') add({ id: ids[0], kind: 'support', from: premises, to });
    if (argument.undercutter) {
      for (const id of ids) {
        add({
          id: asRelationId(`${id}-undercut`),
          kind: 'undercut',
          from: [nodeIdOf(argument.undercutter)],
          to: { relation: id },
        });
      }
    }
  }
  for (const [name, issue] of Object.entries(graph.issues ?? {})) {
    for (const a of issue.positions) {
      for (const b of issue.positions) {
        if (a === b) continue;
        add({
          id: asRelationId(`${name}-${nodeIdOf(a)}-${nodeIdOf(b)}`),
          kind: 'attack',
          from: [nodeIdOf(a)],
          to: { node: nodeIdOf(b) },
        });
      }
    }
  }
  return { meta: { title: 'Carneades' }, nodes, relations };
}

const EXAMPLES = [
  'linked-convergent',
  'tweety',
  'support-loop',
  'unsupported',
  'unsupported2',
  'dung-reinstatement',
  'dung-attack-cycle',
  'odd-loop',
  'even-loop',
  'self-defeat',
  'independent-support-loop',
  'unreliable-witness',
];

/** Examples whose expected labels rest on what these rules do not have. */
const NEEDS_MORE: Record<string, string> = {
  rebuttal:
    'needs argument weights: its schemes weigh a2 (0.5) over a1 (0.1), so ¬p wins the issue; the map has no weights, and p and ¬p stay open',
  reinstatement:
    'needs a proof standard: Carneades decides the issue p / np by comparing the "factorized" arguments (a3 has more factors than a2); the map has no proof standards, and p and np stay open',
};

const read = (name: string): CarneadesGraph =>
  load(readFileSync(join(folder, `${name}.yml`), 'utf8')) as CarneadesGraph;

describe('the Carneades 4 examples', () => {
  it.each(EXAMPLES)('%s: the rules reproduce its expected labels', (name) => {
    const graph = read(name);
    const evaluation = evaluateGrounded(carneadesMap(graph));
    const expected = graph.tests ?? {};
    const statusOf = (statement: string) => evaluation.nodes.get(nodeIdOf(statement));
    const checked = [...(expected.in ?? []), ...(expected.out ?? []), ...(expected.undecided ?? [])];
    expect(checked.length).toBeGreaterThan(0);
    for (const statement of expected.in ?? []) expect(statusOf(statement), `${statement} in`).toBe('stands');
    for (const statement of expected.out ?? []) expect(statusOf(statement), `${statement} out`).toBe('falls');
    for (const statement of expected.undecided ?? [])
      expect(statusOf(statement), `${statement} undecided`).toBe('open');
  });

  for (const [name, why] of Object.entries(NEEDS_MORE)) {
    it.skip(`${name}: skipped, it ${why}`, () => {});
  }

  it('has every YAML example either checked or skipped with its reason', async () => {
    const { readdirSync } = await import('node:fs');
    const all = readdirSync(folder)
      .filter((file) => file.endsWith('.yml'))
      .map((file) => file.replace(/\.yml$/, ''));
    expect(all.sort()).toEqual([...EXAMPLES, ...Object.keys(NEEDS_MORE)].sort());
  });

  it('the skipped ones really do come out differently without weights or proof standards', () => {
    // So a skip never hides a case the rules could reproduce: both leave the issue open here.
    expect(evaluateGrounded(carneadesMap(read('rebuttal'))).nodes.get(nodeIdOf('p'))).toBe('open');
    expect(evaluateGrounded(carneadesMap(read('reinstatement'))).nodes.get(nodeIdOf('np'))).toBe('open');
  });
});
