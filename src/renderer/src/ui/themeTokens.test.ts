import { describe, expect, it } from 'vitest';
import { NODE_KINDS, RELATION_KINDS } from '../../../shared/model/kinds';
import { contrast } from '../../../shared/testing/contrast';
import { themeProperties, themeStyleSheet, UI_TOKENS, type UiTheme } from './themeTokens';

const THEMES: UiTheme[] = ['light', 'dark'];

/** Text that must be read (4.5:1, WCAG AA) and what it sits on. */
const TEXT_PAIRS: [string, string][] = [
  ['ink', 'surface'],
  ['ink', 'surface-muted'],
  ['ink', 'canvas'],
  ['ink-strong', 'surface'],
  ['ink-muted', 'surface'],
  ['ink-muted', 'surface-muted'],
  ['ink-muted', 'canvas'],
  ['brand-ink', 'surface'],
  ['brand-ink', 'brand-soft'],
  ['danger-ink', 'danger-soft'],
  ['danger-ink', 'surface'],
  ['warning-ink', 'warning-soft'],
  ['warning-ink', 'surface'],
  ['on-fill', 'primary-fill'],
  ['on-fill', 'primary-hover'],
  ['on-fill', 'danger-fill'],
  ['on-fill', 'brand-fill'],
  ['on-fill', 'brand-hover'],
];

/** Focus rings and the borders of controls (3:1, WCAG 1.4.11). */
const GRAPHIC_PAIRS: [string, string][] = [
  ['focus', 'surface'],
  ['focus', 'canvas'],
  ['line-strong', 'surface'],
];

describe.each(THEMES)('the %s theme', (theme) => {
  const colours = themeProperties(theme);

  it.each(TEXT_PAIRS)('%s on %s passes AA for text (4.5:1)', (fore, back) => {
    expect(contrast(colours[fore], colours[back])).toBeGreaterThanOrEqual(4.5);
  });

  it.each(GRAPHIC_PAIRS)('%s stands out from %s (3:1)', (fore, back) => {
    expect(contrast(colours[fore], colours[back])).toBeGreaterThanOrEqual(3);
  });

  it.each(NODE_KINDS)('a %s card’s label and text are readable on its fill', (kind) => {
    const fill = colours[`kind-${kind}-fill`];
    expect(contrast(colours[`kind-${kind}-accent`], fill)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(colours.ink, fill)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(RELATION_KINDS)('a %s arrow stands out from the canvas (3:1)', (kind) => {
    expect(contrast(colours[`relation-${kind}`], colours.canvas)).toBeGreaterThanOrEqual(3);
  });
});

describe('the theme style sheet', () => {
  it('defines every token for both themes, dark under data-theme', () => {
    const sheet = themeStyleSheet();
    expect(sheet).toContain(":root[data-theme='dark'] {");
    for (const name of Object.keys(UI_TOKENS)) expect(sheet.match(new RegExp(`--${name}:`, 'g'))).toHaveLength(2);
  });
});
