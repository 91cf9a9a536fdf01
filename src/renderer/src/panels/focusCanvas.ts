/**
 * Hands the keyboard back to the map after a panel is done with it. Cards take no
 * focus (Tab on the map adds a reason), so the map's keys listen on the page itself:
 * moving the focus off the panel is enough.
 */
export function focusCanvas(): void {
  if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
}
