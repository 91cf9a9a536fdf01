import PDFDocument from 'pdfkit';
import type { Orientation, PageSize } from '../../../shared/render/exportOptions';
import type { ArgumentMap } from '../../../shared/model/argumentMap';
import { drawMap, type DrawingOptions } from '../../../shared/render/drawMap';
import { pageLayout } from '../../../shared/render/pageLayout';
import type { Drawing } from '../../../shared/render/shapes';
import type { ExportFonts } from './exportFonts';
import { registerPdfFonts } from './pdfFaces';
import { PdfPainter } from './pdfPainter';
import { drawTitleBlock, measureTitleBlock, type PdfTitleBlock } from './pdfTitleBlock';

export interface PdfOptions {
  page: PageSize;
  orientation: Orientation;
  /** A title block above the drawing: the title, then author and date. */
  titleBlock?: PdfTitleBlock;
}

/**
 * The map drawn (drawMap) and painted as a PDF (drawingToPdf): what a PDF export does, on the
 * calling thread or in the PDF worker, which is sent the map rather than its far bigger drawing.
 */
export function mapToPdf(
  map: ArgumentMap,
  drawingOptions: DrawingOptions,
  fonts: Pick<ExportFonts, 'faces' | 'measurer'>,
  options: PdfOptions,
): Promise<Buffer> {
  return drawingToPdf(drawMap(map, drawingOptions, fonts.measurer), fonts, options);
}

/**
 * The drawing as a one-page vector PDF: text stays text (selectable and searchable) in the
 * embedded Inter subsets, the page sized and the drawing placed as shared/render/pageLayout.ts
 * says, with an optional title block above it. 1 map unit is 0.75 pt at the drawing's own size.
 */
export async function drawingToPdf(
  drawing: Drawing,
  fonts: Pick<ExportFonts, 'faces'>,
  options: PdfOptions,
): Promise<Buffer> {
  const block = options.titleBlock?.title.trim() ? options.titleBlock : undefined;
  const title = block?.title.trim() ?? (drawing.title.trim() || undefined);
  const doc = new PDFDocument({
    autoFirstPage: false,
    margin: 0,
    displayTitle: title !== undefined,
    info: {
      ...(title ? { Title: title } : {}),
      ...(block?.author?.trim() ? { Author: block.author.trim() } : {}),
      Creator: 'Argmap',
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  registerPdfFonts(doc, fonts);
  const { viewBox } = drawing;
  const layout = pageLayout(
    viewBox,
    options.page,
    options.orientation,
    block && ((width) => measureTitleBlock(doc, block, width)),
  );
  doc.addPage({ size: [layout.width, layout.height], margin: 0 });
  if (block && layout.titleBlock) {
    drawTitleBlock(doc, block, layout.titleBlock.x, layout.titleBlock.y, layout.titleBlock.width);
  }
  const place = layout.drawing;
  doc.save();
  doc.translate(place.x, place.y).scale(place.scale).translate(-viewBox.x, -viewBox.y);
  // As an SVG viewport does: nothing drawn past the drawing's edge reaches the page's margins.
  doc.rect(viewBox.x, viewBox.y, viewBox.width, viewBox.height).clip();
  new PdfPainter(doc).paint(drawing);
  doc.restore();
  doc.end();
  return finished;
}
