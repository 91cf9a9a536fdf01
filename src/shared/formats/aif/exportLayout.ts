import type { ArgumentMap, Position, Relation } from '../../model/argumentMap';
import { estimateNodeSize } from '../../layout/nodeSize';

/** A node's place in OVA3's layout block: x is the node's centre, y its top. */
export interface OvaNodeLayout {
  nodeID: string;
  visible: true;
  x: number;
  y: number;
  timestamp: '';
}

// OVA draws an S node as an ellipse about 38px tall; its y is the top, so it is lifted by half.
const S_NODE_HALF_HEIGHT = 19;
const MAX_UNDERCUT_DEPTH = 16;

/**
 * OVA3 positions for every AIF node, in map units (OVA draws smaller boxes, so the map opens there
 * roomier than here, never overlapping). Statements keep their place exactly: x = left + width / 2,
 * y = top, which the importer inverts. An S node sits where the canvas draws the relation's junction:
 * halfway between its premises and its target.
 */
export function ovaLayout(map: ArgumentMap): OvaNodeLayout[] {
  const centreTop = (id: string): Position => {
    const node = map.nodes[id as keyof typeof map.nodes];
    return { x: node.position.x + estimateNodeSize(node).width / 2, y: node.position.y };
  };
  const junctions = new Map<string, Position>();
  const junction = (relation: Relation, depth = 0): Position => {
    const known = junctions.get(relation.id);
    if (known) return known;
    const premises = relation.from.map(centreTop);
    const start = {
      x: premises.reduce((sum, p) => sum + p.x, 0) / premises.length,
      y: Math.min(...premises.map((p) => p.y)),
    };
    let end: Position;
    if ('node' in relation.to) {
      const target = map.nodes[relation.to.node];
      end = { x: centreTop(target.id).x, y: target.position.y + estimateNodeSize(target).height };
    } else {
      const undercut = map.relations[relation.to.relation];
      end = undercut && depth < MAX_UNDERCUT_DEPTH ? junction(undercut, depth + 1) : start;
    }
    const point = { x: (start.x + end.x) / 2, y: (start.y + end.y) / 2 };
    junctions.set(relation.id, point);
    return point;
  };

  const layout = (nodeID: string, p: Position): OvaNodeLayout => ({ nodeID, visible: true, ...p, timestamp: '' });
  return [
    ...Object.values(map.nodes).map((node) => layout(node.id, centreTop(node.id))),
    ...Object.values(map.relations).map((relation) => {
      const point = junction(relation);
      return layout(relation.id, { x: Math.round(point.x), y: Math.round(point.y - S_NODE_HALF_HEIGHT) });
    }),
  ];
}
