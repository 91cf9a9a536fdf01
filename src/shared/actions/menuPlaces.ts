/**
 * The application menu's layout: its menus in order, each a list of groups that separators keep
 * apart. An action names its place as "menu/group"; within a group, actions keep the order of the
 * action table. Main adds Electron's own items (Cut, Copy, Paste, Open Recent, Quit) to the groups
 * it names.
 */
export const MENU_GROUPS = {
  file: ['open', 'save', 'export', 'close', 'quit'],
  edit: ['history', 'clipboard', 'select', 'find', 'marks'],
  insert: ['kinds', 'other'],
  arrange: ['connect', 'order', 'fold', 'layout'],
  view: ['palette', 'present', 'zoom', 'navigate', 'panels', 'evaluation', 'appearance', 'window'],
  help: ['help'],
} as const;

export type MenuName = keyof typeof MENU_GROUPS;

/** A group of the menu, e.g. "edit/clipboard". */
export type MenuPlace = { [M in MenuName]: `${M}/${(typeof MENU_GROUPS)[M][number]}` }[MenuName];

/** The menus' titles, with the letter Alt opens each by on Windows and Linux. */
export const MENU_TITLES: Record<MenuName, string> = {
  file: '&File',
  edit: '&Edit',
  insert: '&Insert',
  arrange: '&Arrange',
  view: '&View',
  help: '&Help',
};

/** Every group of every menu, in menu order. */
export const MENU_PLACES: readonly MenuPlace[] = (Object.keys(MENU_GROUPS) as MenuName[]).flatMap((menu) =>
  MENU_GROUPS[menu].map((group) => `${menu}/${group}` as MenuPlace),
);
