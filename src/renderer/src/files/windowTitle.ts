/**
 * The window's title: the file name, marked when there are unsaved changes. macOS shows the
 * mark as a dot in the close button (main sets it), so the title stays clean there; elsewhere
 * a leading "*" is the convention (GNOME, KDE and Windows editors).
 */
export function windowTitle(name: string, dirty: boolean, isMac: boolean): string {
  if (!name) return 'Argmap';
  return `${dirty && !isMac ? '*' : ''}${name} — Argmap`;
}
