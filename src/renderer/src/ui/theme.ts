import { useSyncExternalStore } from 'react';
import { THEME_CHOICES, type ThemeChoice } from '../../../shared/actions/actionState';
import { themeStyleSheet, type UiTheme } from './themeTokens';

/**
 * The window's colours: the user's choice (View › Theme: System, Light or Dark), kept across
 * runs in this window's storage, and the system's dark mode, which "System" follows as it changes.
 * `<html data-theme>` says which set of colours (themeTokens.ts) the style sheets use.
 */
const STORAGE_KEY = 'argmap.theme';
const DARK_QUERY = '(prefers-color-scheme: dark)';

const listeners = new Set<() => void>();
let choice: ThemeChoice = readStoredChoice();

function readStoredChoice(): ThemeChoice {
  try {
    const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
    return THEME_CHOICES.find((known) => known === stored) ?? 'system';
  } catch {
    // Storage can be unavailable (a locked-down profile): the system's choice is the safe default.
    return 'system';
  }
}

const systemQuery = (): MediaQueryList | undefined => globalThis.matchMedia?.(DARK_QUERY);

/** The theme the window shows for a choice, given whether the system is in dark mode. */
export const resolveTheme = (chosen: ThemeChoice, systemDark: boolean): UiTheme =>
  chosen === 'system' ? (systemDark ? 'dark' : 'light') : chosen;

/** The user's choice now. */
export const themeChoice = (): ThemeChoice => choice;

/** The theme the window shows now. */
export const currentTheme = (): UiTheme => resolveTheme(choice, systemQuery()?.matches ?? false);

function apply(): void {
  document.documentElement.dataset.theme = currentTheme();
  for (const listener of listeners) listener();
}

/** Chooses the theme (View › Theme) and remembers it for the next run. */
export function chooseTheme(next: ThemeChoice): void {
  choice = next;
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, next);
  } catch {
    // Not remembered, but shown: nothing is lost but the next run's default.
  }
  apply();
}

/** Calls `listener` whenever the choice or the system's dark mode changes. */
export function subscribeTheme(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Puts the theme's colours in the page and starts following the system's dark mode. Called once,
 * before the first render, so the window never flashes the other theme.
 */
export function installTheme(): void {
  const sheet = document.createElement('style');
  sheet.dataset.argmap = 'theme';
  sheet.textContent = themeStyleSheet();
  document.head.prepend(sheet);
  systemQuery()?.addEventListener('change', apply);
  apply();
}

/** The theme the window shows, for components that pass colours to a library (React Flow's colour mode). */
export const useCurrentTheme = (): UiTheme => useSyncExternalStore(subscribeTheme, currentTheme);

/** The user's choice, for the menu's and the palette's tick. */
export const useThemeChoice = (): ThemeChoice => useSyncExternalStore(subscribeTheme, themeChoice);
