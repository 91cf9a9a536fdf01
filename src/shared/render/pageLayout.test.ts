import { describe, expect, it } from 'vitest';
import {
  FIT_MIN_WIDTH_WITH_TITLE,
  FIT_TITLE_INSET,
  MAX_PAGE_POINTS,
  PAGE_MARGIN,
  pageLayout,
  SLIDE_MAX_ENLARGEMENT,
  TITLE_GAP,
} from './pageLayout';

const inside = (layout: ReturnType<typeof pageLayout>, margin: number) => {
  const { drawing } = layout;
  expect(drawing.x).toBeGreaterThanOrEqual(margin - 1e-9);
  expect(drawing.y).toBeGreaterThanOrEqual(margin - 1e-9);
  expect(drawing.x + drawing.width).toBeLessThanOrEqual(layout.width - margin + 1e-9);
  expect(drawing.y + drawing.height).toBeLessThanOrEqual(layout.height - margin + 1e-9);
};

describe('pageLayout', () => {
  it('fits the page to the drawing at 0.75 pt per pixel, the title block added above', () => {
    expect(pageLayout({ width: 800, height: 600 }, 'fit', 'portrait')).toEqual({
      width: 600,
      height: 450,
      drawing: { x: 0, y: 0, width: 600, height: 450, scale: 0.75 },
    });
    const titled = pageLayout({ width: 800, height: 600 }, 'fit', 'portrait', () => 40);
    expect(titled.height).toBe(24 + 40 + TITLE_GAP + 450);
    expect(titled.drawing.y).toBe(24 + 40 + TITLE_GAP);
    // A narrow map's page widens for its title; the drawing is centred.
    const narrow = pageLayout({ width: 100, height: 100 }, 'fit', 'portrait', () => 40);
    expect(narrow.width).toBe(FIT_MIN_WIDTH_WITH_TITLE);
    expect(narrow.drawing.x).toBe((FIT_MIN_WIDTH_WITH_TITLE - 75) / 2);
  });

  it('keeps a fit page within 200 in on either side, scaling a huge drawing down with its aspect', () => {
    // The 1,000-node benchmark map: 55,542 × 32,797 px would be 41,657 × 24,598 pt.
    const wide = pageLayout({ width: 55_542, height: 32_797 }, 'fit', 'landscape');
    const factor = MAX_PAGE_POINTS / (55_542 * 0.75);
    expect(wide.width).toBeCloseTo(MAX_PAGE_POINTS, 9);
    expect(wide.height).toBeCloseTo(32_797 * 0.75 * factor, 9);
    expect(wide.drawing).toMatchObject({ x: 0, y: 0, width: wide.width, height: wide.height });
    expect(wide.drawing.scale).toBeCloseTo(0.75 * factor, 12);
    // A tall one is bound by its height; one just inside the limit keeps its own size.
    const tall = pageLayout({ width: 1000, height: 40_000 }, 'fit', 'portrait');
    expect([tall.width, tall.height]).toEqual([1000 * 0.75 * (MAX_PAGE_POINTS / 30_000), MAX_PAGE_POINTS]);
    expect(pageLayout({ width: 19_200, height: 100 }, 'fit', 'portrait').drawing.scale).toBe(0.75);
  });

  it('keeps the title block’s type size on a capped fit page and fits the drawing under it', () => {
    const measured: number[] = [];
    // 15,000 × 14,962.5 pt: narrowed to 14,400 pt wide it is still too tall under the block.
    const layout = pageLayout({ width: 20_000, height: 19_950 }, 'fit', 'portrait', (width) => {
      measured.push(width);
      return 40;
    });
    expect(measured).toEqual([MAX_PAGE_POINTS - 2 * FIT_TITLE_INSET]); // measured once, at the page's width
    expect(layout.titleBlock).toEqual({ x: 24, y: 24, width: MAX_PAGE_POINTS - 48, height: 40 });
    const top = 24 + 40 + TITLE_GAP;
    expect(layout.width).toBe(MAX_PAGE_POINTS);
    expect(layout.height).toBeCloseTo(MAX_PAGE_POINTS, 9);
    expect(layout.drawing.y).toBe(top);
    expect(layout.drawing.height).toBeCloseTo(MAX_PAGE_POINTS - top, 9);
    expect(layout.drawing.width / layout.drawing.height).toBeCloseTo(20_000 / 19_950, 12);
    expect(layout.drawing.width).toBeLessThan(MAX_PAGE_POINTS);
    expect(layout.drawing.x + layout.drawing.width / 2).toBeCloseTo(MAX_PAGE_POINTS / 2, 9);
  });

  it('shrinks a big drawing into the paper’s margins, under the title', () => {
    const layout = pageLayout({ width: 4000, height: 1000 }, 'a4', 'portrait', (width) => (width > 500 ? 30 : 60));
    inside(layout, PAGE_MARGIN);
    expect(layout.titleBlock).toEqual({ x: 36, y: 36, width: 595.28 - 72, height: 30 });
    expect(layout.drawing.y).toBe(36 + 30 + TITLE_GAP);
    expect(layout.drawing.width).toBeCloseTo(595.28 - 72, 9); // width-bound
    expect(layout.drawing.scale).toBeCloseTo(((595.28 - 72) / 3000) * 0.75, 9);
  });

  it('never enlarges a small drawing on paper, and centres it across', () => {
    const layout = pageLayout({ width: 200, height: 100 }, 'letter', 'landscape');
    expect([layout.width, layout.height]).toEqual([792, 612]);
    expect(layout.drawing).toEqual({ x: (792 - 150) / 2, y: 36, width: 150, height: 75, scale: 0.75 });
  });

  it('enlarges a small drawing on a slide, at most 3×, centred both ways; orientation does not matter', () => {
    const small = pageLayout({ width: 200, height: 100 }, 'slide', 'portrait');
    expect([small.width, small.height]).toEqual([960, 540]);
    expect(small.drawing.scale).toBe(0.75 * SLIDE_MAX_ENLARGEMENT);
    expect(small.drawing.x + small.drawing.width / 2).toBeCloseTo(480, 9);
    expect(small.drawing.y + small.drawing.height / 2).toBeCloseTo(270, 9);
    const wide = pageLayout({ width: 1000, height: 300 }, 'slide', 'landscape', () => 40);
    inside(wide, PAGE_MARGIN);
    expect(wide.drawing.width).toBeCloseTo(960 - 72, 9);
    expect(wide.drawing.y).toBeGreaterThan(36 + 40 + TITLE_GAP);
  });

  it('turns paper for landscape', () => {
    expect(pageLayout({ width: 10, height: 10 }, 'a4', 'landscape')).toMatchObject({ width: 841.89, height: 595.28 });
    expect(pageLayout({ width: 10, height: 10 }, 'a4', 'portrait')).toMatchObject({ width: 595.28, height: 841.89 });
  });
});
