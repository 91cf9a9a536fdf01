import { resolve } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import pixelmatch from 'pixelmatch';
import { describe, expect, it } from 'vitest';
import { loadSampleMap } from '../../../../scripts/sampleFiles';
import { drawMap } from '../../../shared/render/drawMap';
import { DEFAULT_EXPORT_OPTIONS } from '../../../shared/render/exportOptions';
import type { Drawing } from '../../../shared/render/shapes';
import { svgDocument } from '../../../shared/render/svgDocument';
import { measuredLine } from '../../../shared/render/textLine';
import { fontsDirIn, loadExportFonts } from './exportFonts';
import { exportMap } from './exportMap';
import { drawingToPng } from './pngExport';
import { PNG_MAX_SIDE } from './pngSize';
import { HAND_MADE_COLOURS as C, HAND_MADE_EDGE, HAND_MADE_TEXTS, handMadeDrawing } from './testing/handMadeDrawing';
import { countColour, countDarkPixels, decodePng, hasColour, type DecodedPng } from './testing/pngPixels';

const fonts = loadExportFonts(fontsDirIn(resolve(import.meta.dirname, '../../../../resources')));
const drawingOf = (options: Parameters<typeof handMadeDrawing>[1] = {}): Drawing =>
  handMadeDrawing(fonts.measurer, options);
const pngOf = async (drawing: Drawing, scale: number, bandPixels?: number): Promise<DecodedPng> =>
  decodePng(await drawingToPng(drawing, fonts, { scale, bandPixels }));

/** The SVG painter's settings for a PNG: arrowheads as paths, text as outlines. */
const pngSettings = { arrowheads: 'paths', outline: { glyphs: fonts, measurer: fonts.measurer } } as const;

/** The SVG drawn by resvg at once, sized by its root, and encoded by its own asPng. */
const resvgAtOnce = (svg: string): Buffer =>
  new Resvg(svg, {
    fitTo: { mode: 'original' },
    // Fonts for an SVG whose text is text; outlined text needs none.
    font: { fontFiles: fonts.faces.map((face) => face.path), loadSystemFonts: false, defaultFontFamily: 'Inter' },
    logLevel: 'off',
  })
    .render()
    .asPng();

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

