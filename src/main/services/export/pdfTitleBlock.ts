import { pdfFontName } from './pdfFaces';

/** What the PDF's title block says: the map's title, then its author and date. */
export interface PdfTitleBlock {
  title: string;
  author?: string;
  date?: string;
}

const TITLE = { size: 18, colour: '#111827', font: pdfFontName(700) };
const META = { size: 10, colour: '#6b7280', font: pdfFontName(400), gap: 4 };

/** The line under the title: "author · date", or whichever of them there is. */
export const titleBlockMeta = (block: PdfTitleBlock): string =>
  [block.author, block.date]
    .map((part) => part?.trim())
    .filter(Boolean)
    .join('  ·  ');

/** How tall the block is, in points, when set `width` points wide (long titles wrap). */
export function measureTitleBlock(doc: PDFKit.PDFDocument, block: PdfTitleBlock, width: number): number {
  let height = doc.font(TITLE.font).fontSize(TITLE.size).heightOfString(block.title, { width });
  const meta = titleBlockMeta(block);
  if (meta) height += META.gap + doc.font(META.font).fontSize(META.size).heightOfString(meta, { width });
  return height;
}

/** Sets the block with its top left at (x, y), `width` points wide, on the current page. */
export function drawTitleBlock(
  doc: PDFKit.PDFDocument,
  block: PdfTitleBlock,
  x: number,
  y: number,
  width: number,
): void {
  doc.font(TITLE.font).fontSize(TITLE.size).fillColor(TITLE.colour).text(block.title, x, y, { width });
  const meta = titleBlockMeta(block);
  if (!meta) return;
  const metaY = y + doc.font(TITLE.font).fontSize(TITLE.size).heightOfString(block.title, { width }) + META.gap;
  doc.font(META.font).fontSize(META.size).fillColor(META.colour).text(meta, x, metaY, { width });
}
