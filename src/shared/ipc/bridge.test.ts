import { describe, expect, it, vi } from 'vitest';
import { createBridge } from './bridge';
import { EVENT_CHANNELS, INVOKE_CHANNELS } from './channels';

describe('createBridge', () => {
  const transport = {
    invoke: vi.fn(async () => 'answer'),
    subscribe: vi.fn(() => () => undefined),
  };
  const api = createBridge(INVOKE_CHANNELS, EVENT_CHANNELS, transport);

  it('has one method per invoke channel, passing requests through', async () => {
    for (const channel of INVOKE_CHANNELS) expect(api[channel]).toBeTypeOf('function');
    await expect(api.listRecoveries()).resolves.toBe('answer');
    expect(transport.invoke).toHaveBeenCalledWith('listRecoveries', undefined);
    await api.runFileCommand('save');
    expect(transport.invoke).toHaveBeenCalledWith('runFileCommand', 'save');
  });

  it('gives the page no way to name a file: main learns a dropped file’s path from the drop itself', () => {
    // @ts-expect-error the contract has no way to name the path of a dropped file
    expect(api.pathForFile).toBeUndefined();
    // @ts-expect-error nor a channel that opens a path the page names
    expect(api.openDroppedFile).toBeUndefined();
  });

  it('subscribes to known events and refuses others', () => {
    const listener = vi.fn();
    api.on('menuCommand', listener);
    expect(transport.subscribe).toHaveBeenCalledWith('menuCommand', listener);
    expect(() => api.on('shutdown' as never, listener)).toThrow('Unknown event "shutdown"');
  });

  it('is frozen, so page scripts cannot swap a method', () => {
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('uses nothing from its module, so its source can run on its own in a page', () => {
    const standalone = new Function(`return (${createBridge.toString()})`)() as typeof createBridge;
    expect(Object.keys(standalone(['a'], [], transport))).toEqual(['a', 'on']);
  });
});
