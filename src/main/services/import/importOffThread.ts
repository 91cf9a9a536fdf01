import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ImportOutcome } from '../../../shared/formats/interop';
import { checkImportedOutcome, type CheckedOutcome } from './importedOutcome';
import type { ImportJob } from './importWorkerProtocol';
import { ImportWorkerThread } from './importWorkerThread';

/** A document that takes longer than this to read is stopped: it must not hang the window. */
export const IMPORT_TIME_LIMIT_MS = 30_000;
/**
 * How long an idle reader is kept for the next document. Starting one costs ~0.7–0.9 s of CPU
 * (mostly @argdown/core building its parser), reading a typical document 5–70 ms; an idle one
 * holds ~65 MB.
 */
const IDLE_MS = 60_000;

let configuredEntry: string | undefined;

/**
 * Where the import worker's script is. The Electron main process sets the built entry from
 * electron-vite's `import entry from './services/import/importWorker?modulePath'`; run from
 * source (tsx, vitest, the e2e harness) the worker is importWorker.ts beside this file.
 */
export function setImportWorkerEntry(entry: string | undefined): void {
  configuredEntry = entry || undefined;
}

function workerEntry(): string | undefined {
  if (configuredEntry) return configuredEntry;
  const here = fileURLToPath(import.meta.url);
  return here.endsWith('.ts') ? join(dirname(here), 'importWorker.ts') : undefined;
}

let current: ImportWorkerThread | undefined;
let queue: Promise<unknown> = Promise.resolve();

function threadFor(entry: string): ImportWorkerThread {
  if (!current || current.closed || current.entry !== entry) current = new ImportWorkerThread(entry, IDLE_MS);
  return current;
}

/** Starts the reader ahead of an import (when File › Import… asks for a file), so it is warm by then. */
export function prepareImportWorker(): void {
  const entry = workerEntry();
  if (entry) threadFor(entry);
}

const refused = (why: string): ImportOutcome => ({ ok: false, message: `${why}; nothing was imported.` });

async function readOnce(job: ImportJob, timeLimitMs: number): Promise<ImportOutcome> {
  const entry = workerEntry();
  if (!entry) {
    // Loaded only here: the converters bring the Argdown parser, which a start must not pay for.
    const { importText } = await import('../../../shared/formats/conversion/convert');
    return importText(job.format, job.text, job.title === undefined ? {} : { title: job.title });
  }
  let thread: ImportWorkerThread;
  try {
    thread = threadFor(entry);
  } catch (error) {
    return refused(`Argmap could not start its reader (${error instanceof Error ? error.message : String(error)})`);
  }
  const answer = await thread.run(job, timeLimitMs);
  if ('failure' in answer) return refused(answer.failure);
  const { result } = answer;
  const checked: CheckedOutcome =
    'error' in result
      ? { outcome: refused(`Argmap’s reader failed (${result.error})`), sound: false }
      : checkImportedOutcome(result.outcome);
  // A reader that failed, answered nonsense or was changed by what it read is not trusted with the next document.
  if (result.pristine && checked.sound) return checked.outcome;
  thread.stop('the reader was retired');
  // The worker refuses what changed it; should it not have, what it made is not used either.
  return result.pristine || !checked.outcome.ok ? checked.outcome : refused('Reading it changed Argmap’s reader');
}

/**
 * importText for untrusted text (an imported or dropped file, pasted Argdown), read on a worker
 * thread: its own V8 isolate, whose Object.prototype a hostile document cannot reach past. What
 * comes back is checked again here (checkImportedOutcome) before anything uses it. A reader that
 * crashes, throws or takes longer than the time limit gives a message saying so; this never
 * throws. Documents are read one at a time. Where no worker script is known (a bundle that set
 * none) the text is read on this thread, where importText's own guard still undoes and refuses
 * any change to the built-in objects.
 */
export function importOffThread(job: ImportJob, timeLimitMs: number = IMPORT_TIME_LIMIT_MS): Promise<ImportOutcome> {
  const read = queue.then(() => readOnce(job, timeLimitMs));
  queue = read.catch(() => undefined);
  return read;
}

/** Stops the reader, if one is running (tests; the process may also simply exit). */
export function stopImportWorker(): void {
  current?.stop('the reader was stopped');
  current = undefined;
}
