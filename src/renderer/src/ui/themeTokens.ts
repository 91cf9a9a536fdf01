import { NODE_KINDS, RELATION_KINDS, type NodeKind, type RelationKind } from '../../../shared/model/kinds';
import { NODE_STYLES, RELATION_STYLES } from '../../../shared/render/palette';
import { DRAWING_THEMES } from '../../../shared/render/themes';

/** The themes the app's window can show. */
export type UiTheme = 'light' | 'dark';

/**
 * Every colour the window's own UI uses, named by its role, in both themes. The style sheets use
 * only these custom properties (`var(--ink)`), so a panel added later follows the theme by using
 * them too. The light values are the app's original look; the dark ones are checked for contrast
 * (WCAG AA) in themeTokens.test.ts.
 */
export const UI_TOKENS = {
  /** Body text, card text. */
  ink: { light: '#1f2937', dark: '#e5e7eb' },
  /** Headings and text that must stand out most. */
  'ink-strong': { light: '#0f172a', dark: '#f8fafc' },
  /** Secondary text: hints, counts, labels. */
  'ink-muted': { light: '#4b5563', dark: '#a7b0be' },
  /** Text of what cannot be used now (exempt from contrast rules, still readable). */
  'ink-disabled': { light: '#9ca3af', dark: '#6b7280' },
  /** Panels, dialogs, menus, fields. */
  surface: { light: '#ffffff', dark: '#1f2937' },
  /** A panel's header, a hovered row, a quiet background within a panel. */
  'surface-muted': { light: '#f3f4f6', dark: '#283344' },
  /** A floating panel over the map (the legend, the empty map's hint). */
  'surface-float': { light: 'rgb(255 255 255 / 94%)', dark: 'rgb(31 41 55 / 94%)' },
  /** The map's background. */
  canvas: { light: '#f6f7f9', dark: '#111827' },
  /** The map's dot grid. */
  'canvas-dots': { light: '#cbd5e1', dark: '#374151' },
  /** Borders of panels and fields. */
  line: { light: '#d1d5db', dark: '#4b5563' },
  /** Rules within a panel. */
  'line-soft': { light: '#e5e7eb', dark: '#374151' },
  /** The border of a field or control that must be seen to be used (3:1 against its background). */
  'line-strong': { light: '#8b95a5', dark: '#7b8699' },
  /** Focus rings, the primary button, links. */
  focus: { light: '#2563eb', dark: '#60a5fa' },
  /** The primary button's fill (white text on it) and its hover. */
  'primary-fill': { light: '#2563eb', dark: '#2563eb' },
  'primary-hover': { light: '#1d4ed8', dark: '#1d4ed8' },
  /** Text on a filled (primary, danger, brand) background. */
  'on-fill': { light: '#ffffff', dark: '#ffffff' },
  /** The app's indigo: its name, pressed toggles, the chosen row. */
  'brand-ink': { light: '#3730a3', dark: '#c7d2fe' },
  'brand-fill': { light: '#3730a3', dark: '#4338ca' },
  'brand-hover': { light: '#312e81', dark: '#3730a3' },
  'brand-soft': { light: '#e0e7ff', dark: '#312e81' },
  'brand-line': { light: '#c7d2fe', dark: '#6366f1' },
  /** Errors: their text, their background, their border, a destructive button's fill. */
  'danger-ink': { light: '#991b1b', dark: '#fca5a5' },
  'danger-soft': { light: '#fef2f2', dark: '#3b1212' },
  'danger-line': { light: '#fecaca', dark: '#7f1d1d' },
  'danger-fill': { light: '#b91c1c', dark: '#b91c1c' },
  'danger-hover': { light: '#991b1b', dark: '#991b1b' },
  /** Warnings and unsaved changes. */
  'warning-ink': { light: '#78350f', dark: '#fde68a' },
  'warning-soft': { light: '#fffbeb', dark: '#3a2a07' },
  'warning-line': { light: '#fde68a', dark: '#854d0e' },
  /** Find's highlight rings around matching cards. */
  'match-ring': { light: '#fde68a', dark: '#a16207' },
  'match-current': { light: '#f59e0b', dark: '#fbbf24' },
  /** Shadows: softer on a light page, deeper on a dark one. */
  'shadow-color': { light: 'rgb(15 23 42 / 6%)', dark: 'rgb(0 0 0 / 35%)' },
  backdrop: { light: 'rgb(15 23 42 / 35%)', dark: 'rgb(0 0 0 / 55%)' },
} as const satisfies Record<string, Record<UiTheme, string>>;

export type UiToken = keyof typeof UI_TOKENS;

/** A kind's card colours in each theme: the canvas's in light, the dark export theme's in dark. */
const kindStyle = (kind: NodeKind, theme: UiTheme) =>
  theme === 'light' ? NODE_STYLES[kind] : DRAWING_THEMES.dark.nodes[kind];
const relationStroke = (kind: RelationKind, theme: UiTheme): string =>
  theme === 'light' ? RELATION_STYLES[kind].stroke : DRAWING_THEMES.dark.relations[kind].stroke;

/** A kind's colour as a CSS value that follows the theme: `var(--kind-reason-accent)`. */
export const kindColor = (kind: NodeKind, part: 'accent' | 'fill' | 'border'): string => `var(--kind-${kind}-${part})`;
/** A relation kind's line colour as a CSS value that follows the theme. */
export const relationColor = (kind: RelationKind): string => `var(--relation-${kind})`;

/** Every custom property of a theme, name (without `--`) to value. */
export function themeProperties(theme: UiTheme): Record<string, string> {
  const properties: Record<string, string> = {};
  for (const [name, values] of Object.entries(UI_TOKENS)) properties[name] = values[theme];
  for (const kind of NODE_KINDS) {
    const style = kindStyle(kind, theme);
    properties[`kind-${kind}-accent`] = style.accent;
    properties[`kind-${kind}-fill`] = style.fill;
    properties[`kind-${kind}-border`] = style.border;
  }
  for (const kind of RELATION_KINDS) properties[`relation-${kind}`] = relationStroke(kind, theme);
  return properties;
}

const block = (selector: string, theme: UiTheme): string =>
  `${selector} {\n${Object.entries(themeProperties(theme))
    .map(([name, value]) => `  --${name}: ${value};`)
    .join('\n')}\n  color-scheme: ${theme};\n}`;

/** The style sheet that defines the properties: light by default, dark where `<html data-theme="dark">`. */
export const themeStyleSheet = (): string =>
  `${block(':root', 'light')}\n${block(":root[data-theme='dark']", 'dark')}\n`;
