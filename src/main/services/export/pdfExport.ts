import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import type { Orientation, PageSize } from '../../../shared/render/exportOptions';
import type { ExportFonts } from './exportFonts';
import { pdfFontCallback, registerPdfFonts, withPdfFontFamilies } from './pdfFonts';
import { pageLayout, PT_PER_PX } from './pdfPage';
import { drawTitleBlock, measureTitleBlock, type PdfTitleBlock } from './pdfTitleBlock';
import { withReversedMarkers } from './pngPdfSvg';

export interface PdfOptions {
  page: PageSize;
  orientation: Orientation;
  /** A title block above the drawing: the title, then author and date. */
  titleBlock?: PdfTitleBlock;
  /** Hears what svg-to-pdfkit could not draw (tests); otherwise such warnings are dropped. */
  onWarning?: (message: string) => void;
}

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescapeXml = (text: string): string =>
  text.replace(/&(?:#x([\da-f]+)|#(\d+)|(\w+));/gi, (whole, hex?: string, dec?: string, name?: string) =>
    hex
      ? String.fromCodePoint(parseInt(hex, 16))
      : dec
        ? String.fromCodePoint(Number(dec))
        : (XML_ENTITIES[name!] ?? whole),
  );

/** The SVG's own <title>, for the document's metadata when there is no title block. */
const svgTitle = (svg: string): string | undefined => {
  const title = /<title\b[^>]*>([\s\S]*?)<\/title>/.exec(svg)?.[1];
  return title ? unescapeXml(title).trim() || undefined : undefined;
};

/**
 * The SVG as a one-page vector PDF: text stays text (selectable and searchable) in the embedded
 * Inter subsets, the page sized and the drawing placed as pdfPage.ts says, with an optional title
 * block above it. `size` is the drawing's size in CSS pixels (1 px = 0.75 pt at its own size).
 */
export async function svgToPdf(
  svg: string,
  size: { width: number; height: number },
  fonts: ExportFonts,
  options: PdfOptions,
): Promise<Buffer> {
  const block = options.titleBlock?.title.trim() ? options.titleBlock : undefined;
  const title = block?.title.trim() ?? svgTitle(svg);
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
  const layout = pageLayout(
    size,
    options.page,
    options.orientation,
    block && ((width) => measureTitleBlock(doc, block, width)),
  );
  doc.addPage({ size: [layout.width, layout.height], margin: 0 });
  if (block && layout.titleBlock) {
    drawTitleBlock(doc, block, layout.titleBlock.x, layout.titleBlock.y, layout.titleBlock.width);
  }

  const { drawing } = layout;
  doc.save();
  doc.translate(drawing.x, drawing.y);
  doc.scale(drawing.scale / PT_PER_PX);
  SVGtoPDF(doc, withPdfFontFamilies(withReversedMarkers(svg)), 0, 0, {
    width: size.width * PT_PER_PX,
    height: size.height * PT_PER_PX,
    fontCallback: pdfFontCallback,
    warningCallback: options.onWarning ?? (() => {}),
  });
  doc.restore();
  doc.end();
  return finished;
}
