import type { ArgumentMap, Position } from '../model/argumentMap';
import type { NodeId } from '../model/ids';
import type { LayoutForest } from './layoutForest';
import type { Size } from './nodeSize';

/** Statements no relation touches: drawn in a block of their own beside the argument, not as a row of theses. */
export function looseNodes(map: ArgumentMap, forest: LayoutForest): Set<NodeId> {
  const tied = new Set<NodeId>();
  for (const relation of Object.values(map.relations)) {
    for (const premise of relation.from) tied.add(premise);
    if ('node' in relation.to) tied.add(relation.to.node);
  }
  const loose = new Set<NodeId>();
  for (const root of forest.roots) if (!tied.has(root) && !forest.itemsOf.get(root)?.length) loose.add(root);
  // A map of nothing but loose statements is laid out as that block alone.
  return loose;
}

/**
 * Puts the loose statements in a block of columns (about as many as rows) to the right of what is
 * already placed, top-aligned with it, in map order.
 */
export function setAside(
  loose: readonly NodeId[],
  sizeOf: (id: NodeId) => Size,
  positions: Map<NodeId, Position>,
  placed: { width: number },
  spacing: { gap: number; treeGap: number },
): void {
  if (loose.length === 0) return;
  const columns = Math.ceil(Math.sqrt(loose.length));
  const left = positions.size > 0 ? placed.width + spacing.treeGap : 0;
  let columnWidth = 0;
  for (const id of loose) columnWidth = Math.max(columnWidth, sizeOf(id).width);
  const tops = new Array<number>(columns).fill(0);
  loose.forEach((id, i) => {
    const column = i % columns;
    positions.set(id, { x: Math.round(left + column * (columnWidth + spacing.gap)), y: tops[column] });
    tops[column] += sizeOf(id).height + spacing.gap;
  });
}
