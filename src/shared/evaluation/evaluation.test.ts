import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import type { ArgumentMap, Relation } from '../model/argumentMap';
import { asNodeId, asRelationId, type NodeId } from '../model/ids';
import type { NodeKind, NodeMark } from '../model/kinds';
import { attackMap, claim } from '../testing/evaluationMaps';
import { EvaluationIndex } from './evaluationIndex';
import { evaluationReport } from './evaluateMap';
import { explainNode } from './explain';
import { evaluateGrounded } from './grounded';
import { evaluatePreferred, PREFERRED_LIMIT } from './preferred';

const n = asNodeId;
const node = (id: string, kind: NodeKind, text: string, mark?: NodeMark) => ({ ...claim(id, mark), kind, text });
const rel = (id: string, kind: Relation['kind'], from: string[], to: string): Relation => ({
  id: asRelationId(id),
  kind,
  from: from.map(n),
  to: kind === 'undercut' ? { relation: asRelationId(to) } : { node: n(to) },
});
const mapOf = (nodes: ReturnType<typeof node>[], relations: Relation[]): ArgumentMap => ({
  meta: { title: 'Test' },
  nodes: Object.fromEntries(nodes.map((x) => [x.id, x])),
  relations: Object.fromEntries(relations.map((r) => [r.id, r])),
});

/** The seed's debate in small: a thesis, a reason for it, the experts' objection and the author's rebuttal. */
const debate = (): ArgumentMap =>
  mapOf(
    [
      node('t', 'thesis', 'Kazakhstan can be a mediator'),
      node('r', 'reason', 'It hosted the Syria talks in Astana'),
      node('o', 'objection', 'Experts: it lacks the resources for peacemaking'),
      node('b', 'rebuttal', 'Mediation and peacemaking are different'),
    ],
    [rel('s1', 'support', ['r'], 't'), rel('a1', 'attack', ['o'], 't'), rel('a2', 'attack', ['b'], 'o')],
  );

const statuses = (map: ArgumentMap) => Object.fromEntries(evaluateGrounded(map).nodes);
const explain = (map: ArgumentMap, id: string) =>
  explainNode(map, evaluateGrounded(map), new EvaluationIndex(map), n(id));
const withMark = (map: ArgumentMap, id: string, mark: NodeMark | undefined) =>
  produce(map, (draft) => {
    if (mark) draft.nodes[n(id)].mark = mark;
    else delete draft.nodes[n(id)].mark;
  });

