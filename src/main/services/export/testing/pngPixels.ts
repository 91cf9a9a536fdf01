import { PNG } from 'pngjs';

export type Rgba = [r: number, g: number, b: number, a: number];

/** A decoded PNG: its size and a pixel reader (test helper). */
export interface DecodedPng {
  width: number;
  height: number;
  data: Buffer;
  /** The pixel at column x, row y as [r, g, b, a], each 0–255. */
  pixel(x: number, y: number): Rgba;
}

/** Decodes PNG bytes into RGBA pixels. */
export function decodePng(png: Uint8Array): DecodedPng {
  const image = PNG.sync.read(Buffer.from(png));
  return {
    width: image.width,
    height: image.height,
    data: image.data,
    pixel(x, y) {
      const i = (image.width * y + x) * 4;
      const d = image.data;
      return [d[i], d[i + 1], d[i + 2], d[i + 3]];
    },
  };
}

const parseHex = (colour: string): [number, number, number] => {
  const hex = colour.replace(/^#/, '');
  if (!/^[0-9a-f]{6}$/i.test(hex)) throw new Error(`not a #rrggbb colour: ${colour}`);
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
};

/** How many opaque pixels are within `tolerance` (per channel, 0–255) of the colour. */
export function countColour(png: DecodedPng, colour: string, tolerance = 8): number {
  const [r, g, b] = parseHex(colour);
  const d = png.data;
  let count = 0;
  for (let i = 0; i < d.length; i += 4) {
    if (
      d[i + 3] >= 250 &&
      Math.abs(d[i] - r) <= tolerance &&
      Math.abs(d[i + 1] - g) <= tolerance &&
      Math.abs(d[i + 2] - b) <= tolerance
    )
      count++;
  }
  return count;
}

/** Whether at least `minPixels` opaque pixels have the colour (within `tolerance` per channel). */
export const hasColour = (png: DecodedPng, colour: string, tolerance = 8, minPixels = 1): boolean =>
  countColour(png, colour, tolerance) >= minPixels;

/** Opaque pixels darker than `maxLuma` (0–255): text ink on a light drawing. */
export function countDarkPixels(png: DecodedPng, maxLuma = 96): number {
  const d = png.data;
  let count = 0;
  for (let i = 0; i < d.length; i += 4) {
    if (d[i + 3] >= 200 && 0.2126 * d[i] + 0.7152 * d[i + 1] + 0.0722 * d[i + 2] <= maxLuma) count++;
  }
  return count;
}
