import type { NodeId } from '../../../shared/model/ids';

/**
 * Characters typed for a node whose text field is not in the page yet (its card is still being
 * brought into view and built): the field takes them when it opens, so no key is lost.
 */
let pending: { id: NodeId; text: string } | null = null;

/** Keeps a character typed before the node's field exists. */
export function typeAhead(id: NodeId, character: string): void {
  pending = pending?.id === id ? { id, text: pending.text + character } : { id, text: character };
}

/** What was typed ahead for this node (then forgotten); '' when nothing was. */
export function takeTypedAhead(id: NodeId): string {
  if (pending?.id !== id) return '';
  const { text } = pending;
  pending = null;
  return text;
}
