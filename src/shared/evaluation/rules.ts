import type { ArgNode } from '../model/argumentMap';
import type { NodeStatus, RelationStatus } from './statuses';

// The rules of evaluation, one function per record, reading counts of their inputs so each can be
// re-applied in constant time when one input is decided (grounded.ts) or checked against a guess
// (preferred.ts). A relation's inputs are its premises and the undercuts aimed at it; a node's are
// the supports and attacks on it.

/** What a relation's inputs are known to be. */
export interface RelationInputs {
  /** Premises that do not stand (yet). */
  premisesPending: number;
  premiseFalls: boolean;
  /** Undercuts aimed at it that do not fail (yet). */
  undercutsPending: number;
  undercutHolds: boolean;
}

/** What a node's inputs are known to be. */
export interface NodeInputs {
  /** Attacks on it that do not fail (yet). */
  attacksPending: number;
  attackHolds: boolean;
  /** Supports bearing on it, those not failed (yet) and those that hold. */
  supports: number;
  supportsPending: number;
  supportsHolding: number;
}

/**
 * A relation holds when every premise stands and every undercut aimed at it fails; it fails when
 * some premise falls or some undercut aimed at it holds; otherwise it is open.
 */
export function relationRule(inputs: RelationInputs): RelationStatus {
  if (inputs.premiseFalls || inputs.undercutHolds) return 'fails';
  if (inputs.premisesPending === 0 && inputs.undercutsPending === 0) return 'holds';
  return 'open';
}

/** Whether a node needs support: some support bears on it and the user has not accepted it as given. */
export const needsSupport = (node: Pick<ArgNode, 'mark'>, supports: number): boolean =>
  supports > 0 && node.mark !== 'accepted';

/**
 * A rejected node falls. Otherwise a node falls when some attack on it holds, or when it needs
 * support and every support on it fails; it stands when every attack on it fails and it is given
 * (no support bears on it), accepted, or some support on it holds; otherwise it is open.
 */
export function nodeRule(node: Pick<ArgNode, 'mark'>, inputs: NodeInputs): NodeStatus {
  if (node.mark === 'rejected' || inputs.attackHolds) return 'falls';
  const needs = needsSupport(node, inputs.supports);
  if (needs && inputs.supportsPending === 0) return 'falls';
  if (inputs.attacksPending === 0 && (!needs || inputs.supportsHolding > 0)) return 'stands';
  return 'open';
}
