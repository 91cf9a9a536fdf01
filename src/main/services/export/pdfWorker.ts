/**
 * The PDF worker thread (pdfOffThread.ts starts it): makes each PDF it is sent with svgToPdf and
 * hands the bytes back without copying them. It serves only when started as that worker, so
 * importing it elsewhere does nothing; its default export is its own path, which is what
 * electron-vite's `./pdfWorker?modulePath` gives the Electron main process for the built file.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';
import type { FontFace } from './exportFonts';
import { svgToPdf } from './pdfExport';
import { PDF_WORKER_MARK, type PdfJob, type PdfJobResult } from './pdfWorkerProtocol';

const fontBytes = new Map<string, Buffer>();
const faceOf = ({ weight, path }: PdfJob['faces'][number]): FontFace => {
  let bytes = fontBytes.get(path);
  if (!bytes) fontBytes.set(path, (bytes = readFileSync(path)));
  return { weight, path, bytes };
};

async function make(job: PdfJob): Promise<{ result: PdfJobResult; transfer: ArrayBuffer[] }> {
  try {
    const warnings: string[] = [];
    const pdf = await svgToPdf(
      job.svg,
      job.size,
      { faces: job.faces.map(faceOf) },
      {
        ...job.options,
        ...(job.collectWarnings ? { onWarning: (message: string) => warnings.push(message) } : {}),
      },
    );
    // A small Buffer may sit in Node's shared pool: hand over a copy then, never the pool.
    const whole = pdf.byteOffset === 0 && pdf.byteLength === pdf.buffer.byteLength;
    const bytes = (
      whole ? pdf.buffer : pdf.buffer.slice(pdf.byteOffset, pdf.byteOffset + pdf.byteLength)
    ) as ArrayBuffer;
    return { result: { id: job.id, ok: true, pdf: bytes, warnings }, transfer: [bytes] };
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
