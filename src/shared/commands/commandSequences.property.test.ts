import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { execute, type Command, type CommandResult } from './command';
import { addNode, type AddNodeArgs } from './addNode';
import { updateNode, type NodeChanges } from './updateNode';
import { deleteElements } from './deleteElements';
import { connect } from './connect';
import { reconnect, setRelationKind } from './editRelation';
import { groupPremises, linkablePremises, ungroupPremises } from './linkedPremises';
import { pasteFragment } from './pasteFragment';
import { moveNodes } from './moveNodes';
import { relationProblem } from './relationRules';
import { extractFragment, instantiateFragment } from '../clipboard/fragment';
import { emptyHistory, record, redo, undo, type History } from '../history/history';
import type { ArgumentMap, Relation, RelationTarget } from '../model/argumentMap';
import { relationKindForChild, relationSignature, targetKey } from '../model/graph';
import { asNodeId, asRelationId, type NodeId } from '../model/ids';
import { NODE_KINDS, RELATION_KINDS } from '../model/kinds';
import { LIMITS } from '../schema/argumentMapSchema';
import { schemaVerdict } from '../testing/commandRoundTrip';
import { tinyMap } from '../testing/tinyMap';
import { loadSampleMap } from '../../../scripts/sampleFiles';

const ACTIONS = [
  'addNode',
  'updateNode',
  'deleteElements',
  'connect',
  'setRelationKind',
  'reconnect',
  'groupPremises',
  'ungroupPremises',
  'pasteFragment',
  'moveNodes',
] as const;

/** One random edit: what to do, and seeds that pick its arguments from the document as it is at that step. */
interface Action {
  type: (typeof ACTIONS)[number];
  seeds: number[];
  text: string;
  flag: boolean;
}

const actionArb: fc.Arbitrary<Action> = fc.record({
  type: fc.constantFrom(...ACTIONS),
  seeds: fc.array(fc.nat({ max: 100_000 }), { minLength: 6, maxLength: 6 }),
  text: fc.string({ maxLength: 24 }),
  flag: fc.boolean(),
});

const pick = <T>(items: readonly T[], seed: number): T | undefined =>
  items.length === 0 ? undefined : items[seed % items.length];
const nodeIdsOf = (map: ArgumentMap): NodeId[] => Object.keys(map.nodes) as NodeId[];
const relationsOf = (map: ArgumentMap): Relation[] => Object.values(map.relations);
const picks = <T>(items: readonly T[], count: number, seeds: readonly number[]): T[] =>
  seeds.slice(0, count).flatMap((seed) => pick(items, seed) ?? []);

/** A step that did nothing, one the command refused (as it should have), or a change to record. */
type Outcome = CommandResult | 'skipped' | 'refused';

/** Runs a command whose refusal the test predicted: it must throw exactly that message and leave the document alone. */
function run<Args>(map: ArgumentMap, command: Command<Args>, args: Args, problem: string | null = null): Outcome {
  if (problem === null) return execute(map, command, args) ?? 'skipped';
  const snapshot = structuredClone(map);
  expect(() => execute(map, command, args)).toThrow(problem);
  expect(map).toEqual(snapshot);
  return 'refused';
}

