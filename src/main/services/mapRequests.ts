import { randomUUID } from 'node:crypto';
import type { ArgumentMap } from '../../shared/model/argumentMap';

/** How long main waits for the window to hand over its map before it gives up and says so. */
export const MAP_REQUEST_TIMEOUT_MS = 10_000;

/** The map the window handed over, with the id main must quote back when it reports the save. */
export interface ProvidedMap {
  requestId: string;
  map: ArgumentMap;
  /** The window's map differs from its file (text being typed included, as it is committed first). */
  dirty: boolean;
}

/** Asks the window for its current map: the renderer holds the document, main holds the disk. */
export interface MapRequests {
  /** Sends a request and waits for the answer; rejects with a readable error after the timeout. */
  request(): Promise<ProvidedMap>;
  /** The window's answer (from the contract channel `provideDocument`); unknown or late ids are ignored. */
  answer(requestId: string, map: ArgumentMap, dirty: boolean): void;
}

/**
 * Pairs questions with answers by id: main sends `documentRequested`, the renderer answers with
 * `provideDocument` after committing any text still being typed, so a save never misses it.
 */
export function createMapRequests(ask: (requestId: string) => void, timeoutMs = MAP_REQUEST_TIMEOUT_MS): MapRequests {
  const pending = new Map<string, (map: ArgumentMap, dirty: boolean) => void>();
  return {
    request() {
      const requestId = randomUUID();
      return new Promise<ProvidedMap>((resolve, reject) => {
        const timer = setTimeout(() => {
          pending.delete(requestId);
          reject(new Error('The window did not hand over its map in time; nothing was written.'));
        }, timeoutMs);
        pending.set(requestId, (map, dirty) => {
          clearTimeout(timer);
          pending.delete(requestId);
          resolve({ requestId, map, dirty });
        });
        ask(requestId);
      });
    },
    answer(requestId, map, dirty) {
      pending.get(requestId)?.(map, dirty);
    },
  };
}
