import { describe, expect, it } from 'vitest';
import { NODE_KINDS, RELATION_KINDS } from '../model/kinds';
import { EXPORT_THEMES } from './exportOptions';
import { DRAWING_THEMES } from './themes';
import { contrast } from '../testing/contrast';

/** Perceived grey of a colour (what a greyscale printer makes of it). */
const grey = (hex: string): number =>
  Math.round(
    0.299 * parseInt(hex.slice(1, 3), 16) +
      0.587 * parseInt(hex.slice(3, 5), 16) +
      0.114 * parseInt(hex.slice(5, 7), 16),
  );

describe.each(EXPORT_THEMES)('the %s theme', (name) => {
  const theme = DRAWING_THEMES[name];

  it.each(NODE_KINDS)('makes %s cards readable: text and label on the card pass WCAG AA (4.5:1)', (kind) => {
    const card = theme.nodes[kind];
    expect(contrast(theme.ink, card.fill)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(card.accent, card.fill)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(card.accent, theme.surface)).toBeGreaterThanOrEqual(4.5); // tags
  });

  it('draws every relation so it stands out from the background (3:1 for graphics)', () => {
    for (const kind of RELATION_KINDS)
      expect(contrast(theme.relations[kind].stroke, theme.background)).toBeGreaterThanOrEqual(3);
  });

  it('keeps the title and byline readable', () => {
    expect(contrast(theme.ink, theme.background)).toBeGreaterThanOrEqual(7);
    expect(contrast(theme.muted, theme.background)).toBeGreaterThanOrEqual(4.5);
  });
});

describe('the print theme', () => {
  const theme = DRAWING_THEMES.print;

  it('uses only greys', () => {
    const colours = [
      ...Object.values(theme.nodes).flatMap((card) => [card.fill, card.border, card.accent]),
      ...Object.values(theme.relations).map((line) => line.stroke),
    ];
    for (const colour of colours)
      expect(colour.slice(1, 3) === colour.slice(3, 5) && colour.slice(3, 5) === colour.slice(5, 7), colour).toBe(true);
  });

  it('keeps pro and con cards apart without colour, and relations by their dashes', () => {
    expect(grey(theme.nodes.objection.fill)).toBeLessThan(grey(theme.nodes.reason.fill) - 20);
    expect(grey(theme.nodes.rebuttal.fill)).toBeLessThan(grey(theme.nodes.reason.fill) - 20);
    const dashes = RELATION_KINDS.map((kind) => theme.relations[kind].dash ?? 'solid');
    expect(new Set(dashes).size).toBe(RELATION_KINDS.length);
  });
});
