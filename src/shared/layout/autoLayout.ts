import type { ArgumentMap, Position } from '../model/argumentMap';
import type { NodeId } from '../model/ids';
import { compactTrees, type Block, type CompactTreeOptions, type CrossLinkHints } from './compactTree';
import { crossLinkRise, crossLinkSides, crossTreeLinks } from './crossLinks';
import { layoutForest, type LayoutForest } from './layoutForest';
import { fitZoom, FIT_WINDOW } from './layoutMetrics';
import { inducedMap, moveTo, topLeftOf } from './layoutSelection';
import { estimateNodeSize, type Size } from './nodeSize';
import { packedPositions, packTrees, type Packing } from './packTrees';
import type { LaidOutTree } from './compactTree';

export interface AutoLayoutOptions {
  /** Lay out only these nodes (and the relations among them), starting where their bounding box starts now. */
  only?: ReadonlySet<NodeId>;
}

const SPACING: Omit<CompactTreeOptions, 'leafStackMin' | 'dropWidth'> = {
  gap: 24,
  verticalGap: 80,
  dropGap: 32,
  poleMargin: 20,
};
const TREE_GAP = 96;
const LEAF_STACK_MIN = 3;
const BISECTION_STEPS = 5;
/** Clear cross-links are worth a fit up to this much smaller. */
const LEAN_COST = 0.95;
const SCREEN_ASPECT = (FIT_WINDOW.width - 2 * FIT_WINDOW.padding) / (FIT_WINDOW.height - 2 * FIT_WINDOW.padding);

/**
 * Automatic layout: the thesis on top, what bears on a node beneath it, every arrow of the tree
 * pointing up and clear of other cards. A compact tidy tree (linear time) is computed for about a
 * dozen settings, from the plain wide tree to ones that stack leaves in tents and drop wide
 * subtrees below their siblings; the layout that shows largest in a landscape window wins
 * (docs/layout.md has the measurements). Returns new top-left positions; the map is not touched.
 */
export function autoLayout(
  map: ArgumentMap,
  measure: (id: NodeId) => Size = (id) => estimateNodeSize(map.nodes[id]),
  options: AutoLayoutOptions = {},
): Map<NodeId, Position> {
  const target = options.only ? inducedMap(map, options.only) : map;
  if (Object.keys(target.nodes).length === 0) return new Map();
  // Every try needs every size; estimating one wraps the text, so each is asked for once.
  const sizes = new Map((Object.keys(target.nodes) as NodeId[]).map((id) => [id, measure(id)]));
  const best = bestLayout(target, layoutForest(target), (id) => sizes.get(id)!);
  const positions = packedPositions(best.trees, best.packing);
  return options.only ? moveTo(positions, topLeftOf(map, options.only)) : positions;
}

interface Candidate {
  leafStackMin: number;
  dropWidth: number;
  trees: LaidOutTree[];
  blocks: ReadonlyMap<NodeId, Block>;
  packing: Packing;
  widest: number;
  zoom: number;
  tooTall: boolean;
}

function bestLayout(map: ArgumentMap, forest: LayoutForest, sizeOf: (id: NodeId) => Size): Candidate {
  const links = crossTreeLinks(map, forest);
  const rise = crossLinkRise(map, forest);
  const ids = Object.keys(map.nodes) as NodeId[];
  const area = ids.reduce(
    (sum, id) => sum + (sizeOf(id).width + SPACING.gap) * (sizeOf(id).height + SPACING.verticalGap),
    0,
  );
  // Loops, not Math.max(...list): spreading a list as long as the map overflows the stack past ~100,000.
  let widestCard = -Infinity;
  for (const id of ids) widestCard = Math.max(widestCard, sizeOf(id).width);
  const narrowest = Math.log(2 * widestCard);

  const layOut = (hints: CrossLinkHints, leafStackMin: number, dropWidth: number, earlier?: Candidate): Candidate => {
    const options = { ...SPACING, leafStackMin, dropWidth };
    const { trees, blocks } = compactTrees(forest, sizeOf, options, hints, earlier?.blocks);
    let widest = -Infinity;
    for (const tree of trees) widest = Math.max(widest, tree.width);
    // Separate trees wrap into rows about as wide as a landscape window's shape suggests.
    const rowWidth = Math.max(widest, Math.sqrt(area * SCREEN_ASPECT));
    const packing = packTrees(trees, sizeOf, forest.parentOf, { treeGap: TREE_GAP, rowWidth, links });
    const tooTall = packing.width < packing.height * SCREEN_ASPECT;
    return { leafStackMin, dropWidth, trees, blocks, packing, widest, zoom: fitZoom(packing), tooTall };
  };

  const search = (hints: CrossLinkHints, leafStackMins: number[]): Candidate => {
    const plain = layOut(hints, Infinity, Infinity);
    let best = plain;
    const consider = (candidate: Candidate): Candidate => {
      // Only a clearly better fit is worth a less familiar shape.
      if (candidate.zoom > best.zoom * 1.001) best = candidate;
      return candidate;
    };
    for (const leafStackMin of leafStackMins) {
      let last = leafStackMin === Infinity ? plain : consider(layOut(hints, leafStackMin, Infinity));
      if (last.tooTall) continue; // dropping subtrees would only make it taller
      // The fit is best where the map turns from too wide to too tall: bisect the width budget for that point.
      // Each try reuses the subtrees that the budget did not change.
      let [low, high] = [narrowest, Math.max(narrowest, Math.log(plain.widest))];
      for (let step = 0; step < BISECTION_STEPS; step += 1) {
        const middle = (low + high) / 2;
        last = consider(layOut(hints, leafStackMin, Math.exp(middle), last));
        if (last.tooTall) low = middle;
        else high = middle;
      }
    }
    return best;
  };

  const first = search({ rise, lean: new Map(), arrive: new Map() }, [Infinity, LEAF_STACK_MIN]);
  const sides = crossLinkSides(map, forest, packedPositions(first.trees, first.packing), sizeOf);
  if (sides.lean.size === 0) return first;
  // Second pass: cross-links now have a direction, and parents step aside from them.
  const aside = search({ rise, ...sides }, [first.leafStackMin]);
  return aside.zoom >= first.zoom * LEAN_COST ? aside : first;
}
