import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import type { Orientation, PageSize } from '../../../shared/render/exportOptions';
import type { ExportFonts } from './exportFonts';
import { planDirectDrawing, STAND_IN_PREFIX, type DirectItem } from './pdfDirect';
import { DirectPainter } from './pdfDirectPaint';
import { pdfFontCallback, registerPdfFonts, withPdfFontFamilies } from './pdfFonts';
import { pageLayout, PT_PER_PX } from '../../../shared/render/pageLayout';
import { drawTitleBlock, measureTitleBlock, type PdfTitleBlock } from './pdfTitleBlock';
import { withReversedMarkers } from './pngPdfSvg';

export interface PdfOptions {
  page: PageSize;
  orientation: Orientation;
  /** A title block above the drawing: the title, then author and date. */
  titleBlock?: PdfTitleBlock;
  /** Hears what svg-to-pdfkit could not draw (tests); otherwise such warnings are dropped. */
  onWarning?: (message: string) => void;
  /** false: svg-to-pdfkit draws everything, no runs drawn directly (tests compare the two). */
  drawDirectly?: boolean;
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
 * Collects the page's content operators as text and hands pdfkit one chunk at the end: pdfkit
 * turns every operator it is given into a Uint8Array of its own, and a big map writes hundreds of
 * thousands of them. Returns the function that writes the collected content.
 */
function bufferPageContent(doc: PDFKit.PDFDocument): () => void {
  const page = (doc as unknown as { page: { write(chunk: string | Uint8Array): void } }).page;
  const write = page.write.bind(page);
  const parts: string[] = [];
  const flush = () => {
    if (!parts.length) return;
    // pdfkit ends each operator with a newline and keeps one byte per character (latin1).
    write(Buffer.from(`${parts.join('\n')}\n`, 'latin1'));
    parts.length = 0;
  };
  page.write = (chunk) => {
    if (typeof chunk === 'string') parts.push(chunk);
    else {
      flush();
      write(chunk);
    }
  };
  return flush;
}

/** A stand-in image of the direct-drawing plan, as `doc.openImage` returns it to svg-to-pdfkit. */
interface StandIn {
  width: 1;
  height: 1;
  run: number;
}

/**
 * Lets svg-to-pdfkit's stand-in images (pdfDirect.ts) draw their runs: `openImage` recognises
 * the stand-in's link, and `image`, called where svg-to-pdfkit draws it, paints the run instead.
 */
function drawStandIns(doc: PDFKit.PDFDocument, runs: readonly DirectItem[][]): void {
  const painter = new DirectPainter(doc);
  const pdf = doc as unknown as { openImage(src: unknown): unknown; image(src: unknown, ...rest: unknown[]): unknown };
  const openImage = pdf.openImage.bind(doc);
  const image = pdf.image.bind(doc);
  pdf.openImage = (src) =>
    typeof src === 'string' && src.startsWith(STAND_IN_PREFIX)
      ? ({ width: 1, height: 1, run: Number(src.slice(STAND_IN_PREFIX.length)) } satisfies StandIn)
      : openImage(src);
  pdf.image = (src, ...rest) => {
    const run = (src as Partial<StandIn> | undefined)?.run;
    if (run === undefined) return image(src, ...rest);
    painter.paint(runs[run] ?? []);
    return doc;
  };
}

/**
 * The SVG as a one-page vector PDF: text stays text (selectable and searchable) in the embedded
 * Inter subsets, the page sized and the drawing placed as shared/render/pageLayout.ts says, with an optional title
 * block above it. `size` is the drawing's size in CSS pixels (1 px = 0.75 pt at its own size).
 */
export async function svgToPdf(
  svg: string,
  size: { width: number; height: number },
  fonts: Pick<ExportFonts, 'faces'>,
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
  const flushContent = bufferPageContent(doc);
  if (block && layout.titleBlock) {
    drawTitleBlock(doc, block, layout.titleBlock.x, layout.titleBlock.y, layout.titleBlock.width);
  }

  const { drawing } = layout;
  doc.save();
  doc.translate(drawing.x, drawing.y);
  doc.scale(drawing.scale / PT_PER_PX);
  // The plan reads font weights itself; what svg-to-pdfkit still draws gets the faces' stand-in families.
  const prepared = withReversedMarkers(svg);
  const plan = options.drawDirectly === false ? { svg: prepared, runs: [] } : planDirectDrawing(prepared);
  drawStandIns(doc, plan.runs);
  SVGtoPDF(doc, withPdfFontFamilies(plan.svg), 0, 0, {
    width: size.width * PT_PER_PX,
    height: size.height * PT_PER_PX,
    fontCallback: pdfFontCallback,
    warningCallback: options.onWarning ?? (() => {}),
  });
  doc.restore();
  flushContent();
  doc.end();
  return finished;
}
