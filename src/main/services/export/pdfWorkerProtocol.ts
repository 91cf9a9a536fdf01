import type { ExportFonts } from './exportFonts';
import type { PdfOptions } from './pdfExport';

/** What pdfOffThread.ts and the PDF worker (pdfWorker.ts) say to each other. */

/** Marks the worker's workerData, so pdfWorker.ts serves only when started as the PDF worker. */
export const PDF_WORKER_MARK = 'argmapPdfWorker';

/** One PDF to make, as the worker receives it (the fonts by file: the worker reads and keeps them). */
export interface PdfJob {
  id: number;
  svg: string;
  size: { width: number; height: number };
  faces: { weight: ExportFonts['faces'][number]['weight']; path: string }[];
  options: Omit<PdfOptions, 'onWarning'>;
  collectWarnings: boolean;
}

export type PdfJobResult =
  | { id: number; ok: true; pdf: ArrayBuffer; warnings: string[] }
  | { id: number; ok: false; message: string; stack?: string };
