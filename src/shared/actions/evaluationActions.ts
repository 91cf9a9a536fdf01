import { inWhatIf, withSelection } from './actionState';
import type { ActionDescriptor } from './actionDescriptor';

/** The user's verdicts on nodes, which evaluation takes as given (Edit menu). */
export const MARK_ACTIONS = {
  acceptNodes: {
    label: 'Accept as Given',
    runsIn: 'page',
    menu: 'edit/marks',
    shortcut: 'CmdOrCtrl+Alt+A',
    enabled: withSelection,
  },
  rejectNodes: {
    label: 'Reject',
    runsIn: 'page',
    menu: 'edit/marks',
    shortcut: 'CmdOrCtrl+Alt+R',
    enabled: withSelection,
  },
  clearMarks: {
    label: 'Clear Mark',
    runsIn: 'page',
    menu: 'edit/marks',
    shortcut: 'CmdOrCtrl+Alt+0',
    enabled: withSelection,
  },
} as const satisfies Record<string, ActionDescriptor>;

/** Which claims stand, and what if (View menu). */
export const EVALUATION_ACTIONS = {
  showEvaluation: {
    label: 'Show Evaluation',
    buttonLabel: 'Show evaluation',
    runsIn: 'page',
    menu: 'view/evaluation',
    shortcut: 'CmdOrCtrl+E',
    togglesPanel: 'evaluation',
  },
  whatIfRejected: {
    label: 'What If Rejected',
    runsIn: 'page',
    menu: 'view/evaluation',
    shortcut: 'CmdOrCtrl+Alt+W',
    enabled: withSelection,
  },
  whatIfAccepted: {
    label: 'What If Accepted',
    runsIn: 'page',
    menu: 'view/evaluation',
    enabled: withSelection,
  },
  endWhatIf: {
    label: 'End What-If',
    runsIn: 'page',
    menu: 'view/evaluation',
    enabled: inWhatIf,
  },
} as const satisfies Record<string, ActionDescriptor>;