describe('the rules', () => {
  it('a node nothing bears on is given and stands', () => {
    expect(statuses(mapOf([node('a', 'claim', 'A')], []))).toEqual({ a: 'stands' });
  });

  it('a rejected node falls, whatever supports it', () => {
    const map = mapOf(
      [node('a', 'claim', 'A', 'rejected'), node('b', 'reason', 'B')],
      [rel('s', 'support', ['b'], 'a')],
    );
    expect(statuses(map).a).toBe('falls');
  });

  it('an attack that holds brings its target down; a rebuttal reinstates it', () => {
    expect(statuses(debate())).toEqual({ t: 'stands', r: 'stands', o: 'falls', b: 'stands' });
    const noRebuttal = produce(debate(), (draft) => void delete draft.relations[asRelationId('a2')]);
    expect(statuses(noRebuttal)).toMatchObject({ t: 'falls', o: 'stands' });
  });

  it('a node that needs support falls when every support fails, and rejecting a premise makes its claim fall', () => {
    const map = withMark(
      produce(debate(), (draft) => void delete draft.relations[asRelationId('a1')]),
      'r',
      'rejected',
    );
    expect(statuses(map)).toMatchObject({ r: 'falls', t: 'falls' });
    expect(evaluateGrounded(map).relations.get(asRelationId('s1'))).toBe('fails');
  });

  it('accepting a node takes it as given: it stands without support unless an attack holds', () => {
    const base = withMark(debate(), 'r', 'rejected');
    const accepted = withMark(
      produce(base, (d) => void delete d.relations[asRelationId('a1')]),
      't',
      'accepted',
    );
    expect(statuses(accepted).t).toBe('stands');
    const attacked = withMark(
      produce(debate(), (d) => void delete d.relations[asRelationId('a2')]),
      't',
      'accepted',
    );
    expect(statuses(attacked).t).toBe('falls');
  });

  it('a linked support holds only when every premise stands', () => {
    const map = mapOf(
      [node('c', 'claim', 'C'), node('p', 'reason', 'P'), node('q', 'reason', 'Q', 'rejected')],
      [rel('s', 'support', ['p', 'q'], 'c')],
    );
    expect(statuses(map).c).toBe('falls');
    expect(statuses(withMark(map, 'q', undefined)).c).toBe('stands');
  });

  it('an undercut that holds makes its relation fail; an undercut is a relation that can be undercut in turn', () => {
    const map = mapOf(
      [node('c', 'claim', 'C'), node('p', 'reason', 'P'), node('u', 'objection', 'U'), node('v', 'rebuttal', 'V')],
      [rel('s', 'support', ['p'], 'c'), rel('x', 'undercut', ['u'], 's')],
    );
    const undercut = evaluateGrounded(map);
    expect(undercut.relations.get(asRelationId('s'))).toBe('fails');
    expect(undercut.nodes.get(n('c'))).toBe('falls');
    expect(undercut.nodes.get(n('p'))).toBe('stands');
    const undercutTwice = produce(map, (d) => void (d.relations[asRelationId('y')] = rel('y', 'undercut', ['v'], 'x')));
    expect(statuses(undercutTwice).c).toBe('stands');
  });

  it('a mutual attack and a support loop stay open', () => {
    expect(
      statuses(
        attackMap(2, [
          [0, 1],
          [1, 0],
        ]),
      ),
    ).toEqual({ a0: 'open', a1: 'open' });
    const loop = mapOf(
      [node('p', 'claim', 'P'), node('q', 'claim', 'Q')],
      [rel('1', 'support', ['p'], 'q'), rel('2', 'support', ['q'], 'p')],
    );
    expect(statuses(loop)).toEqual({ p: 'open', q: 'open' });
  });
});

describe('explanations', () => {
  it('says which objection brings a node down, and names it', () => {
    const map = produce(debate(), (draft) => void delete draft.relations[asRelationId('a2')]);
    expect(explain(map, 't')).toMatchObject({
      status: 'falls',
      text: 'Falls: the objection ‘Experts: it lacks the resources for peacemaking’ stands and attacks it.',
      named: ['o'],
    });
  });

  it('says why every attack fails, naming the rebuttal that defeats the objection', () => {
    const { status, text, named } = explain(debate(), 't');
    expect(status).toBe('stands');
    expect(text).toBe(
      'Stands: its only attack fails (the rebuttal ‘Mediation and peacemaking are different’ defeats the objection ‘Experts: it lacks the resources for peacemaking’). The reason ‘It hosted the Syria talks in Astana’ stands and supports it.',
    );
    expect(named).toEqual(['b', 'o', 'r']);
  });

  it('says a rejected premise leaves its claim without support', () => {
    const map = withMark(
      produce(debate(), (d) => void delete d.relations[asRelationId('a1')]),
      'r',
      'rejected',
    );
    expect(explain(map, 't').text).toBe(
      'Falls: its only support fails, because you rejected the reason ‘It hosted the Syria talks in Astana’.',
    );
    expect(explain(map, 'r')).toMatchObject({ status: 'falls', text: 'Falls: you rejected it.', named: [] });
  });

  it('says two nodes attack each other and how to decide them', () => {
    const map = mapOf(
      [node('x', 'claim', 'X'), node('y', 'claim', 'Y')],
      [rel('1', 'attack', ['x'], 'y'), rel('2', 'attack', ['y'], 'x')],
    );
    expect(explain(map, 'x')).toMatchObject({
      status: 'open',
      text: 'Open: it and the claim ‘Y’ attack each other and neither is decided; accept or reject one to decide.',
      named: ['y'],
    });
  });

  it('gives the text in parts, each named node apart, to be shown as a link', () => {
    const map = produce(debate(), (draft) => void delete draft.relations[asRelationId('a2')]);
    expect(explain(map, 't').parts).toEqual([
      'Falls: ',
      { node: 'o', text: 'the objection ‘Experts: it lacks the resources for peacemaking’' },
      ' stands and attacks it.',
    ]);
  });

  it('shortens long texts in quotes', () => {
    const map = produce(debate(), (d) => {
      delete d.relations[asRelationId('a2')];
      d.nodes[n('o')].text = 'word '.repeat(40);
    });
    expect(explain(map, 't').text).toMatch(/‘word word .*…’ stands and attacks it\.$/);
  });
});

