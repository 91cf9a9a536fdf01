import { describe, expect, it } from 'vitest';
import { svgSize } from './svgSize';

describe('svgSize (reading an exported SVG)', () => {
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
});
