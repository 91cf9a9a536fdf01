/** The largest side a PNG export may have, in pixels (Chromium's and most viewers' texture limit). */
export const PNG_MAX_SIDE = 16_384;
/** The most pixels a PNG export may have: 128 Mi pixels, 512 MiB of RGBA while it is drawn. */
export const PNG_MAX_PIXELS = 2 ** 27;

const grouped = (n: number): string => n.toLocaleString('en-US');

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

/** The largest scale at which a drawing of `size` stays within the limits, rounded down (one decimal, two below 1×). */
export function largestPngScale(size: PixelSize): number {
  const limit = Math.min(
    PNG_MAX_SIDE / size.width,
    PNG_MAX_SIDE / size.height,
    Math.sqrt(PNG_MAX_PIXELS / (size.width * size.height)),
  );
  const step = limit >= 1 ? 10 : 100;
  return Math.max(0.01, Math.floor(limit * step) / step);
}

/** What a PNG export draws at: the scale asked for, or the largest that fits, with a note saying why. */
export function fittingPngScale(size: PixelSize, scale: number): { scale: number; note?: string } {
  const asked = pngPixelSize(size, scale);
  if (asked.width <= PNG_MAX_SIDE && asked.height <= PNG_MAX_SIDE && asked.width * asked.height <= PNG_MAX_PIXELS) {
    return { scale };
  }
  const fitted = largestPngScale(size);
  const drawn = pngPixelSize(size, fitted);
  const advice = fitted < 1 ? ' For readable text, export a subtree or a selection, or choose PDF or SVG.' : '';
  return {
    scale: fitted,
    note:
      `At ${scale}× the image would be ${grouped(asked.width)} × ${grouped(asked.height)} pixels, more than a PNG ` +
      `can hold; it was drawn at ${fitted}× (${grouped(drawn.width)} × ${grouped(drawn.height)} pixels).${advice}`,
  };
}

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
