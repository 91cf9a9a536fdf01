import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ArgumentMap, StoryStep } from '../model/argumentMap';
import { primaryParents } from '../model/graph';
import type { NodeId } from '../model/ids';
import { parseArgmap } from '../formats/argmapFormat';
import { chainMap } from '../testing/chainMaps';
import { generatedArgumentTree, generatedGraph } from '../testing/generatedMaps';
import { generateStoryline } from './generateStoryline';
import { stepNodes } from './stepScope';

function sample(): ArgumentMap {
  const loaded = parseArgmap(
    readFileSync(resolve(process.cwd(), 'resources/examples/kazakhstan-mediator.argmap'), 'utf8'),
  );
  if (!loaded.ok) throw new Error(loaded.message);
  return loaded.map;
}

/** The nodes no step shows. */
function unshown(map: ArgumentMap, steps: readonly StoryStep[]): NodeId[] {
  const shown = new Set(steps.flatMap((step) => stepNodes(map, step)));
  return (Object.keys(map.nodes) as NodeId[]).filter((id) => !shown.has(id));
}

const focusOrder = (steps: readonly StoryStep[]): string[] => steps.map((step) => step.focus);

describe('generateStoryline on the sample', () => {
  const map = sample();
  const steps = generateStoryline(map);

  it('shows every node in some step, each step about a node of the map, with distinct ids', () => {
    expect(unshown(map, steps)).toEqual([]);
    for (const step of steps) expect(map.nodes[step.focus]).toBeDefined();
    expect(new Set(steps.map((step) => step.id)).size).toBe(steps.length);
  });

  it('opens with the thesis and its reasons, tells each reason with its evidence, depth first', () => {
    expect(focusOrder(steps).slice(0, 4)).toEqual(['n-profile', 'n-initiatives', 'n-diplomatic-hub', 'n-mediator']);
    expect(stepNodes(map, steps[0])).toEqual(['n-profile', 'n-initiatives', 'n-diplomatic-hub', 'n-mediator']);
    // The initiatives are shown with their evidence (leaves get no step of their own).
    expect(stepNodes(map, steps[1])).toEqual(['n-initiatives', 'n-nuclear-free', 'n-cica', 'n-religions']);
    expect(focusOrder(steps)).not.toContain('n-cica');
  });

  it('follows each objection with its rebuttals, after the reasons and evidence of its claim', () => {
    const order = focusOrder(steps);
    // The mediator claim: its evidence with reasons below first (Iran talks), then the experts' objection, then the rebuttal.
    expect(order.indexOf('n-iran-talks')).toBeGreaterThan(order.indexOf('n-mediator'));
    expect(order.indexOf('n-experts-resources')).toBeGreaterThan(order.indexOf('n-iran-talks'));
    expect(order.indexOf('n-mediation-not-peacemaking')).toBe(order.indexOf('n-experts-resources') + 1);
    expect(order.indexOf('n-no-binding-duty')).toBe(order.indexOf('n-mediation-not-peacemaking') + 1);
  });

  it('keeps the recommendations for last', () => {
    const kinds = steps.map((step) => map.nodes[step.focus].kind);
    const firstRecommendation = kinds.indexOf('recommendation');
    expect(firstRecommendation).toBeGreaterThan(0);
    expect(kinds.slice(firstRecommendation).every((kind) => kind === 'recommendation')).toBe(true);
    // The other recommendations follow from these two (format 3): they are shown in their steps.
    expect(focusOrder(steps).slice(firstRecommendation)).toEqual(['n-post-soviet-first', 'n-asia-muslim-next']);
    expect(stepNodes(map, steps[firstRecommendation])).toContain('n-baku-yerevan');
  });
});

describe('generateStoryline on generated maps', () => {
  it.each([
    ['a tree of 300 nodes', generatedArgumentTree(300, 7)],
    ['a graph of 300 nodes', generatedGraph(300, 3)],
    ['a support chain of 2,000', chainMap('support', 2_000)],
    ['a star of 2,000', chainMap('star', 2_000)],
  ])('shows every node of %s, a parent’s step before its children’s', (_, map) => {
    const steps = generateStoryline(map);
    expect(unshown(map, steps)).toEqual([]);
    const at = new Map(steps.map((step, index) => [step.focus, index]));
    const parents = primaryParents(map);
    for (const [focus, index] of at) {
      const parent = parents.get(focus);
      if (parent !== undefined && at.has(parent) && map.nodes[focus].kind !== 'recommendation') {
        expect(at.get(parent)!).toBeLessThan(index);
      }
    }
  });

  it('gives a map with no relations one step per node, and an empty map none', () => {
    const map: ArgumentMap = {
      meta: { title: 'Loose' },
      nodes: {
        a: { id: 'a' as NodeId, kind: 'claim', text: 'A', position: { x: 0, y: 0 }, tags: [] },
        b: { id: 'b' as NodeId, kind: 'thesis', text: 'B', position: { x: 0, y: 0 }, tags: [] },
      } as ArgumentMap['nodes'],
      relations: {},
    };
    expect(focusOrder(generateStoryline(map))).toEqual(['b', 'a']);
    expect(generateStoryline({ ...map, nodes: {} })).toEqual([]);
  });
});
