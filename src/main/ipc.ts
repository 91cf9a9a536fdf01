import { ipcMain } from 'electron';
import { INVOKE_CHANNELS, wireName } from '../shared/ipc/channels';
import type { InvokeHandlers } from '../shared/ipc/contract';
import { dispatch } from '../shared/ipc/dispatch';
import { isAppUrl } from './rendererLocation';

/** Registers one handler per contract channel; each checks who is asking and what. */
export function setupIpc(handlers: InvokeHandlers): void {
  for (const channel of INVOKE_CHANNELS) {
    ipcMain.handle(wireName(channel), (event, payload: unknown) => {
      const frame = event.senderFrame;
      if (!frame || frame.parent !== null || !isAppUrl(frame.url)) {
        throw new Error(`Refused "${channel}" from an untrusted frame`);
      }
      return dispatch(handlers, channel, payload);
    });
  }
}
