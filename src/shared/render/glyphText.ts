import type { TextShape } from './shapes';
import type { FontWeight, TextMeasurer } from './textMetrics';

/** The font's glyph shapes, for drawings that must look the same where the font is not installed. */
export interface GlyphOutlines {
  /** Path data of one character's glyph at this size and weight, pen at the origin on the baseline; '' for a blank. */
  glyphPath(char: string, size: number, weight: FontWeight): string;
}

export interface OutlineSettings {
  glyphs: GlyphOutlines;
  /** Places the glyphs: advances and kerning as the text would be set. */
  measurer: TextMeasurer;
}

const num = (value: number): string => String(Math.round(value * 100) / 100);

/**
 * Glyphs drawn so far, each defined once in `<defs>` and placed with `<use>`: a map of a
 * thousand cards repeats the same few dozen glyphs tens of thousands of times.
 */
export class GlyphDefinitions {
  private readonly paths = new Map<string, string>();

  constructor(private readonly outlines: GlyphOutlines) {}

  /** The id of a character's glyph definition, or undefined for a blank (a space draws nothing). */
  idOf(char: string, size: number, weight: FontWeight): string | undefined {
    const id = `g${weight}-${num(size).replace('.', '_')}-${char.codePointAt(0)!.toString(16)}`;
    if (!this.paths.has(id)) this.paths.set(id, this.outlines.glyphPath(char, size, weight));
    return this.paths.get(id) ? id : undefined;
  }

  /** The `<path>` definitions of every glyph used, for the document's `<defs>`. */
  definitions(): string[] {
    return [...this.paths].filter(([, d]) => d).map(([id, d]) => `<path id="${id}" d="${d}"/>`);
  }
}

/**
 * A text shape as placed glyphs: each character's pen position follows the measurer's advances
 * and kerning, plus any letter-spacing; centred lines are centred on their measured width.
 */
export function glyphText(shape: TextShape, { measurer }: OutlineSettings, glyphs: GlyphDefinitions): string {
  const { size, weight } = shape;
  const spacing = shape.letterSpacing ?? 0;
  const width = (text: string): number => measurer.width(text, size, weight);
  const uses: string[] = [];
  for (const line of shape.lines) {
    const chars = [...line.text];
    let x = line.x;
    if (shape.anchor === 'middle') x -= line.width / 2;
    chars.forEach((char, i) => {
      const id = glyphs.idOf(char, size, weight);
      if (id) uses.push(`<use xlink:href="#${id}" x="${num(x)}" y="${num(line.y)}"/>`);
      const next = chars[i + 1];
      // The pen moves by the character's advance, and by the kerning between it and the next.
      x += next === undefined ? 0 : width(char + next) - width(next) + spacing;
    });
  }
  return `<g fill="${shape.fill}">${uses.join('')}</g>`;
}
