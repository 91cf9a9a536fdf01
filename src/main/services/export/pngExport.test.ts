import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSampleMap } from '../../../../scripts/sampleFiles';
import { DEFAULT_EXPORT_OPTIONS } from '../../../shared/render/exportOptions';
import { fontsDirIn, loadExportFonts } from './exportFonts';
import { exportMap } from './exportMap';
import { svgToPng, svgToPngAsync } from './pngExport';
import { PNG_MAX_SIDE } from './pngSize';
import { HAND_MADE_COLOURS as C, HAND_MADE_EDGE, HAND_MADE_TEXTS, handMadeSvg } from './testing/handMadeSvg';
import { countColour, countDarkPixels, decodePng, hasColour, type DecodedPng } from './testing/pngPixels';

const fonts = loadExportFonts(fontsDirIn(resolve(import.meta.dirname, '../../../../resources')));

/** Where a point of the drawing lands in a PNG at `scale` (the viewBox starts at -32, -32). */
const at = (png: DecodedPng, scale: number, x: number, y: number) =>
  png.pixel(Math.round((x + 32) * scale), Math.round((y + 32) * scale));

const isGreen = ([r, g, b, a]: number[]): boolean => a > 200 && g > 100 && r < 60 && b < 90;

/** The PNG's chunk types, in order. */
function chunkTypes(png: Buffer): string[] {
  const types: string[] = [];
  for (let offset = 8; offset < png.length; offset += 12 + png.readUInt32BE(offset)) {
    types.push(png.toString('latin1', offset + 4, offset + 8));
  }
  return types;
}