function applyAction(map: ArgumentMap, action: Action, step: number): Outcome {
  const [s0, s1, s2, s3, s4, s5] = action.seeds;
  const nodes = nodeIdsOf(map);
  const relations = relationsOf(map);
  switch (action.type) {
    case 'addNode': {
      const kind = pick(NODE_KINDS, s0)!;
      const node: AddNodeArgs['node'] = {
        id: asNodeId(`n-add-${step}`),
        kind,
        text: action.text,
        position: { x: s1 % 3000, y: s2 % 2000 },
      };
      if (s5 % 3 === 0) Object.assign(node, { notes: 'Why.', tags: ['added'], source: { quote: 'Quoted words.' } });
      const target = pick(nodes, s4);
      if (!action.flag || !target) return run(map, addNode, { node });
      const undercut = s3 % 4 === 0 ? pick(relations, s4) : undefined;
      const relation = undercut
        ? { id: asRelationId(`r-add-${step}`), kind: 'undercut' as const, to: { relation: undercut.id } }
        : { id: asRelationId(`r-add-${step}`), kind: relationKindForChild(kind), to: { node: target } };
      return run(map, addNode, { node, relation });
    }
    case 'updateNode': {
      const id = pick(nodes, s0);
      if (!id) return 'skipped';
      const tags = action.text.split(/[\s,]+/);
      const options: NodeChanges[] = [
        { text: action.text },
        { kind: pick(NODE_KINDS, s2) },
        { notes: action.text },
        { tags },
        { quote: action.text },
        { text: action.text, kind: pick(NODE_KINDS, s2), notes: action.text, tags, quote: action.text },
        // More than a file may hold: the command must cut it down.
        {
          text: action.text.padEnd(LIMITS.textLength + 1, 'w'),
          tags: [...tags, ...NODE_KINDS.map((k) => k.repeat(20))],
        },
      ];
      return run(map, updateNode, { id, changes: pick(options, s1)! });
    }
    case 'deleteElements':
      return run(map, deleteElements, {
        nodes: picks(nodes, s0 % 4, [s1, s2, s3]),
        relations: picks(relations, s4 % 3, [s5, s5 * 7 + 3]).map((relation) => relation.id),
      });
    case 'connect': {
      // Now and then one premise of a linked argument on its own into the same target: a relation
      // that is no duplicate, until the argument is unlinked or loses its other premises.
      const linked =
        s1 % 3 === 1
          ? pick(
              relations.filter((r) => r.from.length > 1),
              s2,
            )
          : undefined;
      const from = linked ? pick(linked.from, s0) : pick(nodes, s0);
      if (!from) return 'skipped';
      const hit = s1 % 3 === 0 ? pick(relations, s2) : undefined;
      const to: RelationTarget = linked ? linked.to : hit ? { relation: hit.id } : { node: pick(nodes, s2)! };
      // Now and then the wrong kind for the target, to see it refused.
      const kind =
        s3 % 5 === 0
          ? pick(RELATION_KINDS, s4)!
          : (linked?.kind ?? (hit ? 'undercut' : action.flag ? 'support' : 'attack'));
      const args = { id: asRelationId(`r-connect-${step}`), kind, from, to };
      return run(map, connect, args, relationProblem(map, { kind, from: [from], to }));
    }
    case 'setRelationKind': {
      const relation = pick(relations, s0);
      if (!relation) return 'skipped';
      const kind = pick(RELATION_KINDS, s1)!;
      const problem = kind === relation.kind ? null : relationProblem(map, { ...relation, kind }, relation.id);
      const outcome = run(map, setRelationKind, { id: relation.id, kind }, problem);
      if (kind === relation.kind) expect(outcome).toBe('skipped');
      return outcome;
    }
    case 'reconnect': {
      const relation = pick(relations, s0);
      const node = pick(nodes, s1);
      if (!relation || !node) return 'skipped';
      const premise = s3 % 4 === 0 ? undefined : pick(relation.from, s2);
      const end = action.flag ? 'source' : 'target';
      const swapped = premise ?? relation.from[0];
      const next =
        end === 'source'
          ? { ...relation, from: relation.from.map((p) => (p === swapped ? node : p)) }
          : { ...relation, to: { node } };
      const outcome = run(
        map,
        reconnect,
        { id: relation.id, end, premise, node },
        relationProblem(map, next, relation.id),
      );
      // Dropping an end back where it was is no edit, and leaves no empty undo step.
      if (relationSignature(next) === relationSignature(relation)) expect(outcome).not.toHaveProperty('entry');
      return outcome;
    }
    case 'groupPremises': {
      const groups = new Map<string, Relation[]>();
      for (const relation of relations) {
        const key = `${relation.kind}|${targetKey(relation.to)}`;
        groups.set(key, [...(groups.get(key) ?? []), relation]);
      }
      const linkable = [...groups.values()].filter((group) => group.length > 1);
      const group = pick(linkable, s0);
      // Premises of relations that share a target, or (to see refusals) any nodes at all.
      const premises = [
        ...new Set(
          action.flag && group ? group.map((r) => pick(r.from, s1)!) : picks(nodes, 2 + (s1 % 2), [s2, s3, s4]),
        ),
      ];
      const check = linkablePremises(map, premises);
      if (!check.ok) return 'skipped';
      const merged = check.relations.map((id) => map.relations[id]);
      expect(new Set(merged.map((r) => `${r.kind}|${targetKey(r.to)}`)).size).toBe(1);
      return run(map, groupPremises, { relations: check.relations });
    }
    case 'ungroupPremises': {
      const relation = pick(
        relations.filter((r) => r.from.length > 1),
        s0,
      );
      if (!relation) return 'skipped';
      const newIds = relation.from.slice(1).map((_, i) => asRelationId(`r-split-${step}-${i}`));
      return run(map, ungroupPremises, { id: relation.id, newIds });
    }
    case 'pasteFragment': {
      const chosen = picks(nodes, 1 + (s0 % 4), [s1, s2, s3, s4]);
      if (chosen.length === 0) return 'skipped';
      let n = 0;
      let r = 0;
      const fragment = instantiateFragment(extractFragment(map, chosen), {
        newNode: () => asNodeId(`n-paste-${step}-${n++}`),
        newRelation: () => asRelationId(`r-paste-${step}-${r++}`),
        ...(action.flag ? { offset: { x: 24, y: 24 } } : { at: { x: s5 % 999, y: s5 % 777 } }),
      });
      return run(map, pasteFragment, { fragment, verb: action.flag ? 'Paste' : 'Duplicate' });
    }
    case 'moveNodes': {
      const moves = picks(nodes, 1 + (s0 % 3), [s1, s2, s3]).map((id, i) => ({
        id,
        position: { x: (s4 * (i + 1)) % 4000, y: ((s5 + i) % 3000) + 0.4 },
      }));
      return run(map, moveNodes, { moves, label: action.flag ? 'Auto layout' : undefined });
    }
  }
}

