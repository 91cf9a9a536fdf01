import { z } from 'zod';
import type { LoadResult } from '../schema/loadResult';
import { MENU_COMMANDS, type EventChannel, type InvokeChannel } from './channels';

/** A document main has read for the renderer, with the name to show for it. */
export interface OpenedDocument {
  /** File name shown in the title bar, e.g. "kazakhstan-mediator.argmap". */
  name: string;
  isSample: boolean;
  result: LoadResult;
}

/** What the Edit menu needs to know: the labels of the next undo and redo, and whether anything is selected. */
export const editStateSchema = z.strictObject({
  undoLabel: z.string().max(200).nullable(),
  redoLabel: z.string().max(200).nullable(),
  hasSelection: z.boolean(),
});
export type EditState = z.infer<typeof editStateSchema>;

/** Nothing to undo, nothing selected: the menu main builds before the renderer reports. */
export const INITIAL_EDIT_STATE: EditState = { undoLabel: null, redoLabel: null, hasSelection: false };

/** A phantom marker for a response type: responses are produced by our own main process. */
const returns = <T>(): T => undefined as T;

/**
 * The one contract between main and renderer. Requests are validated in main
 * with these schemas; preload and the e2e stand-in are typed from it.
 */
export const invokeContract = {
  getInitialDocument: { request: z.undefined(), response: returns<OpenedDocument>() },
  openSample: { request: z.undefined(), response: returns<OpenedDocument>() },
  setEditState: { request: editStateSchema, response: returns<void>() },
} satisfies Record<InvokeChannel, { request: z.ZodType; response: unknown }>;

export const eventContract = {
  menuCommand: z.enum(MENU_COMMANDS),
  documentOpened: returns<OpenedDocument>(),
} satisfies Record<EventChannel, unknown>;

export type InvokeRequest<K extends InvokeChannel> = z.infer<(typeof invokeContract)[K]['request']>;
export type InvokeResponse<K extends InvokeChannel> = (typeof invokeContract)[K]['response'];
export type EventPayload<K extends EventChannel> = (typeof eventContract)[K] extends z.ZodType
  ? z.infer<(typeof eventContract)[K]>
  : (typeof eventContract)[K];

/** Arguments of an API method: none when the request is empty. */
type RequestArgs<K extends InvokeChannel> = InvokeRequest<K> extends undefined ? [] : [InvokeRequest<K>];

/** What the preload exposes as `window.argmap`, and what the e2e harness must provide too. */
export type ArgmapApi = {
  [K in InvokeChannel]: (...args: RequestArgs<K>) => Promise<InvokeResponse<K>>;
} & {
  /** Subscribes to an event from main; returns the unsubscribe function. */
  on<K extends EventChannel>(channel: K, listener: (payload: EventPayload<K>) => void): () => void;
};

/** Main-side implementations, one per invoke channel, free of Electron so tests can call them. */
export type InvokeHandlers = {
  [K in InvokeChannel]: (request: InvokeRequest<K>) => Promise<InvokeResponse<K>>;
};
