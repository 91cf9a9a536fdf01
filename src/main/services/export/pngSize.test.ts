import { describe, expect, it } from 'vitest';
import { assertPngFits, largestPngScale, pngPixelSize } from './pngSize';

describe('PNG size limits', () => {
  it('rounds each side and finds the largest scale that fits', () => {
    expect(pngPixelSize({ width: 640.4, height: 0.2 }, 2)).toEqual({ width: 1281, height: 1 });
    expect(largestPngScale({ width: 4096, height: 1000 })).toBe(4);
    expect(assertPngFits({ width: 4096, height: 1000 }, 4)).toEqual({ width: 16384, height: 4000 });
    expect(() => assertPngFits({ width: 4097, height: 1000 }, 4)).toThrow(/choose a scale of 3\.9× or less/);
  });
});
