import type { ArgumentMap, Position } from '../model/argumentMap';
import type { NodeId } from '../model/ids';
import { crossTreeLinks } from './crossLinks';
import { layoutForest } from './layoutForest';
import { FIT_WINDOW } from './layoutMetrics';
import { inducedMap, moveTo, topLeftOf } from './layoutSelection';
import { looseNodes, setAside } from './looseNodes';
import { estimateNodeSize, type Size } from './nodeSize';
import { packedPositions, packTrees } from './packTrees';
import { tidyRows } from './tidyRows';

export interface AutoLayoutOptions {
  /** Lay out only these nodes (and the relations among them), starting where their bounding box starts now. */
  only?: ReadonlySet<NodeId>;
}

/** The spacing every layout uses (incremental placement too, see placement.ts). */
export const LAYOUT_SPACING = { gap: 24, verticalGap: 80, treeGap: 96 } as const;
const SCREEN_ASPECT = (FIT_WINDOW.width - 2 * FIT_WINDOW.padding) / (FIT_WINDOW.height - 2 * FIT_WINDOW.padding);

/**
 * Automatic layout: the thesis on top, what bears on a node beneath it in one row, in the order
 * the user gave the premises (premiseOrder.ts), every card of a depth in the same row; a
 * recommendation below what it follows from. Each tree is a tidy tree in linear time (tidyRows);
 * separate trees stand in rows about as wide as a landscape window, cross-linked ones side by
 * side; statements tied to nothing are set aside in a block of their own. docs/layout.md has the
 * measurements. Returns new top-left positions; the map is not touched.
 */
export function autoLayout(
  map: ArgumentMap,
  measure: (id: NodeId) => Size = (id) => estimateNodeSize(map.nodes[id]),
  options: AutoLayoutOptions = {},
): Map<NodeId, Position> {
  const target = options.only ? inducedMap(map, options.only) : map;
  const ids = Object.keys(target.nodes) as NodeId[];
  if (ids.length === 0) return new Map();
  // Estimating a size wraps the text: each is asked for once.
  const sizes = new Map(ids.map((id) => [id, measure(id)]));
  const sizeOf = (id: NodeId): Size => sizes.get(id)!;
  const forest = layoutForest(target);
  const loose = looseNodes(target, forest);
  const trees = tidyRows(forest, sizeOf, LAYOUT_SPACING).filter((tree) => !loose.has(tree.root));
  let area = 0;
  let widest = 0;
  for (const id of ids) {
    const { width, height } = sizeOf(id);
    area += (width + LAYOUT_SPACING.gap) * (height + LAYOUT_SPACING.verticalGap);
  }
  for (const tree of trees) widest = Math.max(widest, tree.width);
  // Separate trees wrap into rows about as wide as a landscape window's shape suggests.
  const rowWidth = Math.max(widest, Math.sqrt(area * SCREEN_ASPECT));
  const links = trees.length > 1 ? crossTreeLinks(target, forest) : [];
  const packing = packTrees(trees, sizeOf, forest.parentOf, { treeGap: LAYOUT_SPACING.treeGap, rowWidth, links });
  const positions = packedPositions(trees, packing);
  setAside([...loose], sizeOf, positions, packing, LAYOUT_SPACING);
  return options.only ? moveTo(positions, topLeftOf(map, options.only)) : positions;
}
