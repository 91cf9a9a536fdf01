/** Marks what a modal dialog made inert, so exactly that is given back. */
const MARK = 'data-inert-outside';
const NOT_SHOWN = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'LINK', 'META']);

/**
 * While a modal dialog is open, everything beside it is inert and hidden from screen readers
 * (as a native modal <dialog> makes it): the page's own banner, toolbar and status bar are not
 * heard, and the dialog's landmarks are the only ones. Returns the function that gives it back.
 */
export function inertOutside(element: HTMLElement): () => void {
  const changed: HTMLElement[] = [];
  for (let node: HTMLElement = element; node.parentElement && node !== document.body; node = node.parentElement) {
    for (const sibling of node.parentElement.children) {
      if (sibling === node || !(sibling instanceof HTMLElement) || NOT_SHOWN.has(sibling.tagName)) continue;
      if (sibling.inert || sibling.hasAttribute(MARK)) continue;
      sibling.inert = true;
      sibling.setAttribute('aria-hidden', 'true');
      sibling.setAttribute(MARK, '');
      changed.push(sibling);
    }
  }
  return () => {
    for (const sibling of changed) release(sibling);
  };
}

function release(element: HTMLElement): void {
  if (!element.hasAttribute(MARK)) return;
  element.inert = false;
  element.removeAttribute('aria-hidden');
  element.removeAttribute(MARK);
}

/**
 * Gives the page back at once, for a dialog that hands the focus back as it closes (the command
 * palette), before React has taken it away: an inert element cannot take the focus.
 */
export function releaseInertOutside(): void {
  for (const element of document.querySelectorAll<HTMLElement>(`[${MARK}]`)) release(element);
}
