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
] as const;
export type EventChannel = (typeof EVENT_CHANNELS)[number];

/** The wire name of a channel: one namespace keeps ours apart from Electron's own. */
export const wireName = (channel: InvokeChannel | EventChannel): string => `argmap:${channel}`;

/** The commands the application menu sends to the renderer (and the keymap runs directly). */
export const MENU_COMMANDS = [
  'fitView',
  'actualSize',
  'zoomIn',
  'zoomOut',
  'toggleLegend',
  'toggleMinimap',
  'toggleOutline',
  'toggleInspector',
  'undo',
  'redo',
  'addReason',
  'addObjection',
  'addRebuttal',
  'addEvidence',
  'addRecommendation',
  'addClaim',
  'addSibling',
  'addFreeNode',
  'editText',
  'deleteSelection',
  'selectAll',
  'duplicate',
  'connectTo',
  'linkPremises',
  'unlinkPremises',
  'toggleCollapse',
  'expandAll',
  'layoutMap',
  'layoutSelection',
  'find',
  'findNext',
  'findPrevious',
  'exportMap',
  'copyAsImage',
  'copyAsSvg',
  'copyAsOutline',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/**
 * File commands run in main, which owns the disk and the dialogs. The menu calls them directly;
 * the renderer's keymap and buttons ask for them by name, never with a path.
 */
export const FILE_COMMANDS = [
  'newMap',
  'openFile',
  'importFile',
  'openSample',
  'save',
  'saveAs',
  'revert',
  'closeWindow',
] as const;
export type FileCommand = (typeof FILE_COMMANDS)[number];
