/**
 * Hands the keyboard back to the map after a panel is done with it: to the
 * selected node's card if there is one, else to the canvas, else to the page,
 * where the app's shortcuts listen.
 */
export function focusCanvas(): void {
  const selectedCard = document.querySelector<HTMLElement>('.react-flow__node.selected');
  if (selectedCard) {
    selectedCard.focus({ preventScroll: true });
    return;
  }
  const canvas = document.querySelector('.react-flow__pane')?.parentElement;
  if (canvas && canvas.tabIndex >= 0) {
    canvas.focus({ preventScroll: true });
    return;
  }
  if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
  document.body.focus();
}
