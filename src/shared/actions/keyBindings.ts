import { ACTION_IDS, actionOf, type ActionId } from './actions';
import { matchesAccelerator, type KeyPress } from './shortcuts';

/** A key and the action it runs. */
export interface KeyBinding {
  accelerator: string;
  action: ActionId;
}

/** Every key of every action: its shortcut first, then the keys it also answers to. */
export const KEY_BINDINGS: readonly KeyBinding[] = ACTION_IDS.flatMap((action) => {
  const { shortcut, alsoKeys = [] } = actionOf(action);
  return [...(shortcut ? [shortcut] : []), ...alsoKeys].map((accelerator) => ({ accelerator, action }));
});

/**
 * The action a key press runs, among those `accept` lets through (the page's keymap takes the
 * page's actions, the file shortcuts main's).
 */
export function actionForKey(
  press: KeyPress,
  isMac: boolean,
  accept: (action: ActionId) => boolean = () => true,
): ActionId | undefined {
  return KEY_BINDINGS.find((binding) => accept(binding.action) && matchesAccelerator(binding.accelerator, press, isMac))
    ?.action;
}
