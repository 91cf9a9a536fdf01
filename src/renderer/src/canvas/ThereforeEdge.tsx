import { memo } from 'react';
import { BaseEdge, getBezierPath, Position, useInternalNode, type EdgeProps } from '@xyflow/react';

/**
 * A "therefore" arrow (a support into a recommendation, shared/model/premiseOrder.ts): from the
 * middle of the premise's bottom down to the middle of the recommendation's top, the curve the
 * export draws too (render/edgeDrawing.ts). It reads the cards' places itself, so the cards need
 * no handles of their own for it: their one top handle stays where a connection starts.
 */
function ThereforeEdgeView({ id, source, target, style, markerEnd, interactionWidth }: EdgeProps) {
  const from = useInternalNode(source);
  const to = useInternalNode(target);
  if (!from || !to) return null;
  const [a, b] = [from.internals.positionAbsolute, to.internals.positionAbsolute];
  const [sourceX, sourceY] = [a.x + (from.measured.width ?? 0) / 2, a.y + (from.measured.height ?? 0) + HANDLE];
  const [targetX, targetY] = [b.x + (to.measured.width ?? 0) / 2, b.y - HANDLE];
  const [path] = getBezierPath({
    sourceX,
    sourceY,
    sourcePosition: Position.Bottom,
    targetX,
    targetY,
    targetPosition: Position.Top,
  });
  return <BaseEdge id={id} path={path} style={style} markerEnd={markerEnd} interactionWidth={interactionWidth} />;
}

/** Where React Flow's 10px card handles put an arrow's end: 5px outside the card. */
const HANDLE = 5;

export const ThereforeEdge = memo(ThereforeEdgeView);

/** The edge types besides React Flow's own: defined once, as nodeTypes is. */
export const edgeTypes = { therefore: ThereforeEdge };
