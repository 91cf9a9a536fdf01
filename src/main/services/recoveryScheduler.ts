/** Options for {@link createRecoveryScheduler}. */
export interface RecoverySchedulerOptions<T> {
  /** Quiet time after the last change before writing; 1000 ms by default. */
  delayMs?: number;
  /** Writes one snapshot, e.g. `(s) => writeRecovery(dataDir, s)`. */
  write: (snapshot: T) => Promise<unknown> | unknown;
  /** Told about a failed write; the scheduler itself never throws or rejects. */
  onError?: (error: unknown) => void;
}

/** A debounced writer of recovery snapshots. */
export interface RecoveryScheduler<T> {
  /** Notes the latest state; it is written once changes stop for `delayMs`. */
  schedule(snapshot: T): void;
  /** Writes the pending snapshot now (before quitting, or before a save) and waits for every write. */
  flush(): Promise<void>;
  /** Drops the pending snapshot (the document was saved or closed). A write already running finishes. */
  cancel(): void;
  /** True while a snapshot waits for its timer. */
  readonly pending: boolean;
}

/**
 * Debounces recovery writes: typing a sentence writes once, about a second after the last key, not
 * once per key. Only the newest snapshot matters, so older pending ones are replaced, not queued.
 * Writes run one at a time, so an older snapshot can never land after a newer one.
 */
export function createRecoveryScheduler<T>({
  delayMs = 1000,
  write,
  onError,
}: RecoverySchedulerOptions<T>): RecoveryScheduler<T> {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let latest: { snapshot: T } | null = null;
  let chain: Promise<void> = Promise.resolve();

  const writeNow = (): Promise<void> => {
    if (timer) clearTimeout(timer);
    timer = null;
    const next = latest;
    latest = null;
    if (next) {
      chain = chain.then(async () => {
        try {
          await write(next.snapshot);
        } catch (error) {
          onError?.(error);
        }
      });
    }
    return chain;
  };

  return {
    schedule(snapshot) {
      latest = { snapshot };
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void writeNow(), delayMs);
    },
    flush: writeNow,
    cancel() {
      if (timer) clearTimeout(timer);
      timer = null;
      latest = null;
    },
    get pending() {
      return timer !== null;
    },
  };
}
