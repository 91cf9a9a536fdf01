import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as fontkit from 'fontkit';
import subsetFont from 'subset-font';
import { FONT_FAMILY, FONT_WEIGHTS, type FontWeight, type TextMeasurer } from '../../../shared/render/textMetrics';

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
  const regular = fontOf(400);
  // Words repeat across a map: lay each one out once per weight (fontkit shaping is the slow part).
  const wordWidths = new Map<FontWeight, Map<string, number>>(FONT_WEIGHTS.map((w) => [w, new Map()]));
  const unitsWidth = (word: string, weight: FontWeight): number => {
    const cache = wordWidths.get(weight)!;
    let width = cache.get(word);
    if (width === undefined) {
      width = fontOf(weight).layout(word).advanceWidth;
      cache.set(word, width);
    }
    return width;
  };
  const measurer: TextMeasurer = {
    width(text, size, weight) {
      let units = 0;
      for (const word of text.split(/(\s+)/)) if (word) units += unitsWidth(word, weight);
      return (units * size) / fontOf(weight).unitsPerEm;
    },
    ascent: regular.ascent / regular.unitsPerEm,
    descent: -regular.descent / regular.unitsPerEm,
  };
  return {
    faces,
    measurer,
    outline(text, x, y, size, weight) {
      const font = fontOf(weight);
      const scale = size / font.unitsPerEm;
      const run = font.layout(text);
      let penX = 0;
      const parts: string[] = [];
      run.glyphs.forEach((glyph, i) => {
        const position = run.positions[i];
        const gx = x + (penX + position.xOffset) * scale;
        const gy = y - position.yOffset * scale;
        // Font units point up; SVG's y points down.
        const d = glyph.path.transform(scale, 0, 0, -scale, gx, gy).toSVG();
        if (d) parts.push(d);
        penX += position.xAdvance;
      });
      return roundPath(parts.join(''));
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

/** Two decimals are a hundredth of a pixel: plenty, and outlines shrink by about half. */
const roundPath = (d: string): string => d.replace(/-?\d+\.\d{3,}/g, (n) => String(Math.round(Number(n) * 100) / 100));