/** Applies the actions, then undoes every recorded step and redoes them all, comparing each document on the way. */
function checkSequence(original: ArgumentMap, actions: Action[]): void {
  const documents: ArgumentMap[] = [original];
  let history: History = emptyHistory;
  actions.forEach((action, step) => {
    const current = documents.at(-1)!;
    const outcome = applyAction(current, action, step);
    if (typeof outcome === 'string') return;
    expect(schemaVerdict(outcome.document), `after ${action.type} at step ${step}`).toBe('ok');
    documents.push(outcome.document);
    history = record(history, outcome.entry);
  });

  let document = documents.at(-1)!;
  for (let i = documents.length - 2; i >= 0; i--) {
    const step = undo(history, document)!;
    expect(step.document).toEqual(documents[i]);
    ({ history, document } = step);
  }
  expect(document).toEqual(original);
  expect(undo(history, document)).toBeNull();

  for (let i = 1; i < documents.length; i++) {
    const step = redo(history, document)!;
    expect(step.document).toEqual(documents[i]);
    ({ history, document } = step);
  }
  expect(document).toEqual(documents.at(-1));
  expect(redo(history, document)).toBeNull();
}

const sequences = fc.array(actionArb, { maxLength: 30 });

describe('random command sequences', () => {
  it('on the sample map: every step loads as a file, undo all restores it, redo all restores the end', () => {
    const sample = loadSampleMap();
    fc.assert(
      fc.property(sequences, (actions) => checkSequence(sample, actions)),
      { numRuns: 200 },
    );
    expect(sample).toEqual(loadSampleMap());
  });

  it('on the tiny map, too', () => {
    const tiny = tinyMap();
    fc.assert(
      fc.property(sequences, (actions) => checkSequence(tiny, actions)),
      { numRuns: 200 },
    );
    expect(tiny).toEqual(tinyMap());
  });
});
