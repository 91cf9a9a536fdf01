import type { ActionDescriptor } from './actionDescriptor';
import type { ActionState } from './actionState';
import { EDIT_ACTIONS } from './editActions';
import { EVALUATION_ACTIONS, MARK_ACTIONS } from './evaluationActions';
import { FILE_ACTIONS } from './fileActions';
import { ARRANGE_ACTIONS, INSERT_ACTIONS } from './mapActions';
import { VIEW_ACTIONS } from './viewActions';

/**
 * Every user action, keyed by id, in the order the menus and the command palette list them.
 * A new action is one entry in one of these tables; the compiler then asks the page (or main) for
 * the code that runs it, and menus, keys, buttons and the palette pick it up.
 */
export const ACTIONS = {
  ...FILE_ACTIONS,
  ...EDIT_ACTIONS,
  ...MARK_ACTIONS,
  ...INSERT_ACTIONS,
  ...ARRANGE_ACTIONS,
  ...VIEW_ACTIONS,
  ...EVALUATION_ACTIONS,
} as const satisfies Record<string, ActionDescriptor>;

export type ActionId = keyof typeof ACTIONS;

/** The actions main runs itself: the file commands, which the page asks for by name. */
export type MainActionId = {
  [K in ActionId]: (typeof ACTIONS)[K]['runsIn'] extends 'main' ? K : never;
}[ActionId];

/** The actions the page runs: main's menu sends their ids, the keymap and buttons run them directly. */
export type PageActionId = Exclude<ActionId, MainActionId>;

/** Every action id, in table order. */
export const ACTION_IDS = Object.keys(ACTIONS) as ActionId[];

/** An action's description, looked up without the literal types of its table entry. */
export const actionOf = (id: ActionId): ActionDescriptor => ACTIONS[id];

const isMain = (id: ActionId): id is MainActionId => actionOf(id).runsIn === 'main';

// Zod's enum wants a non-empty tuple; both lists are non-empty by construction of the tables above.
/** The ids of the actions main runs, for the contract's `runFileCommand`. */
export const MAIN_ACTION_IDS = ACTION_IDS.filter(isMain) as [MainActionId, ...MainActionId[]];
/** The ids of the actions the page runs, for the contract's `menuCommand` event. */
export const PAGE_ACTION_IDS = ACTION_IDS.filter((id) => !isMain(id)) as [PageActionId, ...PageActionId[]];

/** Whether an action can run in this state. */
export const isEnabled = (id: ActionId, state: ActionState): boolean => actionOf(id).enabled?.(state) ?? true;

/** An action's name as things stand ("Undo Add objection"). */
export const labelNow = (id: ActionId, state: ActionState): string =>
  actionOf(id).labelNow?.(state) ?? actionOf(id).label;
