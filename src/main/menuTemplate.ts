import type { BaseWindow, MenuItemConstructorOptions } from 'electron';
import { basename, dirname } from 'node:path';
import { ACTION_IDS, actionOf, isEnabled, labelNow, type ActionId, type MainActionId } from '../shared/actions/actions';
import type { ActionState } from '../shared/actions/actionState';
import { MENU_GROUPS, MENU_TITLES, type MenuName, type MenuPlace } from '../shared/actions/menuPlaces';
import type { EditState } from '../shared/ipc/contract';
import type { MenuCommand } from '../shared/ipc/channels';

type Item = MenuItemConstructorOptions;

/** What the menu's items do: main runs file commands itself, the page runs the rest. */
export interface MenuActions {
  run(command: MainActionId): void;
  /** Asks the page of the window whose menu was used to run a command. */
  send(command: MenuCommand, window: BaseWindow | undefined): void;
  openRecent(path: string): void;
  clearRecent(): void;
}

/** Everything the menu shows that changes while the app runs. */
export interface MenuState {
  edit: EditState;
  recent: readonly string[];
  /** The open document has a file to go back to. */
  canRevert: boolean;
}

/** Where the menu is built: macOS has an app menu and no Quit in File; a packaged app no DevTools. */
export interface MenuPlatform {
  isMac: boolean;
  isPackaged: boolean;
}

const isMainAction = (id: ActionId): id is MainActionId => actionOf(id).runsIn === 'main';

/**
 * An action's item. Its shortcut is shown but not registered: the page's keymap runs it, so one-key
 * shortcuts (Tab, Delete, letters) never steal keys from a text field.
 */
function actionItem(id: ActionId, state: ActionState, actions: MenuActions): Item {
  const { tick, submenu } = actionOf(id);
  return {
    label: submenu?.label ?? labelNow(id, state),
    accelerator: actionOf(id).shortcut,
    registerAccelerator: false,
    enabled: isEnabled(id, state),
    ...(tick && { type: tick.style, checked: tick.on(state) }),
    click: (_item, window) => (isMainAction(id) ? actions.run(id) : actions.send(id, window)),
  };
}

/** A group's items with the actions that share a submenu (View › Theme) gathered into it, where the first of them stood. */
function withSubmenus(ids: readonly ActionId[], item: (id: ActionId) => Item[]): Item[] {
  const items: Item[] = [];
  const submenus = new Map<string, Item[]>();
  for (const id of ids) {
    const title = actionOf(id).submenu?.title;
    if (!title) {
      items.push(...item(id));
      continue;
    }
    const known = submenus.get(title);
    if (known) known.push(...item(id));
    else {
      const entries = item(id);
      submenus.set(title, entries);
      items.push({ label: title, submenu: entries });
    }
  }
  return items;
}

function recentMenu(actions: MenuActions, recent: readonly string[]): Item[] {
  const items: Item[] = recent.map((path) => ({
    // The folder tells apart two maps of the same name.
    label: `${basename(path)} — ${dirname(path)}`,
    click: () => actions.openRecent(path),
  }));
  if (items.length === 0) items.push({ label: 'No Recent Maps', enabled: false });
  return [
    ...items,
    { type: 'separator' },
    { label: 'Clear Menu', enabled: recent.length > 0, click: actions.clearRecent },
  ];
}

/** Electron's own items, and where they go: at a group's start or end, or after an action. */
interface NativeItems {
  first?: Item[];
  after?: { action: ActionId; items: Item[] };
  last?: Item[];
}

function nativeItems(
  actions: MenuActions,
  state: MenuState,
  platform: MenuPlatform,
): Partial<Record<MenuPlace, NativeItems>> {
  return {
    'file/open': {
      after: { action: 'openFile', items: [{ label: 'Open Recent', submenu: recentMenu(actions, state.recent) }] },
    },
    'file/quit': { last: platform.isMac ? [] : [{ role: 'quit' }] },
    'edit/clipboard': { first: [{ role: 'cut' }, { role: 'copy' }, { role: 'paste' }] },
    'view/window': {
      last: [
        { role: 'togglefullscreen' },
        ...(platform.isPackaged ? [] : [{ role: 'toggleDevTools' as const, accelerator: 'F12' }]),
      ],
    },
    'help/help': { last: [{ role: 'about', label: 'About Argmap' }] },
  };
}

/** One group's items: its actions in table order, with Electron's own items where they belong. */
function groupItems(place: MenuPlace, state: ActionState, actions: MenuActions, native: NativeItems = {}): Item[] {
  const items = withSubmenus(
    ACTION_IDS.filter((id) => actionOf(id).menu === place),
    (id) => [actionItem(id, state, actions), ...(native.after?.action === id ? native.after.items : [])],
  );
  return [...(native.first ?? []), ...items, ...(native.last ?? [])];
}

/**
 * The application menu, built from the action table (shared/actions): every action with its
 * shortcut, so users can discover them, enabled as the page's last report allows.
 */
export function menuTemplate(actions: MenuActions, state: MenuState, platform: MenuPlatform): Item[] {
  const actionState: ActionState = { ...state.edit, canRevert: state.canRevert };
  const native = nativeItems(actions, state, platform);
  const menu = (name: MenuName): Item => {
    const groups = MENU_GROUPS[name]
      .map((group) =>
        groupItems(`${name}/${group}` as MenuPlace, actionState, actions, native[`${name}/${group}` as MenuPlace]),
      )
      .filter((items) => items.length > 0);
    return {
      label: MENU_TITLES[name],
      submenu: groups.flatMap((items, i) => (i === 0 ? items : [{ type: 'separator' as const }, ...items])),
    };
  };
  return [
    ...(platform.isMac ? [{ role: 'appMenu' as const }] : []),
    ...(Object.keys(MENU_GROUPS) as MenuName[]).map(menu),
  ];
}
