/** The largest side a PNG export may have, in pixels (Chromium's and most viewers' texture limit). */
export const PNG_MAX_SIDE = 16_384;
/** The most pixels a PNG export may have: 128 Mi pixels, 512 MiB of RGBA while it is drawn. */
export const PNG_MAX_PIXELS = 2 ** 27;

/** A PNG's size in pixels. */
export interface PixelSize {
  width: number;
  height: number;
}

/** The pixel size of a drawing of `size` CSS pixels at `scale`: each side rounded, at least 1. */
export const pngPixelSize = (size: PixelSize, scale: number): PixelSize => ({
  width: Math.max(1, Math.round(size.width * scale)),
  height: Math.max(1, Math.round(size.height * scale)),
});

/** The largest scale (one decimal, rounded down) at which a drawing of `size` stays within the limits. */
export function largestPngScale(size: PixelSize): number {
  const limit = Math.min(
    PNG_MAX_SIDE / size.width,
    PNG_MAX_SIDE / size.height,
    Math.sqrt(PNG_MAX_PIXELS / (size.width * size.height)),
  );
  return Math.floor(limit * 10) / 10;
}

const grouped = (n: number): string => n.toLocaleString('en-US');

/**
 * Throws, before anything is allocated, when a PNG of `size` CSS pixels at `scale` would pass the
 * limits; the message says what size it would be and what to do instead.
 */
export function assertPngFits(size: PixelSize, scale: number): PixelSize {
  const pixels = pngPixelSize(size, scale);
  const tooWide = pixels.width > PNG_MAX_SIDE || pixels.height > PNG_MAX_SIDE;
  if (!tooWide && pixels.width * pixels.height <= PNG_MAX_PIXELS) return pixels;
  const limit = tooWide
    ? `the largest Argmap writes is ${grouped(PNG_MAX_SIDE)} pixels on a side`
    : `the largest Argmap writes is ${grouped(PNG_MAX_PIXELS)} pixels in all`;
  const best = largestPngScale(size);
  const advice =
    best >= 1
      ? `choose a scale of ${best}× or less`
      : 'export a selection or a subtree, or choose PDF or SVG, which have no such limit';
  throw new Error(
    `The image would be ${grouped(pixels.width)} × ${grouped(pixels.height)} pixels; ${limit} (${advice}).`,
  );
}
