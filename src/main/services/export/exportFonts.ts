import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as fontkit from 'fontkit';
import subsetFont from 'subset-font';
import { FONT_FAMILY, FONT_WEIGHTS, type FontWeight, type TextMeasurer } from '../../../shared/render/textMetrics';
import { tableMeasurer, type FontMetricsTable } from '../../../shared/render/fontMetrics';
import INTER_METRICS from '../../../shared/render/interMetrics.json';

/** The bundled Inter faces (resources/fonts, SIL OFL), one static file per weight the drawing uses. */
const FONT_FILES: Record<FontWeight, string> = {
  400: 'Inter_400Regular.ttf',
  500: 'Inter_500Medium.ttf',
  600: 'Inter_600SemiBold.ttf',
  700: 'Inter_700Bold.ttf',
};

export interface FontFace {
  weight: FontWeight;
  path: string;
  bytes: Buffer;
}

/** Characters of text drawn in each weight: what an embedded font subset must cover. */
export type FontUsage = ReadonlyMap<FontWeight, string>;

/** The bundled font for exports: measuring, outlining glyphs and embedding subsets. */
export interface ExportFonts {
  faces: readonly FontFace[];
  measurer: TextMeasurer;
  /** SVG path data of the text set at (x, baseline y), kerned as the canvas sets it. */
  outline(text: string, x: number, y: number, size: number, weight: FontWeight): string;
  /** `@font-face` rules embedding a subset of each weight that covers the text used. */
  fontFaceCss(usage: FontUsage): Promise<string>;
}

const loaded = new Map<string, ExportFonts>();

/** Where the bundled fonts are, given the app's or the checkout's resources folder. */
export const fontsDirIn = (resourcesDir: string): string => join(resourcesDir, 'fonts');

/** Loads the bundled fonts once per folder (about 1.4 MB); later calls share them. */
export function loadExportFonts(fontsDir: string): ExportFonts {
  const known = loaded.get(fontsDir);
  if (known) return known;
  const faces = FONT_WEIGHTS.map((weight): FontFace => {
    const path = join(fontsDir, FONT_FILES[weight]);
    return { weight, path, bytes: readFileSync(path) };
  });
  const fonts = createExportFonts(faces);
  loaded.set(fontsDir, fonts);
  return fonts;
}

function createExportFonts(faces: readonly FontFace[]): ExportFonts {
  const parsed = new Map(faces.map((face) => [face.weight, fontkit.create(face.bytes) as fontkit.Font]));
  const fontOf = (weight: FontWeight): fontkit.Font => parsed.get(weight)!;
  // fontkit's shaper needs a quarter of a second to start and a millisecond a word: measure from
  // the table shaped ahead of time, and ask the font file only for characters the table lacks.
  const measurer = tableMeasurer(INTER_METRICS as FontMetricsTable, (char, weight) => {
    return fontOf(weight).glyphForCodePoint(char.codePointAt(0)!).advanceWidth;
  });
  const glyphPaths = new Map<string, string>();
  return {
    faces,
    measurer,
    outline(text, x, y, size, weight) {
      const font = fontOf(weight);
      const scale = size / font.unitsPerEm;
      const parts: string[] = [];
      let penX = x;
      let previous = '';
      for (const char of text) {
        // Where this glyph starts: the advance of what came before, kerned as the measurer kerns it.
        penX += previous
          ? measurer.width(previous + char, size, weight) -
            measurer.width(char, size, weight) -
            measurer.width(previous, size, weight)
          : 0;
        const key = `${weight}:${char}`;
        let d = glyphPaths.get(key);
        if (d === undefined) {
          d = font.glyphForCodePoint(char.codePointAt(0)!).path.toSVG();
          glyphPaths.set(key, d);
        }
        if (d) parts.push(placeGlyph(d, penX, y, scale));
        penX += measurer.width(char, size, weight);
        previous = char;
      }
      return parts.join('');
    },
    async fontFaceCss(usage) {
      const rules: string[] = [];
      for (const face of faces) {
        const text = usage.get(face.weight);
        if (!text) continue;
        // Plain TrueType: WOFF2's compression costs about 100 ms per face, the subset itself 2 ms.
        const subset = await subsetFont(face.bytes, text, { targetFormat: 'truetype' });
        rules.push(
          `@font-face{font-family:'${FONT_FAMILY}';font-weight:${face.weight};font-style:normal;` +
            `src:url(data:font/ttf;base64,${subset.toString('base64')}) format('truetype');}`,
        );
      }
      return rules.join('\n');
    },
  };
}

/**
 * A glyph's path (font units, y up) scaled and moved to its place (y down). fontkit writes
 * commands as a letter followed by coordinate pairs, so every other number is an x.
 */
function placeGlyph(d: string, x: number, y: number, scale: number): string {
  return d.replace(/([MLQCZ])([^MLQCZ]*)/g, (_match, command: string, args: string) => {
    const numbers = args.trim()
      ? args
          .trim()
          .split(/[\s,]+/)
          .map(Number)
      : [];
    const placed = numbers.map((n, i) => round(i % 2 === 0 ? x + n * scale : y - n * scale));
    return command + placed.join(' ');
  });
}

/** Two decimals are a hundredth of a pixel: plenty, and outlines shrink by about half. */
const round = (n: number): number => Math.round(n * 100) / 100;
