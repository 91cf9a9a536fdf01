/**
 * Channel names only, free of zod, so the sandboxed preload can import them
 * without pulling a validation library into its bundle.
 */
export const INVOKE_CHANNELS = ['getInitialDocument', 'openSample', 'setEditState'] as const;
export type InvokeChannel = (typeof INVOKE_CHANNELS)[number];

export const EVENT_CHANNELS = ['menuCommand', 'documentOpened'] as const;
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
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];
