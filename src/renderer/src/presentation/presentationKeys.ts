/** What a key does in a presentation. */
export type PresentationMove = 'next' | 'previous' | 'first' | 'last' | 'end';

const KEYS: Record<string, PresentationMove> = {
  ArrowRight: 'next',
  ' ': 'next',
  PageDown: 'next',
  ArrowLeft: 'previous',
  PageUp: 'previous',
  Home: 'first',
  End: 'last',
  Escape: 'end',
};

/**
 * The presentation's move for a key press, or null: Right, Space and Page Down go on (as a
 * clicker's buttons send), Left and Page Up go back, Home and End jump, Escape ends. A key with
 * Ctrl, Cmd or Alt is not the presentation's.
 */
export function presentationKey(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>,
): PresentationMove | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  return KEYS[event.key] ?? null;
}
