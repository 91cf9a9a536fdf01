import pixelmatch from 'pixelmatch';
import type { DecodedPng } from './pngPixels';

/** How two rasters of the same drawing by different rasterisers differ (test helper). */
export interface RasterDifference {
  /** Share of pixels pixelmatch finds different, antialiasing set aside (as e2e/exportPixels.spec.ts counts). */
  differing: number;
  /** Share of pixels that still differ by more than 48 in a channel once both are blurred over 3 × 3 pixels. */
  blurredApart: number;
  /** The most such pixels in any 16 × 16 block: a shape missing or out of place gathers there. */
  worstBlock: number;
}

/**
 * Compares two rasters of one drawing. Rasterisers antialias edges and glyphs differently, a
 * pixel's worth along every outline; a blur of 3 × 3 pixels averages that away, while a shape
 * that is missing, dashed differently or a pixel out of place still stands out, and in one place.
 */
export function compareRasters(a: DecodedPng, b: DecodedPng): RasterDifference {
  if (a.width !== b.width || a.height !== b.height) throw new Error('the rasters differ in size');
  const { width, height } = a;
  const differing = pixelmatch(a.data, b.data, undefined, width, height, { threshold: 0.2, includeAA: false });
  const [blurredA, blurredB] = [boxBlur(a), boxBlur(b)];
  const blocksAcross = Math.ceil(width / 16);
  const blocks = new Uint32Array(blocksAcross * Math.ceil(height / 16));
  let apart = 0;
  for (let p = 0; p < width * height; p++) {
    const i = p * 3;
    const d = Math.max(
      Math.abs(blurredA[i] - blurredB[i]),
      Math.abs(blurredA[i + 1] - blurredB[i + 1]),
      Math.abs(blurredA[i + 2] - blurredB[i + 2]),
    );
    if (d <= 48) continue;
    apart++;
    blocks[Math.floor(p / width / 16) * blocksAcross + Math.floor((p % width) / 16)]++;
  }
  const pixels = width * height;
  return { differing: differing / pixels, blurredApart: apart / pixels, worstBlock: Math.max(0, ...blocks) };
}

/** The RGB channels averaged over each pixel's 3 × 3 neighbourhood (fewer at the edges), one pass each way. */
function boxBlur({ width, height, data }: DecodedPng): Float32Array {
  const across = new Float32Array(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const [from, to] = [Math.max(0, x - 1), Math.min(width - 1, x + 1)];
      for (let c = 0; c < 3; c++) {
        let sum = 0;
        for (let xx = from; xx <= to; xx++) sum += data[(y * width + xx) * 4 + c];
        across[(y * width + x) * 3 + c] = sum / (to - from + 1);
      }
    }
  }
  const out = new Float32Array(width * height * 3);
  for (let y = 0; y < height; y++) {
    const [from, to] = [Math.max(0, y - 1), Math.min(height - 1, y + 1)];
    for (let x = 0; x < width; x++) {
      for (let c = 0; c < 3; c++) {
        let sum = 0;
        for (let yy = from; yy <= to; yy++) sum += across[(yy * width + x) * 3 + c];
        out[(y * width + x) * 3 + c] = sum / (to - from + 1);
      }
    }
  }
  return out;
}
