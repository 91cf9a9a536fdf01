import type { Worker } from 'node:worker_threads';
import { plural } from '../../../shared/formats/interop';
import { startWorker } from '../workers/workerStart';
import { IMPORT_WORKER_MARK, type ImportJob, type ImportJobResult } from './importWorkerProtocol';

/**
 * The reader's heap. A hostile document that makes it grow without end stops this thread, not
 * the whole app with the user's unsaved work (a 50 MB file, the largest Argmap reads, needs less).
 */
export const HEAP_LIMIT_MB = 2_048;

/** What a job came to: the worker's answer, or why there is none (already worded for the user). */
export type WorkerAnswer = { result: ImportJobResult } | { failure: string };

function describeCrash(error: Error & { code?: string }): string {
  if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return `reading it needed more than the ${HEAP_LIMIT_MB / 1024} GB of memory Argmap gives an import`;
  }
  return `Argmap’s reader failed (${error.message})`;
}

/**
 * One import worker thread. It reads one document at a time (callers queue), is kept for the next
 * while idle for `idleMs`, and is stopped for good on a crash, a job over its time limit, or when
 * its owner no longer trusts it (stop). It lets the process exit whenever it is idle.
 */
export class ImportWorkerThread {
  private readonly worker: Worker;
  private nextId = 1;
  private current: { id: number; finish(answer: WorkerAnswer): void } | undefined;
  private idleTimer: NodeJS.Timeout | undefined;
  closed = false;

  constructor(
    readonly entry: string,
    private readonly idleMs: number,
  ) {
    this.worker = startWorker(entry, {
      workerData: { [IMPORT_WORKER_MARK]: true },
      resourceLimits: { maxOldGenerationSizeMb: HEAP_LIMIT_MB },
    });
    this.worker.on('message', (result: ImportJobResult) => {
      if (result.id === this.current?.id) this.current.finish({ result });
    });
    this.worker.on('error', (error) => this.stop(describeCrash(error)));
    this.worker.on('exit', (code) => this.stop(`Argmap’s reader stopped before it answered (exit code ${code})`));
    this.idle();
  }

  private idle(): void {
    this.worker.unref();
    this.idleTimer = setTimeout(() => this.stop('the reader was idle'), this.idleMs);
    this.idleTimer.unref();
  }

  /** Reads one document; the answer comes within `timeLimitMs`, else the thread is stopped. */
  run(job: ImportJob, timeLimitMs: number): Promise<WorkerAnswer> {
    if (this.closed || this.current) return Promise.resolve({ failure: 'Argmap’s reader was not ready' });
    clearTimeout(this.idleTimer);
    // Keep the process alive while a document is being read; an idle worker does not.
    this.worker.ref();
    const id = this.nextId++;
    const seconds = plural(Math.round(timeLimitMs / 1000), 'second');
    return new Promise((resolve) => {
      const timer = setTimeout(
        () => this.stop(`Argmap stopped reading it after ${seconds}, far longer than any document needs`),
        timeLimitMs,
      );
      this.current = {
        id,
        finish: (answer) => {
          clearTimeout(timer);
          this.current = undefined;
          if (!this.closed) this.idle();
          resolve(answer);
        },
      };
      this.worker.postMessage({ ...job, id });
    });
  }

  /** Stops the thread for good; a document it was reading gets `why` as its answer. */
  stop(why: string): void {
    if (this.closed) return;
    this.closed = true;
    clearTimeout(this.idleTimer);
    void this.worker.terminate();
    this.current?.finish({ failure: why });
  }
}
