import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type * as Fontkit from 'fontkit';
import { FONT_FAMILY, FONT_WEIGHTS, type FontWeight, type TextMeasurer } from '../../../shared/render/textMetrics';
import { interMetrics, tableMeasurer } from '../../../shared/render/fontMetrics';

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
  /** SVG path data of a character's glyph at this size, pen at the origin on the baseline ('' for a blank). */
  glyphPath(char: string, size: number, weight: FontWeight): string;
  /** `@font-face` rules embedding, for each weight, the font's subsets (Latin, Cyrillic…) the text uses. */
  fontFaceCss(usage: FontUsage): Promise<string>;
}

const loaded = new Map<string, ExportFonts>();

/** Where the bundled fonts are, given the app's or the checkout's resources folder. */
export const fontsDirIn = (resourcesDir: string): string => join(resourcesDir, 'fonts');

/** Loads the bundled fonts once per folder (about 1.4 MB); later calls share them. */
export function loadExportFonts(fontsDir: string): ExportFonts {
  return exportFontsOf(FONT_WEIGHTS.map((weight) => ({ weight, path: join(fontsDir, FONT_FILES[weight]) })));
}

/**
 * The export fonts of these files (one per weight), made once per set of files: a worker thread
 * is told the files, not sent the fonts.
 */
export function exportFontsOf(files: readonly { weight: FontWeight; path: string }[]): ExportFonts {
  const key = files.map((file) => `${file.weight}:${file.path}`).join('\n');
  const known = loaded.get(key);
  if (known) return known;
  const faces = files.map(({ weight, path }): FontFace => {
    let bytes: Buffer | undefined;
    // Read on first use: an SVG or an outline needs only the path (PNG) or nothing from the files.
    return {
      weight,
      path,
      get bytes() {
        return (bytes ??= readFileSync(path));
      },
    };
  });
  const fonts = createExportFonts(faces);
  loaded.set(key, fonts);
  return fonts;
}

const requireFromHere = createRequire(import.meta.url);
/** fontkit takes about 0.2 s to load: only outlines and characters the metrics table lacks need it. */
let fontkitModule: typeof Fontkit | undefined;
const fontkit = (): typeof Fontkit => (fontkitModule ??= requireFromHere('fontkit') as typeof Fontkit);

function createExportFonts(faces: readonly FontFace[]): ExportFonts {
  const parsed = new Map<FontWeight, Fontkit.Font>();
  const fontOf = (weight: FontWeight): Fontkit.Font => {
    let font = parsed.get(weight);
    if (!font) {
      font = fontkit().create(faces.find((face) => face.weight === weight)!.bytes) as Fontkit.Font;
      parsed.set(weight, font);
    }
    return font;
  };
  const glyphPaths = new Map<string, string>();
  // fontkit's shaper needs a quarter of a second to start and a millisecond a word: measure from
  // the table shaped ahead of time, and ask the font file only for characters the table lacks.
  const measurer = tableMeasurer(interMetrics(), (char, weight) => {
    return fontOf(weight).glyphForCodePoint(char.codePointAt(0)!).advanceWidth;
  });
  return {
    faces,
    measurer,
    glyphPath(char, size, weight) {
      // Kept: a PNG drawn in bands asks for the same few hundred glyphs in every band.
      const key = `${weight} ${size} ${char}`;
      let path = glyphPaths.get(key);
      if (path === undefined) {
        const font = fontOf(weight);
        const outline = font.glyphForCodePoint(char.codePointAt(0)!).path.toSVG();
        glyphPaths.set(key, (path = placeGlyph(outline, 0, 0, size / font.unitsPerEm)));
      }
      return path;
    },
    async fontFaceCss(usage) {
      const rules: string[] = [];
      for (const [weight, text] of usage) {
        for (const subset of webFontSubsets(weight)) {
          if (![...text].some((char) => subset.covers(char.codePointAt(0)!))) continue;
          const data = readFileSync(subset.path).toString('base64');
          rules.push(
            `@font-face{font-family:'${FONT_FAMILY}';font-weight:${weight};font-style:normal;` +
              `src:url(data:font/woff2;base64,${data}) format('woff2');unicode-range:${subset.unicodeRange};}`,
          );
        }
      }
      return rules.join('\n');
    },
  };
}

/** One of the web font's pieces by script, as @fontsource/inter ships them (the canvas loads the same files). */
interface WebFontSubset {
  path: string;
  unicodeRange: string;
  covers(codePoint: number): boolean;
}

const subsetsByWeight = new Map<FontWeight, WebFontSubset[]>();

/**
 * The WOFF2 subsets of a weight, read from @fontsource/inter's stylesheet: the same Inter 4.001
 * as resources/fonts, cut by script. Embedding the pieces a drawing needs is a subset made in
 * advance, at no cost per export (subsetting per drawing took 0.1–0.3 s of WebAssembly start-up).
 */
function webFontSubsets(weight: FontWeight): WebFontSubset[] {
  const known = subsetsByWeight.get(weight);
  if (known) return known;
  const stylesheet = requireFromHere.resolve(`@fontsource/inter/${weight}.css`);
  const css = readFileSync(stylesheet, 'utf8');
  const subsets: WebFontSubset[] = [];
  for (const block of css.matchAll(/@font-face\s*{([^}]*)}/g)) {
    const file = /url\(\.\/(files\/[^)]+-normal\.woff2)\)/.exec(block[1])?.[1];
    const unicodeRange = /unicode-range:\s*([^;]+);/.exec(block[1])?.[1].trim();
    if (!file || !unicodeRange) continue;
    const ranges = unicodeRange.split(',').map((part) => {
      const [from, to = from] = part.trim().replace(/^U\+/i, '').split('-');
      return [parseInt(from, 16), parseInt(to, 16)] as const;
    });
    subsets.push({
      path: join(dirname(stylesheet), file),
      unicodeRange,
      covers: (codePoint) => ranges.some((range) => codePoint >= range[0] && codePoint <= range[1]),
    });
  }
  subsetsByWeight.set(weight, subsets);
  return subsets;
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
