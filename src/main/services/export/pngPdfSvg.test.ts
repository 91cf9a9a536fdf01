import { describe, expect, it } from 'vitest';
import { attribute, setAttribute, svgSize, withReversedMarkers } from './pngPdfSvg';
import { assertPngFits, largestPngScale, pngPixelSize } from './pngSize';

const marker = (attributes: string) =>
  `<marker id="m" ${attributes} orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z"/></marker>`;

describe('SVG surgery for the PNG and PDF exports', () => {
  it('reads the drawing size from width and height, else the viewBox', () => {
    expect(svgSize('<svg xmlns="http://www.w3.org/2000/svg" width="640.5px" height="400">')).toEqual({
      width: 640.5,
      height: 400,
    });
    expect(svgSize(`<?xml version="1.0"?><svg viewBox='-10 -10 300 200' width="100%">`)).toEqual({
      width: 300,
      height: 200,
    });
    expect(() => svgSize('<html/>')).toThrow(/not an SVG/);
  });

  it('reads and sets attributes in single or double quotes', () => {
    expect(attribute(`<rect x='1' data-x="2"/>`, 'x')).toBe('1');
    expect(setAttribute('<rect x="1"/>', 'x', '5')).toBe('<rect x="5"/>');
    expect(setAttribute('<rect x="1"/>', 'y', '5')).toBe('<rect y="5" x="1"/>');
  });

  it('spells auto-start-reverse as auto, adding a turned copy only for start markers', () => {
    const endOnly = `<svg><defs>${marker('viewBox="0 0 10 10" refX="10" refY="5"')}</defs><path marker-end="url(#m)"/></svg>`;
    expect(withReversedMarkers(endOnly)).toBe(endOnly.replace('auto-start-reverse', 'auto'));

    const both = `<svg><defs>${marker('viewBox="0 0 10 10" refX="10" refY="5"')}</defs><path marker-start="url(#m)" marker-end="url(#m)"/><path style="marker-start: url('#m')"/></svg>`;
    const result = withReversedMarkers(both);
    expect(result).not.toContain('auto-start-reverse');
    // The copy is turned half round the reference point (10, 5), its viewBox mirrored through it.
    expect(result).toContain(
      '<marker id="m--start" viewBox="10 0 10 10" refX="10" refY="5" orient="auto"><g transform="rotate(180 10 5)"><path d="M0,0 L10,5 L0,10 z"/></g></marker>',
    );
    expect(result).toContain('<path marker-start="url(#m--start)" marker-end="url(#m)"/>');
    expect(result).toContain(`style="marker-start: url('#m--start')"`);
  });
});

describe('PNG size limits', () => {
  it('rounds each side and finds the largest scale that fits', () => {
    expect(pngPixelSize({ width: 640.4, height: 0.2 }, 2)).toEqual({ width: 1281, height: 1 });
    expect(largestPngScale({ width: 4096, height: 1000 })).toBe(4);
    expect(assertPngFits({ width: 4096, height: 1000 }, 4)).toEqual({ width: 16384, height: 4000 });
    expect(() => assertPngFits({ width: 4097, height: 1000 }, 4)).toThrow(/choose a scale of 3\.9× or less/);
  });
});
