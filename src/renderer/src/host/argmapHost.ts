import type { ArgmapApi } from '../../../shared/ipc/contract';

declare global {
  interface Window {
    /** Exposed by the preload (or the e2e stand-in), typed from the one contract. */
    argmap: ArgmapApi;
  }
}

/** The bridge to main. Read lazily so a missing preload fails with a clear message. */
export function host(): ArgmapApi {
  if (!window.argmap) throw new Error('The Argmap bridge (window.argmap) is missing: the preload did not run.');
  return window.argmap;
}
