import { z } from 'zod';
import { IMPORT_FORMATS } from '../formats/formatRegistry';
import type { ConversionReport, ImportOutcome } from '../formats/interop';
import type { ArgumentMap } from '../model/argumentMap';
import { checkArgumentMap } from '../schema/argumentMapSchema';
import type { LoadResult } from '../schema/loadResult';
import { exportOptionsSchema, exportScopeSchema } from '../render/exportOptionsSchema';
import { MAIN_ACTION_IDS, PAGE_ACTION_IDS } from '../actions/actions';
import { INITIAL_ACTION_STATE, THEME_CHOICES } from '../actions/actionState';
import type { EventChannel, InvokeChannel } from './channels';
import {
  COPY_KINDS,
  exportChoicesSchema,
  type CopyOutcome,
  type ExportChoices,
  type ExportOutcome,
  type ExportPreview,
} from './exportContract';
import type { FileProblem } from './fileProblem';

/** A document main has read for the renderer, with the name to show for it. */
export interface OpenedDocument {
  /** File name shown in the title bar, e.g. "kazakhstan-mediator.argmap". */
  name: string;
  isSample: boolean;
  result: LoadResult;
  /** The map differs from any file on disk (a restored recovery copy): it starts with unsaved changes. */
  unsaved?: boolean;
  /** Numbers the documents main sent; the window quotes it with its recovery copies. Absent when the open failed. */
  documentId?: number;
  /** Set when the map was imported from another format: the window shows what was approximated or dropped. */
  imported?: ImportSummary;
}

/** What the window says after File › Import… or a dropped Argdown/AIF file. */
export interface ImportSummary {
  /** What was imported, as the report names it: "“debate.argdown”", "the pasted Argdown". */
  source: string;
  /** The format it was read as, e.g. "Argdown". */
  formatLabel: string;
  report: ConversionReport;
}

/** A recovery copy found at start-up, offered back to the user. */
export interface RecoveryOffer {
  /** Names the copy in `answerRecovery`; main keeps the list, so this is no path. */
  id: string;
  /** The document's name, e.g. "plan.argmap" or "Untitled". */
  name: string;
  /** Where the document was last saved, or null if it never was. */
  originalPath: string | null;
  /** When the copy was written (ISO 8601), or null for a damaged copy. */
  savedAt: string | null;
  /** Why a damaged copy cannot be restored (it can only be discarded), else null. */
  problem: string | null;
}

/** The open file was changed (or removed) by another program. */
export interface DiskChange {
  name: string;
  deleted: boolean;
}

/**
 * What main's menu needs to know of the page: the actions' state (shared/actions/actionState.ts) but
 * whether the map can be reverted, which main knows itself, and which document it is about.
 */
export const editStateSchema = z.strictObject({
  undoLabel: z.string().max(200).nullable(),
  redoLabel: z.string().max(200).nullable(),
  hasSelection: z.boolean(),
  /** What Edit › Copy as… would copy: nothing (the map has no nodes), the whole map, or the selected nodes. */
  copyScope: z.enum(['none', 'map', 'selection']),
  /** The document differs from the file it came from (or was never saved). */
  dirty: z.boolean(),
  /** The map shows compact cards (View › Compact Cards is ticked). */
  compactCards: z.boolean(),
  /** The colours the user chose (View › Theme); main's own window parts follow it too. */
  theme: z.enum(THEME_CHOICES),
  /** Which document `dirty` is about (main's number for it); null before the first one arrives. */
  documentId: z.number().int().nonnegative().nullable(),
});
export type EditState = z.infer<typeof editStateSchema>;

/** Nothing to undo, nothing selected: the menu main builds before the renderer reports. */
export const INITIAL_EDIT_STATE: EditState = {
  undoLabel: INITIAL_ACTION_STATE.undoLabel,
  redoLabel: INITIAL_ACTION_STATE.redoLabel,
  hasSelection: INITIAL_ACTION_STATE.hasSelection,
  copyScope: INITIAL_ACTION_STATE.copyScope,
  dirty: INITIAL_ACTION_STATE.dirty,
  compactCards: INITIAL_ACTION_STATE.compactCards,
  theme: INITIAL_ACTION_STATE.theme,
  documentId: null,
};

