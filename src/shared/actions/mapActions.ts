import { withSelection } from './actionState';
import type { ActionDescriptor } from './actionDescriptor';

/** The Insert menu: a node of each kind beneath the selected one, a sibling, a free-standing node. */
export const INSERT_ACTIONS = {
  // With nothing selected, Tab adds the thesis of an empty map (or a free node): always enabled.
  addReason: {
    label: 'Add Reason',
    runsIn: 'page',
    menu: 'insert/kinds',
    shortcut: 'Tab',
    alsoKeys: ['R'],
    addsKind: 'reason',
  },
  addObjection: {
    label: 'Add Objection',
    runsIn: 'page',
    menu: 'insert/kinds',
    shortcut: 'O',
    enabled: withSelection,
    addsKind: 'objection',
  },
  addRebuttal: {
    label: 'Add Rebuttal',
    runsIn: 'page',
    menu: 'insert/kinds',
    shortcut: 'B',
    enabled: withSelection,
    addsKind: 'rebuttal',
  },
  addEvidence: {
    label: 'Add Evidence',
    runsIn: 'page',
    menu: 'insert/kinds',
    shortcut: 'E',
    enabled: withSelection,
    addsKind: 'evidence',
  },
  addRecommendation: {
    label: 'Add Recommendation',
    runsIn: 'page',
    menu: 'insert/kinds',
    shortcut: 'M',
    enabled: withSelection,
    addsKind: 'recommendation',
  },
  addClaim: {
    label: 'Add Claim',
    runsIn: 'page',
    menu: 'insert/kinds',
    shortcut: 'C',
    enabled: withSelection,
    addsKind: 'claim',
  },
  addSibling: {
    label: 'Add Sibling (after typing)',
    runsIn: 'page',
    menu: 'insert/other',
    shortcut: 'Enter',
    enabled: withSelection,
  },
  addFreeNode: { label: 'Add Free-Standing Node', runsIn: 'page', menu: 'insert/other', shortcut: 'CmdOrCtrl+Shift+N' },
} as const satisfies Record<string, ActionDescriptor>;

/** The Arrange menu: relations, folds and layout. */
export const ARRANGE_ACTIONS = {
  connectTo: {
    label: 'Connect To…',
    runsIn: 'page',
    menu: 'arrange/connect',
    shortcut: 'CmdOrCtrl+K',
    enabled: withSelection,
  },
  linkPremises: {
    label: 'Link as Premises',
    runsIn: 'page',
    menu: 'arrange/connect',
    shortcut: 'CmdOrCtrl+G',
    enabled: withSelection,
  },
  unlinkPremises: {
    label: 'Unlink Premises',
    runsIn: 'page',
    menu: 'arrange/connect',
    shortcut: 'CmdOrCtrl+Shift+G',
    enabled: withSelection,
  },
  moveLeftAmongSiblings: {
    label: 'Move Left Among Siblings',
    runsIn: 'page',
    menu: 'arrange/order',
    shortcut: 'CmdOrCtrl+Alt+Left',
    enabled: withSelection,
  },
  moveRightAmongSiblings: {
    label: 'Move Right Among Siblings',
    runsIn: 'page',
    menu: 'arrange/order',
    shortcut: 'CmdOrCtrl+Alt+Right',
    enabled: withSelection,
  },
  toggleCollapse: {
    label: 'Collapse/Expand',
    runsIn: 'page',
    menu: 'arrange/fold',
    shortcut: 'CmdOrCtrl+.',
    enabled: withSelection,
  },
  expandAll: { label: 'Expand All', runsIn: 'page', menu: 'arrange/fold', shortcut: 'CmdOrCtrl+Shift+.' },
  layoutMap: {
    label: 'Auto Layout',
    buttonLabel: 'Auto layout',
    runsIn: 'page',
    menu: 'arrange/layout',
    shortcut: 'CmdOrCtrl+L',
  },
  layoutSelection: { label: 'Lay Out Selection', runsIn: 'page', menu: 'arrange/layout', enabled: withSelection },
} as const satisfies Record<string, ActionDescriptor>;