describe('svgToPng', () => {
  it.each([1, 2, 4])('draws the SVG at %i× as width × scale by height × scale pixels', (scale) => {
    const png = decodePng(svgToPng(handMadeSvg(), fonts, { scale }));
    expect([png.width, png.height]).toEqual([640 * scale, 400 * scale]);
  });

  it('rounds a fractional size to the nearest pixel (resvg alone would round up)', () => {
    const svg = handMadeSvg().replace('width="640" height="400"', 'width="640.4" height="400.4"');
    expect(decodePng(svgToPng(svg, fonts, { scale: 1 }))).toMatchObject({ width: 640, height: 400 });
    expect(decodePng(svgToPng(svg, fonts, { scale: 1.5 }))).toMatchObject({ width: 961, height: 601 });
  });

  it('draws the cards, edges and text in their colours', () => {
    const png = decodePng(svgToPng(handMadeSvg(), fonts, { scale: 2 }));
    for (const colour of [C.cardFill, C.cardBorder, C.support, C.tag]) {
      expect(hasColour(png, colour, 6, 50), colour).toBe(true);
    }
    // Text ink: far more dark pixels than antialiasing alone would make.
    expect(countDarkPixels(png)).toBeGreaterThan(1500);
    expect(at(png, 2, 200, 30)).toEqual([0xee, 0xf2, 0xff, 255]); // inside the card, clear of text
    expect(at(png, 2, 500, 300)).toEqual([255, 255, 255, 255]); // the background rect
  });

  it('leaves the background transparent when the SVG draws none', () => {
    const png = decodePng(svgToPng(handMadeSvg({ background: false }), fonts, { scale: 2 }));
    for (const [x, y] of [
      [0, 0],
      [png.width - 1, 0],
      [0, png.height - 1],
      [png.width - 1, png.height - 1],
    ]) {
      expect(png.pixel(x, y)[3], `alpha at ${x},${y}`).toBe(0);
    }
    expect(hasColour(png, C.cardFill, 6, 1000)).toBe(true);
  });

  it('sets Cyrillic text in Inter, as wide as the font measures it', () => {
    const line = HAND_MADE_TEXTS[3];
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="40" viewBox="0 0 300 40" font-family="Inter"><text font-size="14" font-weight="600" fill="#000000"><tspan x="10" y="25">${line}</tspan></text></svg>`;
    const scale = 4;
    const png = decodePng(svgToPng(svg, fonts, { scale }));
    let left = png.width;
    let right = -1;
    for (let y = 0; y < png.height; y++) {
      for (let x = 0; x < png.width; x++) {
        if (png.pixel(x, y)[3] > 128) {
          left = Math.min(left, x);
          right = Math.max(right, x);
        }
      }
    }
    expect(right, 'no ink at all: the glyphs are missing').toBeGreaterThan(0);
    const inkWidth = (right - left + 1) / scale;
    // Ink is the advance width less the first and last glyphs' side bearings (about a pixel each).
    expect(inkWidth).toBeGreaterThan(fonts.measurer.width(line, 14, 600) - 3);
    expect(inkWidth).toBeLessThanOrEqual(fonts.measurer.width(line, 14, 600));
  });

  it('turns end markers along the edge and start markers against it (auto-start-reverse)', () => {
    const scale = 4;
    const png = decodePng(svgToPng(handMadeSvg({ background: false, markerStart: true }), fonts, { scale }));
    // The edge ends heading up at (300, 100): the arrowhead's body lies below its tip.
    const [ex, ey] = HAND_MADE_EDGE.end;
    expect(isGreen(at(png, scale, ex + 4, ey + 6))).toBe(true);
    expect(isGreen(at(png, scale, ex - 6, ey - 4))).toBe(false); // where an unturned arrow would be
    // It starts at (120, 200) heading up: reversed, the start arrow points down, its body above.
    const [sx, sy] = HAND_MADE_EDGE.start;
    expect(isGreen(at(png, scale, sx + 4, sy - 6))).toBe(true);
    expect(isGreen(at(png, scale, sx + 4, sy + 6))).toBe(false);
  });

  it('records the resolution: 96 DPI times the scale, in a pHYs chunk before the image data', () => {
    const png = svgToPng(handMadeSvg(), fonts, { scale: 2 });
    expect(chunkTypes(png).slice(0, 3)).toEqual(['IHDR', 'pHYs', 'IDAT']);
    const offset = png.indexOf('pHYs', 0, 'latin1');
    expect(png.readUInt32BE(offset + 4)).toBe(Math.round(192 / 0.0254));
    expect(png.readUInt8(offset + 12)).toBe(1);
    expect(decodePng(png).width).toBe(1280); // pngjs checks every chunk's CRC
  });

  it('tolerates an @font-face style sheet in the SVG', async () => {
    const css = await fonts.fontFaceCss(new Map([[600, 'First']]));
    const png = decodePng(svgToPng(handMadeSvg({ fontFace: css }), fonts, { scale: 1 }));
    expect(countDarkPixels(png)).toBeGreaterThan(300);
  });

  it('refuses an image past the size limits, before drawing it, saying what to do', () => {
    const huge = (side: number): string =>
      `<svg xmlns="http://www.w3.org/2000/svg" width="${side}" height="${side}"><rect width="10" height="10"/></svg>`;
    const started = performance.now();
    expect(() => svgToPng(huge(9000), fonts, { scale: 2 })).toThrow(
      `The image would be 18,000 × 18,000 pixels; the largest Argmap writes is ${PNG_MAX_SIDE.toLocaleString('en-US')} pixels on a side (choose a scale of 1.2× or less).`,
    );
    expect(() => svgToPng(huge(30_000), fonts, { scale: 1 })).toThrow(/export a selection or a subtree/);
    // Within the side limit but too many pixels in all.
    expect(() => svgToPng(huge(12_000), fonts, { scale: 1 })).toThrow(/pixels in all \(export a selection/);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('writes the sample as a PNG at the scale asked (exportMap)', async () => {
    const options = { ...DEFAULT_EXPORT_OPTIONS, format: 'png' as const, scale: 1 };
    const { data } = await exportMap(loadSampleMap(), options, fonts);
    const png = decodePng(data);
    expect(png.width).toBeGreaterThan(1000);
    expect(countDarkPixels(png)).toBeGreaterThan(20_000);
  });

  it('draws the same image off the main thread', async () => {
    const svg = handMadeSvg({ background: false });
    const [sync, async] = [svgToPng(svg, fonts, { scale: 2 }), await svgToPngAsync(svg, fonts, { scale: 2 })];
    expect(async.equals(sync)).toBe(true);
    expect(countColour(decodePng(async), C.cardBorder, 6)).toBeGreaterThan(100);
  });
});
