import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import { startWorker } from '../workers/workerStart';
import type { ArgumentMap } from '../../../shared/model/argumentMap';
import type { DrawingOptions } from '../../../shared/render/drawMap';
import type { ExportFonts } from './exportFonts';
import type { PdfOptions } from './pdfExport';
import { PDF_WORKER_MARK, type PdfJob, type PdfJobResult } from './pdfWorkerProtocol';

/** How long an idle worker is kept for the next export (loading pdfkit again takes a few hundred ms). */
const IDLE_MS = 30_000;

let configuredEntry: string | undefined;

/**
 * Where the PDF worker's script is. The Electron main process sets the built entry from
 * electron-vite's `import entry from './pdfWorker?modulePath'`; run from source (tsx, vitest)
 * the worker is pdfWorker.ts beside this file, loaded through tsx; a bundle with no entry set (the
 * CLI, where nothing waits on the thread) makes the PDF on the calling thread.
 */
export function setPdfWorkerEntry(entry: string | undefined): void {
  configuredEntry = entry || undefined;
}

function workerEntry(): string | undefined {
  if (configuredEntry) return configuredEntry;
  const here = fileURLToPath(import.meta.url);
  return here.endsWith('.ts') ? join(dirname(here), 'pdfWorker.ts') : undefined;
}

interface Pending {
  resolve(pdf: Buffer): void;
  reject(error: Error): void;
}

/** One worker thread and the jobs it has been given; it lets the process exit whenever it is idle. */
class PdfWorker {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private idleTimer: NodeJS.Timeout | undefined;
  closed = false;

  constructor(readonly entry: string) {
    this.worker = startWorker(entry, { workerData: { [PDF_WORKER_MARK]: true } });
    this.worker.on('message', (result: PdfJobResult) => this.settle(result));
    this.worker.on('error', (error) => this.close(error));
    this.worker.on('exit', (code) => this.close(new Error(`the PDF worker stopped (exit code ${code})`)));
    this.idle();
  }

  /** Stops the worker once it has had nothing to do for IDLE_MS. */
  private idle(): void {
    this.worker.unref();
    this.idleTimer = setTimeout(() => void this.terminate(), IDLE_MS);
    this.idleTimer.unref();
  }

  run(job: Omit<PdfJob, 'id'>, pending: Pending): void {
    const id = this.nextId++;
    this.pending.set(id, pending);
    clearTimeout(this.idleTimer);
    // Keep the process alive while a PDF is being made; an idle worker does not.
    this.worker.ref();
    this.worker.postMessage({ ...job, id } satisfies PdfJob);
  }

  private settle(result: PdfJobResult): void {
    const pending = this.pending.get(result.id);
    if (!pending) return;
    this.pending.delete(result.id);
    if (result.ok) {
      pending.resolve(Buffer.from(result.pdf));
    } else {
      const error = new Error(result.message);
      if (result.stack) error.stack = result.stack;
      pending.reject(error);
    }
    if (this.pending.size === 0) this.idle();
  }

  private close(error: Error): void {
    if (this.closed) return;
    this.closed = true;
    clearTimeout(this.idleTimer);
    for (const pending of this.pending.values()) pending.reject(error);
    this.pending.clear();
  }

  async terminate(): Promise<void> {
    this.close(new Error('the PDF worker was stopped'));
    await this.worker.terminate();
  }
}

let current: PdfWorker | undefined;

function workerFor(entry: string): PdfWorker {
  if (!current || current.closed || current.entry !== entry) current = new PdfWorker(entry);
  return current;
}

/**
 * Starts the PDF worker ahead of an export (when the export dialog opens, say), so the export
 * does not also wait for pdfkit to load. Does nothing where PDFs are made on the calling thread.
 */
export function preparePdfWorker(): void {
  const entry = workerEntry();
  if (entry) workerFor(entry);
}

/**
 * mapToPdf on a worker thread: the same bytes, while the calling thread (Electron's main
 * process) stays free of drawing and painting. The first export also loads pdfkit in the worker,
 * which is then kept for later exports until it has been idle for 30 s. Where there is no
 * worker to start (see setPdfWorkerEntry) the PDF is made on this thread.
 */
export async function mapToPdfOffThread(
  map: ArgumentMap,
  drawing: DrawingOptions,
  fonts: Pick<ExportFonts, 'faces' | 'measurer'>,
  options: PdfOptions,
): Promise<Buffer> {
  const entry = workerEntry();
  if (!entry) {
    const { mapToPdf: onThisThread } = await import('./pdfExport');
    return onThisThread(map, drawing, fonts, options);
  }
  const worker = workerFor(entry);
  const faces = fonts.faces.map((face) => ({ weight: face.weight, path: face.path }));
  return new Promise<Buffer>((resolve, reject) => worker.run({ map, drawing, faces, options }, { resolve, reject }));
}

/** Stops the PDF worker, if one is running (tests; the process may also simply exit). */
export async function stopPdfWorker(): Promise<void> {
  const worker = current;
  current = undefined;
  await worker?.terminate();
}
