/**
 * The import worker thread (importOffThread.ts starts it): reads untrusted Argdown or AIF text
 * with the app's importers and posts back what they made. It runs in its own V8 isolate, so
 * whatever a hostile document does to Object.prototype here stays here, and main retires the
 * thread at the first doubt. It serves only when started as that worker, so importing it
 * elsewhere does nothing; its default export is its own path, which is what electron-vite's
 * `./services/import/importWorker?modulePath` gives the Electron main process for the built file.
 */
import { fileURLToPath } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';
import { watchBuiltins } from '../../../shared/formats/builtinsGuard';
import { builtinsChangedRefusal, importTextUnwatched } from '../../../shared/formats/conversion/convert';
import { IMPORT_WORKER_MARK, type ImportJob, type ImportJobResult } from './importWorkerProtocol';

type Reply = { outcome: unknown } | { error: string };

function read(job: ImportJob): Reply {
  try {
    const options = job.title === undefined ? {} : { title: job.title };
    return { outcome: importTextUnwatched(job.format, job.text, options) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

const port = parentPort;
if (port && (workerData as Record<string, unknown> | null)?.[IMPORT_WORKER_MARK]) {
  // The built-ins as the modules left them. After every document, whatever changed since is put
  // back, the document refused, and main told, so it retires this thread.
  const atStart = watchBuiltins();
  port.on('message', (job: ImportJob & { id: number }) => {
    const answer = read(job);
    const changed = atStart.restore();
    const reply = changed.length === 0 ? answer : { outcome: builtinsChangedRefusal(changed) };
    const pristine = changed.length === 0;
    try {
      port.postMessage({ id: job.id, pristine, ...reply } satisfies ImportJobResult);
    } catch (error) {
      // Something in the outcome structured clone cannot copy: say so rather than go quiet.
      const message = `its result could not be handed over (${String(error)})`;
      port.postMessage({ id: job.id, pristine, error: message } satisfies ImportJobResult);
    }
  });
}

export default fileURLToPath(import.meta.url);
