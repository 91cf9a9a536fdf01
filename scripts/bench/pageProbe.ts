/**
 * The in-page half of the editing benchmark: times from a key press to the first frame that
 * shows its effect. It runs in the page, so it touches only what it is given (the node
 * tsconfig has no DOM library; the few browser types it needs are spelt out here).
 */

interface ProbeElement {
  matches(selector: string): boolean;
  value?: string;
  textContent: string | null;
}
interface ProbeDocument {
  activeElement: ProbeElement | null;
  documentElement: unknown;
  querySelector(selector: string): ProbeElement | null;
}
interface ProbeWindow {
  document: ProbeDocument;
  performance: { now(): number };
  requestAnimationFrame(callback: () => void): number;
  addEventListener(type: string, listener: (event: { key?: string }) => void, capture: boolean): void;
  MutationObserver: new (callback: () => void) => {
    observe(target: unknown, options: Record<string, boolean>): void;
    disconnect(): void;
  };
  MessageChannel: new () => {
    port1: { onmessage: (() => void) | null };
    port2: { postMessage(message: unknown): void };
  };
  setTimeout(callback: () => void, ms: number): number;
  __bench?: BenchProbe;
}

/** What is checked after the key press: the DOM shows the edit. */
export type Expectation =
  | { op: 'baseline' }
  /** One more card, and the focus in its text field. */
  | { op: 'add' }
  /** The focused text field holds one more character. */
  | { op: 'type' }
  /** The text field is gone (the text is committed). */
  | { op: 'commit' }
  /** One card fewer. */
  | { op: 'undo' }
  /** An element matching the selector is in the page (present) or gone (e.g. "Undo Auto layout" in the top bar). */
  | { op: 'selector'; selector: string; present: boolean };

/** Times from the key's keydown (ms), in the page's clock. */
export interface Sample {
  /** Until the change was seen in the DOM (the main thread's work for the key). */
  domMs: number;
  /** Until the start of the first animation frame after the change (its requestAnimationFrame callback). */
  frameMs: number;
  /** Until that frame has been rendered (a task posted from its requestAnimationFrame callback). */
  paintedMs: number;
  /** Animation frames from the key press to the one that shows the change, that one included. */
  frames: number;
}

export interface BenchProbe {
  /** Waits for the next keydown and measures until the expectation holds and a frame has shown it. */
  arm(expect: Expectation): void;
  result(timeoutMs: number): Promise<Sample>;
  /** Resolves once the DOM has not changed for `quietMs` (animations, focus retries, reveals are over). */
  settle(quietMs: number, maxMs: number): Promise<boolean>;
  /** The median interval between animation frames while idle, in ms. */
  frameInterval(count: number): Promise<number>;
  cards(): number;
}

