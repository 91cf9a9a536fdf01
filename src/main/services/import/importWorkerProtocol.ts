import type { ImportFormat } from '../../../shared/formats/formatRegistry';

/** What importOffThread.ts and the import worker (importWorker.ts) say to each other. */

/** Marks the worker's workerData, so importWorker.ts serves only when started as the import worker. */
export const IMPORT_WORKER_MARK = 'argmapImportWorker';

/** Untrusted text to read as a map. */
export interface ImportJob {
  format: ImportFormat;
  text: string;
  title?: string;
}

/**
 * The worker's answer to job `id`. `outcome` is what importText returned, as structured clone
 * delivered it: main re-validates it before anything uses it; `error` is an exception the
 * importer let out. `pristine` says the worker's built-in objects are still as they were when it
 * started (should they not be, the worker has put them back, and main retires it all the same).
 */
export type ImportJobResult = { id: number; pristine: boolean } & ({ outcome: unknown } | { error: string });
