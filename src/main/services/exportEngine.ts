import { fontsDirIn, loadExportFonts } from './export/exportFonts';
import { exportMap } from './export/exportMap';
import { renderMapSvg } from './export/renderSvg';
import type { ExportEngine } from './exportHandlers';

/** The real export core, with the fonts bundled in `resourcesDir` (read on the first export, then kept). */
export function exportEngine(resourcesDir: string): ExportEngine {
  return { exportMap, renderMapSvg, fonts: () => loadExportFonts(fontsDirIn(resourcesDir)) };
}
