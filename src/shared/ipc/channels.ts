import type { MainActionId, PageActionId } from '../actions/actions';

/**
 * Channel names only, free of zod, so the sandboxed preload can import them
 * without pulling a validation library into its bundle.
 */
export const INVOKE_CHANNELS = [
  'getInitialDocument',
  'setEditState',
  'runFileCommand',
  'provideDocument',
  'storeRecovery',
  'listRecoveries',
  'answerRecovery',
  'answerDiskChange',
  'importText',
  'previewExport',
  'exportToFile',
  'copyExport',
  'getExportChoices',
  'setExportChoices',
  'openPresenterView',
  'syncPresentation',
] as const;
export type InvokeChannel = (typeof INVOKE_CHANNELS)[number];

/** The channels of File › Export… and Edit › Copy as…, answered by main's export service. */
export type ExportChannel = Extract<
  InvokeChannel,
  'previewExport' | 'exportToFile' | 'copyExport' | 'getExportChoices' | 'setExportChoices'
>;

export const EVENT_CHANNELS = [
  'menuCommand',
  'documentOpened',
  'documentRequested',
  'documentSaved',
  'fileProblem',
  'diskChanged',
  'documentUnsaved',
  'presentationSync',
] as const;
export type EventChannel = (typeof EVENT_CHANNELS)[number];

/** The wire name of a channel: one namespace keeps ours apart from Electron's own. */
export const wireName = (channel: InvokeChannel | EventChannel): string => `argmap:${channel}`;

/** The commands main runs when the page asks (Save, Open…): the actions whose descriptor says main runs them. */
export type FileCommand = MainActionId;

/** The commands main's menu sends the page to run: the rest of the actions. */
export type MenuCommand = PageActionId;
