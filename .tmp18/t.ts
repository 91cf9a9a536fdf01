import { produce } from 'immer';
import { GroundedEvaluator, evaluateGrounded } from '/work/wt18/src/shared/evaluation/grounded';
import { claim } from '/work/wt18/src/shared/testing/evaluationMaps';
const m0: any = { meta: { title: 'x' }, nodes: {}, relations: {} };
const m1 = produce(m0, (d: any) => { d.nodes.t = claim('t'); });
const m2 = produce(m1, (d: any) => { d.nodes.r = claim('r'); d.relations.s = { id: 's', kind: 'support', from: ['r'], to: { node: 't' } }; });
const m3 = produce(m2, (d: any) => { d.nodes.o = claim('o'); d.relations.a = { id: 'a', kind: 'attack', from: ['o'], to: { node: 't' } }; });
const m4 = produce(m3, (d: any) => { d.nodes.b = claim('b'); d.relations.c = { id: 'c', kind: 'attack', from: ['b'], to: { node: 'o' } }; });
const m5 = produce(m4, (d: any) => { d.nodes.r.mark = 'rejected'; });
const maps = [m0, m1, m2, m3, m4, m5];
const ev = new GroundedEvaluator();
const order = [4, 5, 4, 2, 5, 0, 3, 1, 5, 4, 3];
for (const i of order) {
  const a = JSON.stringify([...ev.evaluate(maps[i]).nodes].sort());
  const b = JSON.stringify([...evaluateGrounded(maps[i]).nodes].sort());
  if (a !== b) console.log('MISMATCH at', i, a, b);
}
console.log('done');