describe('the preferred view', () => {
  it('decides a mutual attack credulously: each side stands in some preferred labelling', () => {
    const map = attackMap(3, [
      [0, 1],
      [1, 0],
      [1, 2],
    ]);
    const view = evaluatePreferred(map, evaluateGrounded(map), new EvaluationIndex(map));
    expect(view.available).toBe(true);
    if (!view.available) return;
    expect(view.nodes.get(n('a0'))).toEqual({ status: 'open', credulous: true });
    expect(view.nodes.get(n('a1'))).toEqual({ status: 'open', credulous: true });
    expect(view.nodes.get(n('a2'))).toEqual({ status: 'open', credulous: true });
  });

  it('finds what stands in every preferred labelling though grounded leaves it open (a floating defeat)', () => {
    // a and b attack each other, both attack c, and c attacks d: d stands in both preferred labellings.
    const map = attackMap(4, [
      [0, 1],
      [1, 0],
      [0, 2],
      [1, 2],
      [2, 3],
    ]);
    const grounded = evaluateGrounded(map);
    expect(grounded.nodes.get(n('a3'))).toBe('open');
    const view = evaluatePreferred(map, grounded, new EvaluationIndex(map));
    if (!view.available) throw new Error(view.reason);
    expect(view.nodes.get(n('a2'))).toEqual({ status: 'falls', credulous: false });
    expect(view.nodes.get(n('a3'))).toEqual({ status: 'stands', credulous: true });
  });

  it('leaves an odd cycle open in every labelling, with no credulous acceptance', () => {
    const map = attackMap(3, [
      [0, 1],
      [1, 2],
      [2, 0],
    ]);
    const view = evaluatePreferred(map, evaluateGrounded(map), new EvaluationIndex(map));
    if (!view.available) throw new Error(view.reason);
    for (const id of ['a0', 'a1', 'a2']) expect(view.nodes.get(n(id))).toEqual({ status: 'open', credulous: false });
  });

  it('is unavailable beyond the limit of open nodes, and says so', () => {
    const pairs: [number, number][] = [];
    for (let i = 0; i < PREFERRED_LIMIT + 2; i += 2) pairs.push([i, i + 1], [i + 1, i]);
    const map = attackMap(PREFERRED_LIMIT + 2, pairs);
    const view = evaluatePreferred(map, evaluateGrounded(map), new EvaluationIndex(map));
    expect(view).toEqual({
      available: false,
      reason: `The preferred view is computed for up to 30 open nodes; this map has 32.`,
    });
  });

  it('is computed exactly for 30 open nodes in 15 separate cycles', () => {
    const pairs: [number, number][] = [];
    for (let i = 0; i < PREFERRED_LIMIT; i += 2) pairs.push([i, i + 1], [i + 1, i]);
    const map = attackMap(PREFERRED_LIMIT, pairs);
    const view = evaluatePreferred(map, evaluateGrounded(map), new EvaluationIndex(map));
    expect(view.available).toBe(true);
  });
});

describe('the report', () => {
  it('gives each node its status and explanation, and each relation its status', () => {
    const result = evaluationReport(debate());
    if (!result.ok) throw new Error(result.message);
    expect(result.report.nodes[n('o') as NodeId]).toEqual({
      status: 'falls',
      explanation: 'Falls: the rebuttal ‘Mediation and peacemaking are different’ stands and attacks it.',
    });
    expect(result.report.relations).toEqual({ s1: 'holds', a1: 'fails', a2: 'holds' });
  });

  it('marks credulously accepted nodes under the preferred semantics', () => {
    const result = evaluationReport(
      attackMap(2, [
        [0, 1],
        [1, 0],
      ]),
      'preferred',
    );
    if (!result.ok) throw new Error(result.message);
    expect(result.report.nodes[n('a0')]).toMatchObject({ status: 'open', credulous: true });
  });
});
