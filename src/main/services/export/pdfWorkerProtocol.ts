import type { ArgumentMap } from '../../../shared/model/argumentMap';
import type { DrawingOptions } from '../../../shared/render/drawMap';
import type { ExportFonts } from './exportFonts';
import type { PdfOptions } from './pdfExport';

/** What pdfOffThread.ts and the PDF worker (pdfWorker.ts) say to each other. */

/** Marks the worker's workerData, so pdfWorker.ts serves only when started as the PDF worker. */
export const PDF_WORKER_MARK = 'argmapPdfWorker';

/**
 * One PDF to make, as the worker receives it: the map and how to draw it (a tenth of the
 * drawing's objects to copy between threads), the fonts by file (the worker reads and keeps them).
 */
export interface PdfJob {
  id: number;
  map: ArgumentMap;
  drawing: DrawingOptions;
  faces: { weight: ExportFonts['faces'][number]['weight']; path: string }[];
  options: PdfOptions;
}

export type PdfJobResult =
  { id: number; ok: true; pdf: ArrayBuffer } | { id: number; ok: false; message: string; stack?: string };
