import type { ArgumentMap } from '../model/argumentMap';
import type { NodeId } from '../model/ids';
import { evaluateGrounded } from '../evaluation/grounded';
import { wholeMapOf } from '../model/mapParts';

/**
 * The status word an outline writes after a node's kind ("Reason (stands): …"), when asked for:
 * the whole map's evaluation, even for an outline of a part of it. Without: no word.
 */
export function outlineStatuses(map: ArgumentMap, wanted = false): (id: NodeId) => string | null {
  if (!wanted) return () => null;
  const evaluation = evaluateGrounded(wholeMapOf(map));
  return (id) => evaluation.nodes.get(id) ?? null;
}
