/**
 * The window's title: the file name, marked when there are unsaved changes. macOS shows the
 * mark as a dot in the close button (main sets it), so the title stays clean there; elsewhere
 * a leading "*" is the convention (GNOME, KDE and Windows editors). Main sets it, not the page:
 * a page title change costs the renderer about 10 ms (measured with `npm run bench`), and the
 * mark flips on the edit that makes a map unsaved and on the undo that makes it clean again.
 */
export function windowTitle(name: string, dirty: boolean, isMac: boolean): string {
  if (!name) return 'Argmap';
  return `${dirty && !isMac ? '*' : ''}${name} — Argmap`;
}
