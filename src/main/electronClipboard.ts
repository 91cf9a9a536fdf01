import { clipboard, ClipboardItem } from 'electron';
import type { ExportClipboard } from './services/exportHandlers';

/**
 * The system clipboard for Edit › Copy as…, through Electron's asynchronous clipboard: every format
 * of one copy goes in a single `write`, so a second format never replaces the first.
 */
export function electronClipboard(): ExportClipboard {
  return {
    writeText: (text) => clipboard.writeText(text),
    writeImage: (png) => clipboard.write([new ClipboardItem({ 'image/png': new Blob([png], { type: 'image/png' }) })]),
    async writeSvg(svg) {
      try {
        // Design apps (Figma, Inkscape, Office) paste the image type; editors and chat the markup as text.
        const image = new Blob([svg], { type: 'image/svg+xml' });
        await clipboard.write([new ClipboardItem({ 'text/plain': svg, 'image/svg+xml': image })]);
      } catch {
        // A platform without the SVG type refuses the whole item: the markup as text still pastes everywhere.
        await clipboard.writeText(svg);
      }
    },
  };
}