export function installProbe(win: ProbeWindow): void {
  const doc = win.document;
  const now = (): number => win.performance.now();
  // The canvas draws only the cards on screen, so the map's node count comes from the status bar,
  // which React updates in the same commit as the canvas.
  const cards = {
    get length(): number {
      return Number.parseInt(doc.querySelector('[data-testid="node-count"]')?.textContent ?? '', 10);
    },
  };
  let lastMutation = now();
  new win.MutationObserver(() => {
    lastMutation = now();
  }).observe(doc.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });

  interface Pending {
    check: () => boolean;
    start?: number;
    dom?: number;
    frames: number;
    done?: Sample;
    waiters: ((sample: Sample) => void)[];
  }
  let pending: Pending | null = null;

  const makeCheck = (expect: Expectation): (() => boolean) => {
    const editor = (): ProbeElement | null => {
      const active = doc.activeElement;
      return active && active.matches('.arg-node__editor') ? active : null;
    };
    switch (expect.op) {
      case 'baseline':
        return () => true;
      case 'add': {
        const before = cards.length;
        return () => cards.length === before + 1 && editor() !== null;
      }
      case 'type': {
        const before = editor()?.value;
        if (before === undefined) throw new Error('No text field has the focus.');
        return () => (editor()?.value ?? '').length === before.length + 1;
      }
      case 'commit':
        return () => doc.querySelector('.arg-node__editor') === null;
      case 'undo': {
        const before = cards.length;
        return () => cards.length === before - 1;
      }
      case 'selector':
        return () => (doc.querySelector(expect.selector) !== null) === expect.present;
    }
  };

  const see = (): void => {
    if (pending?.start === undefined || pending.dom !== undefined) return;
    if (pending.check()) pending.dom = now();
  };
  const watcher = new win.MutationObserver(see);
  watcher.observe(doc.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
  win.addEventListener('input', see, true);
  win.addEventListener('focusin', see, true);

  const onFrame = (): void => {
    const measuring = pending;
    if (!measuring || measuring.start === undefined || measuring.done) return;
    measuring.frames += 1;
    const frame = now();
    if (measuring.dom === undefined && measuring.check()) measuring.dom = frame;
    if (measuring.dom === undefined) {
      win.requestAnimationFrame(onFrame);
      return;
    }
    // A task posted from a frame callback runs once that frame has been rendered.
    const channel = new win.MessageChannel();
    channel.port1.onmessage = () => {
      const start = measuring.start as number;
      const sample: Sample = {
        domMs: (measuring.dom as number) - start,
        frameMs: frame - start,
        paintedMs: now() - start,
        frames: measuring.frames,
      };
      measuring.done = sample;
      for (const waiter of measuring.waiters) waiter(sample);
    };
    channel.port2.postMessage(null);
  };

  win.addEventListener(
    'keydown',
    () => {
      if (!pending || pending.start !== undefined) return;
      pending.start = now();
      win.requestAnimationFrame(onFrame);
      // React applies a key's update in a microtask after the event; the observer sees it there.
      see();
    },
    true,
  );

  win.__bench = {
    arm(expect) {
      const check = makeCheck(expect);
      if (expect.op !== 'baseline' && check()) throw new Error(`"${expect.op}" already holds before the key.`);
      pending = { check, frames: 0, waiters: [] };
    },
    result(timeoutMs) {
      const measuring = pending;
      if (!measuring) return Promise.reject(new Error('Nothing is being measured.'));
      return new Promise((resolve, reject) => {
        if (measuring.done) return resolve(measuring.done);
        measuring.waiters.push(resolve);
        win.setTimeout(() => {
          const state = measuring.start === undefined ? 'no keydown arrived' : 'the DOM never showed the change';
          if (!measuring.done) reject(new Error(`Timed out: ${state}.`));
        }, timeoutMs);
      }).finally(() => {
        if (pending === measuring) pending = null;
      }) as Promise<Sample>;
    },
    settle(quietMs, maxMs) {
      const started = now();
      lastMutation = Math.max(lastMutation, started);
      return new Promise((resolve) => {
        const tick = (): void => {
          const at = now();
          if (at - lastMutation >= quietMs) resolve(true);
          else if (at - started > maxMs) resolve(false);
          else win.requestAnimationFrame(tick);
        };
        win.requestAnimationFrame(tick);
      });
    },
    frameInterval(count) {
      return new Promise((resolve) => {
        const times: number[] = [];
        const tick = (): void => {
          times.push(now());
          if (times.length <= count) {
            win.requestAnimationFrame(tick);
            return;
          }
          const gaps = times.slice(1).map((time, i) => time - times[i]);
          gaps.sort((a, b) => a - b);
          resolve(gaps[Math.floor(gaps.length / 2)]);
        };
        win.requestAnimationFrame(tick);
      });
    },
    cards: () => cards.length,
  };
}

/**
 * The probe as a script for page.evaluate. tsx compiles with esbuild's keepNames, which wraps
 * named functions in a `__name` helper the page does not have: give it a harmless one.
 */
export const PROBE_SCRIPT = `(() => {
  var __name = (target) => target;
  (${installProbe.toString()})(window);
})()`;
