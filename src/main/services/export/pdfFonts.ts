import type { FontWeight } from '../../../shared/render/textMetrics';
import type { ExportFonts } from './exportFonts';
import { useTableLayout } from './pdfFontLayout';
import { attribute, removeAttribute, setAttribute } from './pngPdfSvg';

/** The name each bundled face is registered under in a PDF document. */
export const pdfFontName = (weight: FontWeight): string => `Inter-${weight}`;

/**
 * Registers the bundled Inter faces with the document, under pdfFontName(weight), laid out from
 * the metrics table the drawing was measured with (pdfFontLayout.ts).
 */
export function registerPdfFonts(doc: PDFKit.PDFDocument, fonts: Pick<ExportFonts, 'faces'>): void {
  for (const face of fonts.faces) doc.registerFont(pdfFontName(face.weight), face.bytes);
  useTableLayout(
    doc,
    fonts.faces.map((face) => ({ weight: face.weight, name: pdfFontName(face.weight) })),
  );
}

/** The face drawn for a CSS weight: the nearest of the four bundled ones. */
export function nearestFace(weight: number): FontWeight {
  if (weight < 450) return 400;
  if (weight < 550) return 500;
  if (weight < 650) return 600;
  return 700;
}

/** A CSS font-weight value computed against the parent's (CSS Fonts 4: bolder, lighter). */
export function computedWeight(value: string | undefined, parent: number): number {
  const v = value?.trim().toLowerCase();
  if (!v || v === 'inherit') return parent;
  if (v === 'normal' || v === 'initial') return 400;
  if (v === 'bold') return 700;
  if (v === 'bolder') return parent < 350 ? 400 : parent < 550 ? 700 : 900;
  if (v === 'lighter') return parent < 550 ? 100 : parent < 750 ? 400 : 700;
  const n = Number(v);
  return Number.isFinite(n) && n >= 1 && n <= 1000 ? n : parent;
}

/** Stand-in family names that carry the face's weight through svg-to-pdfkit to fontCallback. */
const FAMILY_PREFIX = 'ArgmapInter';
const familyFor = (weight: FontWeight): string => `${FAMILY_PREFIX}${weight}`;

const declarations = (style: string): [string, string][] =>
  style
    .split(';')
    .map((part): [string, string] => {
      const colon = part.indexOf(':');
      return colon < 0 ? ['', ''] : [part.slice(0, colon).trim().toLowerCase(), part.slice(colon + 1).trim()];
    })
    .filter(([name]) => name);

const TOKEN = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<[?!][^>]*>|<\/[^>]*>|<[\w:.-]+(?:[^>"']|"[^"]*"|'[^']*')*>/g;

/**
 * The SVG with each element that sets a font family or weight given a stand-in family naming
 * the bundled face to draw it in. svg-to-pdfkit tells fontCallback only "bold or not" (600 and
 * 700 are both bold, 500 is normal), so the weight travels in the family name instead; inherited
 * weights (and bolder/lighter) are worked out here, the way CSS does.
 */
export function withPdfFontFamilies(svg: string): string {
  const weights: number[] = [400];
  return svg.replace(TOKEN, (token) => {
    if (token.startsWith('</')) {
      if (weights.length > 1) weights.pop();
      return token;
    }
    if (/^<[!?]/.test(token)) return token;
    const selfClosing = token.endsWith('/>');
    let tag = token;
    let family = attribute(tag, 'font-family');
    let weightValue = attribute(tag, 'font-weight');
    const style = attribute(tag, 'style');
    if (style !== undefined && /font-(?:family|weight)/i.test(style)) {
      // A style declaration outranks the attribute: move the font ones out to the attributes.
      const kept: string[] = [];
      for (const [name, value] of declarations(style)) {
        if (name === 'font-family') family = value;
        else if (name === 'font-weight') weightValue = value;
        else kept.push(`${name}:${value}`);
      }
      tag = kept.length ? setAttribute(tag, 'style', kept.join(';')) : removeAttribute(tag, 'style');
    }
    const weight = computedWeight(weightValue, weights[weights.length - 1]);
    if (!selfClosing) weights.push(weight);
    if (family === undefined && weightValue === undefined) return tag;
    return setAttribute(tag, 'font-family', familyFor(nearestFace(weight)));
  });
}

/**
 * svg-to-pdfkit's font choice: the face the stand-in family names, else Inter regular or bold.
 * Never a standard PDF font: Helvetica has no Cyrillic and would not match the drawing's metrics.
 */
export function pdfFontCallback(
  family: string,
  bold: boolean,
  italic: boolean,
  options: { fauxItalic: boolean; fauxBold: boolean },
): string {
  options.fauxItalic = italic; // Inter's italics are not bundled: slant the upright face.
  const weight = new RegExp(`${FAMILY_PREFIX}(\\d{3})`).exec(family)?.[1];
  return pdfFontName(weight ? nearestFace(Number(weight)) : bold ? 700 : 400);
}
