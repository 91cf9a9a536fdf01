import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asNodeId } from '../model/ids';
import { attackMap } from '../testing/evaluationMaps';
import { evaluateGrounded } from './grounded';

// A reference written straight from Dung's definitions, to hold the rules to on maps of attacks
// alone where every node is given. A labelling gives each argument IN, OUT or UNDEC; it is
// complete when every argument is IN exactly if all its attackers are OUT, and OUT exactly if some
// attacker is IN. The grounded labelling is the least complete labelling (fewest IN and OUT,
// contained in every other). Self-attacks are left out: a map cannot hold a node attacking itself.

const IN = 0;
const OUT = 1;
const UNDEC = 2;

/**
 * Every complete labelling of the framework. All 3^n labellings are enumerated, argument by
 * argument; a partial labelling is dropped as soon as an argument whose attackers are all labelled
 * breaks the condition (no labelling extending it could be complete), which keeps the enumeration
 * fast without changing what it finds.
 */
function completeLabellings(count: number, attackers: number[][]): Uint8Array[] {
  const complete: Uint8Array[] = [];
  const labels = new Uint8Array(count);
  // Each argument is checked once the last of it and its attackers is labelled.
  const checkAt: number[][] = Array.from({ length: count }, () => []);
  for (let a = 0; a < count; a++) checkAt[Math.max(a, ...attackers[a])].push(a);
  const holds = (a: number): boolean => {
    const allOut = attackers[a].every((b) => labels[b] === OUT);
    const someIn = attackers[a].some((b) => labels[b] === IN);
    return (labels[a] === IN) === allOut && (labels[a] === OUT) === someIn;
  };
  const label = (i: number): void => {
    if (i === count) {
      complete.push(labels.slice());
      return;
    }
    for (const value of [IN, OUT, UNDEC]) {
      labels[i] = value;
      if (checkAt[i].every(holds)) label(i + 1);
    }
  };
  label(0);
  return complete;
}

/** The least complete labelling: the one whose IN and OUT lie within every other's. */
function leastLabelling(complete: Uint8Array[]): Uint8Array {
  const within = (small: Uint8Array, big: Uint8Array): boolean =>
    small.every((label, i) => label === UNDEC || big[i] === label);
  const least = complete.filter((candidate) => complete.every((other) => within(candidate, other)));
  expect(least).toHaveLength(1);
  return least[0];
}

const framework = fc.integer({ min: 1, max: 12 }).chain((count) =>
  fc.tuple(
    fc.constant(count),
    // An attacker and, for the attacked, a step on from it: never the attacker itself.
    fc.uniqueArray(
      fc
        .tuple(fc.nat(count - 1), fc.nat(Math.max(0, count - 2)))
        .map(([a, step]) => [a, (a + 1 + step) % count] as const),
      { maxLength: count === 1 ? 0 : count * 2, selector: ([a, b]) => `${a}>${b}` },
    ),
  ),
);

describe('grounded evaluation on maps of attacks alone', () => {
  it('is exactly Dung’s grounded labelling on 500 random frameworks of up to 12 arguments', () => {
    let compared = 0;
    let largest = 0;
    let withUndecided = 0;
    fc.assert(
      fc.property(framework, ([count, attacks]) => {
        const attackers: number[][] = Array.from({ length: count }, () => []);
        for (const [from, to] of attacks) attackers[to].push(from);
        const least = leastLabelling(completeLabellings(count, attackers));
        const evaluation = evaluateGrounded(attackMap(count, attacks));
        const expected = [...least].map((label) => (label === IN ? 'stands' : label === OUT ? 'falls' : 'open'));
        const actual = Array.from({ length: count }, (_, i) => evaluation.nodes.get(asNodeId(`a${i}`)));
        expect(actual).toEqual(expected);
        compared++;
        largest = Math.max(largest, count);
        if (expected.includes('open')) withUndecided++;
      }),
      { numRuns: 500, seed: 18 },
    );
    expect(compared).toBe(500);
    // The sample reaches the largest frameworks and the cycles that leave arguments undecided.
    expect(largest).toBe(12);
    expect(withUndecided).toBeGreaterThan(50);
  });

  it('reproduces Carneades’ Dung frameworks in TGF (reinstatement1: grounded extension {1, 3})', async () => {
    const { readFileSync, readdirSync } = await import('node:fs');
    const { join } = await import('node:path');
    const folder = join(process.cwd(), '../shared/fixtures/carneades');
    const files = readdirSync(folder).filter((name) => name.endsWith('.tgf'));
    expect(files.length).toBeGreaterThanOrEqual(5);
    for (const file of files) {
      const [nodePart, edgePart = ''] = readFileSync(join(folder, file), 'utf8').split(/^#\s*$/m);
      const names = nodePart
        .split('\n')
        .map((line) => line.trim().split(/\s+/)[0])
        .filter(Boolean);
      const index = new Map(names.map((name, i) => [name, i]));
      const attacks = edgePart
        .split('\n')
        .map((line) => line.trim().split(/\s+/))
        .filter((parts) => parts.length >= 2 && parts[0] !== '')
        .map(([from, to]) => [index.get(from)!, index.get(to)!] as [number, number]);
      const attackers: number[][] = names.map(() => []);
      for (const [from, to] of attacks) attackers[to].push(from);
      const least = leastLabelling(completeLabellings(names.length, attackers));
      const evaluation = evaluateGrounded(attackMap(names.length, attacks));
      names.forEach((name, i) => {
        const expected = least[i] === IN ? 'stands' : least[i] === OUT ? 'falls' : 'open';
        expect(evaluation.nodes.get(asNodeId(`a${i}`)), `${file}: ${name}`).toBe(expected);
      });
      if (file === 'reinstatement1.tgf') {
        const standing = names.filter((_, i) => evaluation.nodes.get(asNodeId(`a${i}`)) === 'stands');
        expect(standing.sort()).toEqual(['1', '3']);
      }
    }
  });
});
