import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { ACTION_IDS, actionOf, labelNow } from '../shared/actions/actions';
import { INITIAL_ACTION_STATE } from '../shared/actions/actionState';
import { actionForKey, KEY_BINDINGS } from '../shared/actions/keyBindings';
import type { KeyPress } from '../shared/actions/shortcuts';
import { INITIAL_EDIT_STATE } from '../shared/ipc/contract';
import { menuTemplate, type MenuActions, type MenuState } from './menuTemplate';

const fakeActions = (): MenuActions => ({ run: vi.fn(), send: vi.fn(), openRecent: vi.fn(), clearRecent: vi.fn() });
const STATE: MenuState = { edit: INITIAL_EDIT_STATE, recent: [], canRevert: false };
/** An action's item in the menu built for STATE (in a submenu, under its shorter name). */
const itemOf = (shown: readonly MenuItemConstructorOptions[], id: (typeof ACTION_IDS)[number]) =>
  shown.find((entry) => entry.label === (actionOf(id).submenu?.label ?? labelNow(id, INITIAL_ACTION_STATE)));

/** Every item of a menu template, submenus included. */
function items(template: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? items(item.submenu as MenuItemConstructorOptions[]) : []),
  ]);
}

/** The key press an accelerator names, as the browser reports it ("CmdOrCtrl+Shift+G" → Ctrl, Shift, "G"). */
function pressOf(accelerator: string, isMac: boolean): KeyPress {
  const parts = accelerator.split('+');
  const key = parts.pop()!;
  const has = (modifier: string) => parts.includes(modifier);
  return {
    key: key.length === 1 ? key.toLowerCase() : key,
    ctrlKey: has('CmdOrCtrl') && !isMac,
    metaKey: has('CmdOrCtrl') && isMac,
    shiftKey: has('Shift'),
    altKey: has('Alt'),
  };
}

const withShortcut = ACTION_IDS.filter((id) => actionOf(id).shortcut !== undefined);

describe('the action table', () => {
  it('gives no two actions (nor one action twice) the same key', () => {
    const keys = KEY_BINDINGS.map((binding) => binding.accelerator.toUpperCase());
    expect(keys.filter((key, index) => keys.indexOf(key) !== index)).toEqual([]);
  });

  it.each([false, true])('runs each action from its keys (macOS: %s)', (isMac) => {
    for (const { accelerator, action } of KEY_BINDINGS) {
      expect([accelerator, actionForKey(pressOf(accelerator, isMac), isMac)]).toEqual([accelerator, action]);
    }
  });

  it('shows every shortcut in the application menu, beside its action', () => {
    const shown = items(menuTemplate(fakeActions(), STATE, { isMac: false, isPackaged: true }));
    for (const id of withShortcut) {
      const item = itemOf(shown, id);
      expect([id, item?.accelerator, item?.registerAccelerator]).toEqual([id, actionOf(id).shortcut, false]);
    }
  });

  it('puts every action with a place in the menu there, and runs it where it belongs when clicked', () => {
    const actions = fakeActions();
    const shown = items(menuTemplate(actions, STATE, { isMac: true, isPackaged: false }));
    const window = {} as never;
    for (const id of ACTION_IDS.filter((action) => actionOf(action).menu)) {
      const item = itemOf(shown, id);
      expect(item, id).toBeDefined();
      item!.click!({} as never, window, {} as never);
      if (actionOf(id).runsIn === 'main') expect(actions.run).toHaveBeenLastCalledWith(id);
      else expect(actions.send).toHaveBeenLastCalledWith(id, window);
    }
  });

  it('gathers View › Theme › System, Light and Dark in a submenu, ticking the chosen one, and ticks Compact Cards', () => {
    const viewMenu = (edit: Partial<MenuState['edit']>) =>
      menuTemplate(
        fakeActions(),
        { ...STATE, edit: { ...STATE.edit, ...edit } },
        { isMac: false, isPackaged: true },
      ).find((menu) => menu.label === '&View')!.submenu as MenuItemConstructorOptions[];
    const theme = (edit: Partial<MenuState['edit']>) =>
      (viewMenu(edit).find((item) => item.label === 'Theme')?.submenu as MenuItemConstructorOptions[]).map(
        ({ label, type, checked }) => ({ label, type, checked }),
      );
    expect(theme({})).toEqual([
      { label: 'System', type: 'radio', checked: true },
      { label: 'Light', type: 'radio', checked: false },
      { label: 'Dark', type: 'radio', checked: false },
    ]);
    expect(theme({ theme: 'dark' }).map((item) => item.checked)).toEqual([false, false, true]);
    const compact = (on: boolean) => viewMenu({ compactCards: on }).find((item) => item.label === 'Compact Cards');
    expect(compact(false)).toMatchObject({ type: 'checkbox', checked: false });
    expect(compact(true)).toMatchObject({ type: 'checkbox', checked: true });
  });

  it('enables each item as the page reports, and names undo and copy by what they would do', () => {
    const state = (edit: Partial<MenuState['edit']>, canRevert = false): MenuItemConstructorOptions[] =>
      items(
        menuTemplate(
          fakeActions(),
          { ...STATE, edit: { ...STATE.edit, ...edit }, canRevert },
          { isMac: false, isPackaged: true },
        ),
      );
    const item = (shown: MenuItemConstructorOptions[], label: string) => shown.find((entry) => entry.label === label);
    expect(item(state({}), 'Add Rebuttal')?.enabled).toBe(false);
    expect(item(state({ hasSelection: true }), 'Add Rebuttal')?.enabled).toBe(true);
    expect(item(state({ undoLabel: 'Add rebuttal' }), 'Undo Add rebuttal')?.enabled).toBe(true);
    expect(item(state({ copyScope: 'selection' }), 'Copy Selection as SVG')?.enabled).toBe(true);
    expect(item(state({ dirty: true }), 'Revert to Saved')?.enabled).toBe(false);
    expect(item(state({ dirty: true }, true), 'Revert to Saved')?.enabled).toBe(true);
  });

  it('lists View › Command Palette… with Ctrl+Shift+P, and keeps it out of its own list', () => {
    const view = menuTemplate(fakeActions(), STATE, { isMac: false, isPackaged: true }).find(
      (menu) => menu.label === '&View',
    );
    const first = (view?.submenu as MenuItemConstructorOptions[])[0];
    expect(first).toMatchObject({ label: 'Command Palette…', accelerator: 'CmdOrCtrl+Shift+P' });
    expect(actionOf('commandPalette').hiddenFromPalette).toBe(true);
  });

  it('reads every field of the state it is given from what the page reports', () => {
    const { documentId: _documentId, ...reported } = INITIAL_EDIT_STATE;
    const { canRevert: _canRevert, ...pageKnows } = INITIAL_ACTION_STATE;
    expect(Object.keys(reported).sort()).toEqual(Object.keys(pageKnows).sort());
  });
});