describe('drawingToPng', () => {
  it.each([1, 2, 4])('draws the drawing at %i× as width × scale by height × scale pixels', async (scale) => {
    const png = await pngOf(drawingOf(), scale);
    expect([png.width, png.height]).toEqual([640 * scale, 400 * scale]);
  });

  it('rounds a fractional size to the nearest pixel (resvg alone would round up)', async () => {
    const drawing = drawingOf({ size: { width: 640.4, height: 400.4 } });
    expect(await pngOf(drawing, 1)).toMatchObject({ width: 640, height: 400 });
    expect(await pngOf(drawing, 1.5)).toMatchObject({ width: 961, height: 601 });
  });

  it('draws the cards, edges and text in their colours', async () => {
    const png = await pngOf(drawingOf(), 2);
    for (const colour of [C.cardFill, C.cardBorder, C.support, C.tag]) {
      expect(hasColour(png, colour, 6, 50), colour).toBe(true);
    }
    // Text ink: far more dark pixels than antialiasing alone would make.
    expect(countDarkPixels(png)).toBeGreaterThan(1500);
    expect(at(png, 2, 200, 30)).toEqual([0xee, 0xf2, 0xff, 255]); // inside the card, clear of text
    expect(at(png, 2, 500, 300)).toEqual([255, 255, 255, 255]); // the background
  });

  it('leaves the background transparent when the drawing has none', async () => {
    const png = await pngOf(drawingOf({ background: false }), 2);
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

  it('sets Cyrillic text in Inter, as wide as the font measures it', async () => {
    const line = HAND_MADE_TEXTS[3];
    const drawing: Drawing = {
      title: 'Cyrillic',
      viewBox: { x: 0, y: 0, width: 300, height: 40 },
      markers: [],
      shapes: [
        {
          type: 'text',
          size: 14,
          weight: 600,
          fill: '#000000',
          lines: [measuredLine(fonts.measurer, line, 10, 25, 14, 600)],
        },
      ],
    };
    const scale = 4;
    const png = await pngOf(drawing, scale);
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

  it('turns the arrowhead along the edge', async () => {
    const scale = 4;
    const png = await pngOf(drawingOf({ background: false }), scale);
    // The edge ends heading up at (300, 100): the arrowhead's body lies below its tip.
    const [ex, ey] = HAND_MADE_EDGE.end;
    expect(isGreen(at(png, scale, ex + 4, ey + 6))).toBe(true);
    expect(isGreen(at(png, scale, ex - 6, ey - 4))).toBe(false); // where an unturned arrow would be
  });

  it('records the resolution: 96 DPI times the scale, in a pHYs chunk before the image data', async () => {
    const png = await drawingToPng(drawingOf(), fonts, { scale: 2 });
    expect(chunkTypes(png)).toEqual(['IHDR', 'pHYs', 'IDAT', 'IEND']);
    const offset = png.indexOf('pHYs', 0, 'latin1');
    expect(png.readUInt32BE(offset + 4)).toBe(Math.round(192 / 0.0254));
    expect(png.readUInt8(offset + 12)).toBe(1);
    expect(decodePng(png).width).toBe(1280); // pngjs checks every chunk's CRC
  });

  it('refuses an image past the size limits, before drawing it, saying what to do', async () => {
    const huge = (side: number): Drawing => drawingOf({ size: { width: side, height: side } });
    const started = performance.now();
    await expect(drawingToPng(huge(9000), fonts, { scale: 2 })).rejects.toThrow(
      `The image would be 18,000 × 18,000 pixels; the largest Argmap writes is ${PNG_MAX_SIDE.toLocaleString('en-US')} pixels on a side (choose a scale of 1.2× or less).`,
    );
    await expect(drawingToPng(huge(30_000), fonts, { scale: 1 })).rejects.toThrow(/export a selection or a subtree/);
    // Within the side limit but too many pixels in all.
    await expect(drawingToPng(huge(12_000), fonts, { scale: 1 })).rejects.toThrow(/pixels in all \(export a selection/);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('drawing a PNG in bands', () => {
  it('writes in one band exactly the pixels resvg’s own encoder writes, translucent edges included', async () => {
    const drawing = drawingOf({ background: false });
    const frame = { viewBox: drawing.viewBox, width: 960, height: 600 };
    const whole = decodePng(resvgAtOnce(svgDocument(drawing, { ...pngSettings, frame })));
    expect((await pngOf(drawing, 1.5, Infinity)).data.equals(whole.data)).toBe(true);
  });

  it('draws in bands the image the SVG makes in one piece, within antialiasing', async () => {
    for (const [drawing, scale] of [
      [drawingOf({ background: false }), 1.5],
      [drawMap(loadSampleMap(), { ...DEFAULT_EXPORT_OPTIONS, background: 'transparent' }, fonts.measurer), 1],
    ] as const) {
      const { width, height } = drawing.viewBox;
      const pixels = { width: Math.round(width * scale), height: Math.round(height * scale) };
      const frame = { viewBox: drawing.viewBox, ...pixels };
      const whole = decodePng(resvgAtOnce(svgDocument(drawing, { ...pngSettings, frame })));
      // Bands of 17 rows: boundaries through cards, text, curves and arrowheads.
      const banded = await pngOf(drawing, scale, pixels.width * 17);
      expect([banded.width, banded.height]).toEqual([whole.width, whole.height]);
      // A curve cut at a band's edge is flattened anew, which moves its antialiasing a little: a
      // few pixels in ten thousand (measured: 0.014% and 0.05%; at 279-row bands 0.007%), none that
      // pixelmatch sees at the threshold renderSvg.test.ts holds outlined text to.
      let differing = 0;
      for (let i = 0; i < banded.data.length; i += 4) {
        if (banded.data.readUInt32BE(i) !== whole.data.readUInt32BE(i)) differing++;
      }
      const count = pixels.width * pixels.height;
      expect(differing / count).toBeLessThan(0.001);
      const seen = pixelmatch(banded.data, whole.data, undefined, banded.width, banded.height, { threshold: 0.1 });
      expect(seen / count).toBeLessThan(0.0001);
      expect(countColour(banded, C.cardBorder, 6) + countDarkPixels(banded)).toBeGreaterThan(100);
    }
  });

  it('looks as the SVG file does, its text set and its markers drawn by resvg, within outlined text’s tolerance', async () => {
    const drawing = drawMap(loadSampleMap(), DEFAULT_EXPORT_OPTIONS, fonts.measurer);
    const frame = {
      viewBox: drawing.viewBox,
      width: Math.round(drawing.viewBox.width),
      height: Math.round(drawing.viewBox.height),
    };
    const asText = decodePng(resvgAtOnce(svgDocument(drawing, { frame })));
    const png = await pngOf(drawing, 1);
    // renderSvg.test.ts holds outlined text to 0.2% of the pixels at this threshold; measured here: 0.003%.
    const seen = pixelmatch(png.data, asText.data, undefined, png.width, png.height, { threshold: 0.1 });
    expect(seen / (png.width * png.height)).toBeLessThan(0.002);
  });

  it('draws an arrowhead far from its arrow’s other end in the band it falls in', async () => {
    // An edge many bands long: resvg panicked on a marker far outside its image.
    const drawing = drawingOf({ size: { width: 640, height: 4000 } });
    const png = await pngOf(drawing, 1, 640 * 10);
    expect(png.height).toBe(4000);
    expect(hasColour(png, C.support, 8, 20)).toBe(true);
  });
});

describe('the sample map as PNG (exportMap → drawingToPng)', () => {
  it('writes a PNG at the scale asked', async () => {
    const options = { ...DEFAULT_EXPORT_OPTIONS, format: 'png' as const, scale: 1 };
    const { data } = await exportMap(loadSampleMap(), options, fonts);
    const png = decodePng(data);
    expect(png.width).toBeGreaterThan(1000);
    expect(countDarkPixels(png)).toBeGreaterThan(20_000);
  });
});
