import { interMetrics } from '../../../shared/render/fontMetrics';
import type { FontWeight } from '../../../shared/render/textMetrics';
import type { FontFace } from './exportFonts';
import { kernFace } from './pdfKernFace';

/** The name each bundled face is registered under in a PDF document. */
export const pdfFontName = (weight: FontWeight): string => `Inter-${weight}`;

/** The faces made so far, by font file: a worker keeps them from one PDF to the next. */
const made = new Map<string, Buffer>();

/** A bundled face as the PDF embeds it: kerned from the drawing's metrics table (pdfKernFace.ts). */
function pdfFace(face: FontFace): Buffer {
  let bytes = made.get(face.path);
  if (!bytes) {
    const table = interMetrics();
    made.set(face.path, (bytes = kernFace(face.bytes, table.weights[face.weight], table)));
  }
  return bytes;
}

/**
 * Registers the bundled Inter faces with the document under pdfFontName(weight). pdfkit embeds
 * a subset of each face the page uses, so text stays text: selectable, searchable, in Inter.
 */
export function registerPdfFonts(doc: PDFKit.PDFDocument, fonts: { faces: readonly FontFace[] }): void {
  for (const face of fonts.faces) doc.registerFont(pdfFontName(face.weight), pdfFace(face));
}
