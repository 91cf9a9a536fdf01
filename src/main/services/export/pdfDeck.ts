import PDFDocument from 'pdfkit';
import type { ArgumentMap, StoryStep } from '../../../shared/model/argumentMap';
import { deckPages, pageDrawing, type DeckSettings } from '../../../shared/storyline/deckPages';
import type { ExportFonts } from './exportFonts';
import { registerPdfFonts } from './pdfFaces';
import { PdfPainter } from './pdfPainter';

/**
 * The storyline as a PDF deck: the title page, then a page per step (and its notes page, if
 * asked), each page's Drawing painted by the PDF painter at 1 pt per unit, so the cards' text is
 * set at the 14 pt or more the slide layout gives it. Vector, the text selectable in the embedded
 * Inter; the document's title and author are the map's.
 */
export async function deckToPdf(
  map: ArgumentMap,
  steps: readonly StoryStep[],
  settings: DeckSettings,
  fonts: Pick<ExportFonts, 'faces' | 'measurer'>,
): Promise<Buffer> {
  const title = map.meta.title.trim();
  const author = map.meta.author?.trim();
  const doc = new PDFDocument({
    autoFirstPage: false,
    margin: 0,
    displayTitle: title !== '',
    info: { ...(title && { Title: title }), ...(author && { Author: author }), Creator: 'Argmap' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  registerPdfFonts(doc, fonts);
  for (const page of deckPages(map, steps, settings, fonts.measurer)) {
    const drawing = pageDrawing(page);
    const { width, height } = drawing.viewBox;
    doc.addPage({ size: [width, height], margin: 0 });
    doc.save();
    doc.rect(0, 0, width, height).clip();
    new PdfPainter(doc).paint(drawing);
    doc.restore();
  }
  doc.end();
  return finished;
}
