import type { ArgumentMap, StoryStep } from '../model/argumentMap';
import { primaryParents, treeChildren } from '../model/graph';
import { newStepId, type NodeId } from '../model/ids';
import type { NodeKind } from '../model/kinds';

/**
 * The order a node is told in among its siblings: the case first (claims, reasons, evidence),
 * then what speaks against it (objections, each followed by its rebuttals as the walk goes down),
 * notes after; recommendations are kept for the end of the talk.
 */
const TELLING_ORDER: Record<NodeKind, number> = {
  thesis: 0,
  claim: 1,
  reason: 1,
  evidence: 2,
  objection: 3,
  rebuttal: 3,
  note: 4,
  recommendation: 5,
};

const inTellingOrder = (map: ArgumentMap, ids: readonly NodeId[]): NodeId[] =>
  [...ids].sort((a, b) => TELLING_ORDER[map.nodes[a].kind] - TELLING_ORDER[map.nodes[b].kind]);

/**
 * A storyline built depth-first from the thesis: the thesis with what bears on it, then each
 * reason with its evidence, each objection followed by its rebuttals, and the recommendations
 * last. A node with nothing beneath it is shown in its parent's step; a tree's root always has a
 * step of its own, and so does a recommendation that hangs under the argument (with the path up
 * to the thesis), so every node appears in some step. Walks with a stack: chains run long.
 */
export function generateStoryline(map: ArgumentMap, makeId: () => string = newStepId): StoryStep[] {
  const parents = primaryParents(map);
  const children = treeChildren(map);
  const steps: StoryStep[] = [];
  const later: NodeId[] = [];
  const walk = (start: NodeId, isRoot: boolean): void => {
    const stack: { id: NodeId; isRoot: boolean }[] = [{ id: start, isRoot }];
    while (stack.length > 0) {
      const { id, isRoot: root } = stack.pop()!;
      const below = inTellingOrder(map, children.get(id) ?? []);
      if (below.length > 0 || root) steps.push({ id: makeId(), focus: id, shows: 'premises' });
      const next: NodeId[] = [];
      for (const child of below) {
        if (map.nodes[child].kind === 'recommendation' && map.nodes[id].kind !== 'recommendation') later.push(child);
        else next.push(child);
      }
      for (let i = next.length - 1; i >= 0; i--) stack.push({ id: next[i], isRoot: false });
    }
  };
  const roots = inTellingOrder(
    map,
    (Object.keys(map.nodes) as NodeId[]).filter((id) => !parents.has(id)),
  );
  for (const root of roots) {
    if (map.nodes[root].kind === 'recommendation') later.push(root);
    else walk(root, true);
  }
  for (const id of later) {
    const isRoot = !parents.has(id);
    if (isRoot || (children.get(id)?.length ?? 0) > 0) walk(id, true);
    // A recommendation with nothing beneath it: shown with the argument it follows from.
    else steps.push({ id: makeId(), focus: id, shows: 'ancestors' });
  }
  return steps;
}
