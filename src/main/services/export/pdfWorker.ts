/**
 * The PDF worker thread (pdfOffThread.ts starts it): makes each PDF it is sent with mapToPdf and
 * hands the bytes back without copying them. It serves only when started as that worker, so
 * importing it elsewhere does nothing; its default export is its own path, which is what
 * electron-vite's `./pdfWorker?modulePath` gives the Electron main process for the built file.
 */
import { fileURLToPath } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';
import { exportFontsOf } from './exportFonts';
import { mapToPdf } from './pdfExport';
import { PDF_WORKER_MARK, type PdfJob, type PdfJobResult } from './pdfWorkerProtocol';

async function make(job: PdfJob): Promise<{ result: PdfJobResult; transfer: ArrayBuffer[] }> {
  try {
    const pdf = await mapToPdf(job.map, job.drawing, exportFontsOf(job.faces), job.options);
    // A small Buffer may sit in Node's shared pool: hand over a copy then, never the pool.
    const whole = pdf.byteOffset === 0 && pdf.byteLength === pdf.buffer.byteLength;
    const bytes = (
      whole ? pdf.buffer : pdf.buffer.slice(pdf.byteOffset, pdf.byteOffset + pdf.byteLength)
    ) as ArrayBuffer;
    return { result: { id: job.id, ok: true, pdf: bytes }, transfer: [bytes] };
  } catch (error) {
    const { message, stack } = error instanceof Error ? error : new Error(String(error));
    return { result: { id: job.id, ok: false, message, stack }, transfer: [] };
  }
}

const port = parentPort;
if (port && (workerData as Record<string, unknown> | null)?.[PDF_WORKER_MARK]) {
  port.on('message', (job: PdfJob) => {
    void make(job).then(({ result, transfer }) => port.postMessage(result, transfer));
  });
}

export default fileURLToPath(import.meta.url);
