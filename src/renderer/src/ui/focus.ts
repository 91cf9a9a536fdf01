/**
 * Where the keyboard is: the map's one-key shortcuts, Undo and the clipboard act on the map only
 * when no text field has it, and panels hand it back to the map when they are done.
 */

/**
 * Hands the keyboard back to the map after a panel is done with it. The map's keys listen on the
 * page itself (a card has the focus only when Tab or a click put it there), so moving the focus
 * off the panel is enough.
 */
export function focusCanvas(): void {
  if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
}

/** Text fields keep their own undo: the menu's Undo must not reach into the map then. */
export function isEditingText(): boolean {
  const active = document.activeElement;
  return (
    active instanceof HTMLInputElement ||
    active instanceof HTMLTextAreaElement ||
    active instanceof HTMLSelectElement ||
    (active as HTMLElement | null)?.isContentEditable === true
  );
}

/**
 * Text still being typed (a card, an inspector field) commits when its field loses the focus:
 * a save, an export or a copy must include it, as users expect from any editor.
 */
export function commitTextBeingTyped(): void {
  const active = document.activeElement;
  if (active instanceof HTMLTextAreaElement || active instanceof HTMLInputElement) {
    if (active.closest('.arg-node, .inspector')) active.blur();
  }
}
