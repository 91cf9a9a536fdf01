/**
 * The only bridge from the page to main: named methods built from the contract's
 * channel list. No raw ipcRenderer reaches the page.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  EVENT_CHANNELS,
  INVOKE_CHANNELS,
  wireName,
  type EventChannel,
  type InvokeChannel,
} from '../shared/ipc/channels';
import { createBridge } from '../shared/ipc/bridge';

const api = createBridge(INVOKE_CHANNELS, EVENT_CHANNELS, {
  invoke: (channel, request) => ipcRenderer.invoke(wireName(channel as InvokeChannel), request),
  subscribe: (channel, listener) => {
    const wrapped = (_event: IpcRendererEvent, payload: unknown): void => listener(payload);
    ipcRenderer.on(wireName(channel as EventChannel), wrapped);
    return () => ipcRenderer.removeListener(wireName(channel as EventChannel), wrapped);
  },
});

contextBridge.exposeInMainWorld('argmap', api);
