/** Runs file commands one at a time: each may show dialogs, and two at once would ask over each other. */
export interface CommandQueue {
  /** True while a command runs (its dialogs may be open). */
  readonly busy: boolean;
  /**
   * Runs `work` when nothing else runs. While another command runs it is dropped (a second Ctrl+S
   * while the first one's dialog is open), or with `wait`, run after it (a close, a file the system
   * hands over: losing those would lose the user's intent).
   */
  run(work: () => Promise<void>, wait?: boolean): Promise<void>;
}

export function createCommandQueue(): CommandQueue {
  let busy = false;
  let running: Promise<void> = Promise.resolve();
  return {
    get busy() {
      return busy;
    },
    async run(work, wait = false) {
      while (busy) {
        if (!wait) return;
        await running;
      }
      busy = true;
      const done = (async () => {
        try {
          await work();
        } finally {
          busy = false;
        }
      })();
      running = done.catch(() => undefined);
      await done;
    },
  };
}
