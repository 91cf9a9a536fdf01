import type { ArgmapApi } from './contract';

/** How a bridge reaches main: ipcRenderer in the preload, Playwright bindings in e2e. */
export interface BridgeTransport {
  invoke(channel: string, request: unknown): Promise<unknown>;
  subscribe(channel: string, listener: (payload: unknown) => void): () => void;
}

/**
 * Builds `window.argmap`: one method per invoke channel, plus `on` for events.
 * Keep it self-contained (it uses nothing from its module): the e2e harness
 * injects this very function's source into the page, so preload and stand-in
 * cannot drift apart.
 */
export function createBridge(
  invokeChannels: readonly string[],
  eventChannels: readonly string[],
  transport: BridgeTransport,
): ArgmapApi {
  const api: Record<string, unknown> = {};
  for (const channel of invokeChannels) {
    api[channel] = (request?: unknown) => transport.invoke(channel, request);
  }
  api['on'] = (channel: string, listener: (payload: unknown) => void) => {
    if (!eventChannels.includes(channel)) throw new Error(`Unknown event "${channel}"`);
    return transport.subscribe(channel, listener);
  };
  return Object.freeze(api) as unknown as ArgmapApi;
}
