import type { ArgumentMap, Position } from '../model/argumentMap';
import type { NodeId } from '../model/ids';
import { estimateNodeSize, type Size } from './nodeSize';
import { primaryParents } from '../model/graph';
import { ForestRoots } from '../model/forestRoots';

export interface TreeLayoutOptions {
  horizontalGap: number;
  verticalGap: number;
  /** Gap between separate trees (e.g. the thesis and a free-standing recommendation). */
  treeGap: number;
}

const DEFAULTS: TreeLayoutOptions = { horizontalGap: 24, verticalGap: 80, treeGap: 120 };

// The tree every view shares (layout, outline, folding) is defined with the model.
export { primaryParents } from '../model/graph';

interface Tree {
  root: NodeId;
  width: number;
  height: number;
}

/**
 * A layered tidy tree in linear time: the thesis on top, what bears on a node
 * beneath it, each subtree centred over its children. Separate trees sit side by
 * side, wrapping below the widest one so the map stays compact on screen.
 * Returns new top-left positions; the map itself is not touched.
 */
export function treeLayout(
  map: ArgumentMap,
  sizeOf: (id: NodeId) => Size = (id) => estimateNodeSize(map.nodes[id]),
  options: Partial<TreeLayoutOptions> = {},
): Map<NodeId, Position> {
  const { horizontalGap, verticalGap, treeGap } = { ...DEFAULTS, ...options };
  const parents = primaryParents(map);
  const children = new Map<NodeId, NodeId[]>();
  const roots: NodeId[] = [];
  for (const id of Object.keys(map.nodes) as NodeId[]) {
    const parent = parents.get(id);
    if (!parent) roots.push(id);
    else if (children.has(parent)) children.get(parent)!.push(id);
    else children.set(parent, [id]);
  }
  const kidsOf = (id: NodeId): NodeId[] => children.get(id) ?? [];

  const depth = new Map<NodeId, number>();
  const subtreeWidth = new Map<NodeId, number>();
  const rowsOf = new Map<NodeId, number[]>(); // row heights per tree
  // Widths bottom-up over a pre-order kept in a list: no recursion, a chain may be any length.
  const measure = (root: NodeId, rows: number[]): number => {
    const order = [root];
    depth.set(root, 0);
    for (let i = 0; i < order.length; i++) {
      const id = order[i];
      const level = depth.get(id)!;
      rows[level] = Math.max(rows[level] ?? 0, sizeOf(id).height);
      for (const kid of kidsOf(id)) {
        depth.set(kid, level + 1);
        order.push(kid);
      }
    }
    for (let i = order.length - 1; i >= 0; i--) {
      const id = order[i];
      const kidsWidth = kidsOf(id).reduce((sum, kid, k) => sum + subtreeWidth.get(kid)! + (k ? horizontalGap : 0), 0);
      subtreeWidth.set(id, Math.max(sizeOf(id).width, kidsWidth));
    }
    return subtreeWidth.get(root)!;
  };
  const trees: Tree[] = roots.map((root) => {
    const rows: number[] = [];
    const width = measure(root, rows);
    rowsOf.set(root, rows);
    return { root, width, height: rows.reduce((sum, h) => sum + h, 0) + verticalGap * (rows.length - 1) };
  });

  const positions = new Map<NodeId, Position>();
  // Depth first with a stack, children pushed last to first: the same order as the recursion it replaces.
  const place = (root: NodeId, rootLeft: number, rowTops: number[]): void => {
    const stack: [NodeId, number][] = [[root, rootLeft]];
    while (stack.length > 0) {
      const [id, left] = stack.pop()!;
      const width = subtreeWidth.get(id) ?? 0;
      positions.set(id, { x: Math.round(left + (width - sizeOf(id).width) / 2), y: rowTops[depth.get(id) ?? 0] });
      const kids = kidsOf(id);
      const kidsWidth = kids.reduce((sum, kid, i) => sum + (subtreeWidth.get(kid) ?? 0) + (i ? horizontalGap : 0), 0);
      let cursor = left + (width - kidsWidth) / 2;
      const lefts = kids.map((kid) => {
        const at = cursor;
        cursor += (subtreeWidth.get(kid) ?? 0) + horizontalGap;
        return at;
      });
      for (let k = kids.length - 1; k >= 0; k--) stack.push([kids[k], lefts[k]]);
    }
  };

  const linked = linkedTrees(map, parents);
  const maxRowWidth = trees.reduce((widest, tree) => Math.max(widest, tree.width), 0);
  let left = 0;
  let top = 0;
  let rowHeight = 0;
  let rowRoots: NodeId[] = [];
  for (const tree of trees) {
    // A tree cross-linked to one already in the row stays beside it, so its arrows still point up.
    const staysInRow = rowRoots.some((root) => linked.has(`${root}|${tree.root}`));
    if (left > 0 && left + tree.width > maxRowWidth && !staysInRow) {
      top += rowHeight + treeGap;
      left = 0;
      rowHeight = 0;
      rowRoots = [];
    }
    rowRoots.push(tree.root);
    const rowTops: number[] = [];
    (rowsOf.get(tree.root) ?? []).forEach((h, level, rows) => {
      rowTops[level] = level === 0 ? top : rowTops[level - 1] + rows[level - 1] + verticalGap;
    });
    place(tree.root, left, rowTops);
    left += tree.width + treeGap;
    rowHeight = Math.max(rowHeight, tree.height);
  }
  return positions;
}

/** Pairs of tree roots ("a|b", both orders) that some relation connects across trees. */
function linkedTrees(map: ArgumentMap, parents: ReadonlyMap<NodeId, NodeId>): Set<string> {
  const trees = ForestRoots.of(parents);
  const rootOf = (id: NodeId): NodeId => trees.root(id);
  const pairs = new Set<string>();
  for (const relation of Object.values(map.relations)) {
    const target = 'node' in relation.to ? relation.to.node : map.relations[relation.to.relation]?.from[0];
    if (!target || !map.nodes[target]) continue;
    for (const premise of relation.from) {
      const [a, b] = [rootOf(premise), rootOf(target)];
      if (a !== b) pairs.add(`${a}|${b}`).add(`${b}|${a}`);
    }
  }
  return pairs;
}