/**
 * A whole map from the renderer, checked with the file's own rules (the same as loading it),
 * so main never saves or keeps a map it could not open again.
 */
const mapPayload = z.unknown().transform((value, context): ArgumentMap => {
  const check = checkArgumentMap(value);
  if (check.ok) return check.map;
  context.addIssue({
    code: 'custom',
    message: check.message,
    path: check.path === '(root)' ? [] : check.path.split('.'),
  });
  return z.NEVER;
});

/** Pasted text larger than this is refused: it is no argument anyone typed or copied from a document. */
export const MAX_IMPORT_TEXT = 5_000_000;

/** Main asked for the map (to save it); `requestId` pairs the answer with the question. */
const requestIdSchema = z.string().min(1).max(64);

/** A phantom marker for a response type: responses are produced by our own main process. */
const returns = <T>(): T => undefined as T;

/**
 * The one contract between main and renderer. Requests are validated in main
 * with these schemas; preload and the e2e stand-in are typed from it.
 *
 * No request names a file: main learns every path from its own dialogs, the system (command line, Open
 * Recent, Finder) or Chromium's navigation for a file dropped on the window (security.ts), so a compromised
 * page cannot point a later Save at a file of its choosing.
 */
export const invokeContract = {
  getInitialDocument: { request: z.undefined(), response: returns<OpenedDocument>() },
  setEditState: { request: editStateSchema, response: returns<void>() },
  runFileCommand: { request: z.enum(MAIN_ACTION_IDS), response: returns<void>() },
  provideDocument: {
    request: z.strictObject({ requestId: requestIdSchema, map: mapPayload, dirty: z.boolean() }),
    response: returns<void>(),
  },
  storeRecovery: {
    request: z.strictObject({ map: mapPayload, documentId: z.number().int().nonnegative() }),
    response: returns<void>(),
  },
  listRecoveries: { request: z.undefined(), response: returns<RecoveryOffer[]>() },
  answerRecovery: {
    request: z.strictObject({ id: z.string().min(1).max(200), action: z.enum(['restore', 'discard']) }),
    response: returns<void>(),
  },
  answerDiskChange: { request: z.enum(['reload', 'keep']), response: returns<void>() },
  /** Argdown (or AIF) text pasted onto the canvas, read as a map to paste in; nothing is opened. */
  importText: {
    request: z.strictObject({ format: z.enum(IMPORT_FORMATS), text: z.string().max(MAX_IMPORT_TEXT) }),
    response: returns<ImportOutcome>(),
  },
  /** The drawing (or outline) File › Export… would write, for its preview. */
  previewExport: {
    request: z.strictObject({ map: mapPayload, options: exportOptionsSchema }),
    response: returns<ExportPreview>(),
  },
  /** Exports to a file main asks for in a native save dialog: the page never names the path. */
  exportToFile: {
    request: z.strictObject({ map: mapPayload, options: exportOptionsSchema }),
    response: returns<ExportOutcome>(),
  },
  /** Edit › Copy as…: the map (or the selected nodes) onto the clipboard, with the map's remembered choices. */
  copyExport: {
    request: z.strictObject({ map: mapPayload, what: z.enum(COPY_KINDS), scope: exportScopeSchema }),
    response: returns<CopyOutcome>(),
  },
  /** The export choices last used for the open map (the defaults for a map never exported). */
  getExportChoices: { request: z.undefined(), response: returns<ExportChoices>() },
  setExportChoices: { request: exportChoicesSchema, response: returns<void>() },
} satisfies Record<InvokeChannel, { request: z.ZodType; response: unknown }>;

export const eventContract = {
  menuCommand: z.enum(PAGE_ACTION_IDS),
  documentOpened: returns<OpenedDocument>(),
  documentRequested: returns<{ requestId: string }>(),
  documentSaved: returns<{ requestId: string; name: string }>(),
  fileProblem: returns<FileProblem>(),
  diskChanged: returns<DiskChange>(),
  /** The map no longer matches its file (the user kept it over another program's version). */
  documentUnsaved: returns<{ documentId: number }>(),
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
