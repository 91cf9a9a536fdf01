import { describe, expect, it } from 'vitest';
import { NODE_STYLES, RELATION_STYLES } from './palette';
import { contrast } from '../testing/contrast';

describe('palette', () => {
  it.each(Object.entries(NODE_STYLES))('%s labels are readable on their card (WCAG AA, 4.5:1)', (_kind, style) => {
    expect(contrast(style.accent, style.fill)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(style.accent, '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });

  it.each(Object.entries(RELATION_STYLES))('%s lines stand out from the canvas (3:1 for graphics)', (_kind, style) => {
    expect(contrast(style.stroke, '#f6f7f9')).toBeGreaterThanOrEqual(3);
  });

  it('gives every node kind its own colour', () => {
    const accents = Object.values(NODE_STYLES).map((style) => style.accent);
    expect(new Set(accents).size).toBe(accents.length);
  });
});
