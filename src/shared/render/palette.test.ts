import { describe, expect, it } from 'vitest';
import { NODE_STYLES, RELATION_STYLES } from './palette';

/** WCAG 2 relative luminance and contrast ratio of two #rrggbb colours. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const channel = parseInt(hex.slice(i, i + 2), 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string): number => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
};

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
