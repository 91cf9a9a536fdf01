import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** One page of a PDF as a reader sees it: its size in points and its text. */
export interface PdfPageText {
  width: number;
  height: number;
  /** The page's text runs in drawing order, each run on its own line. */
  text: string;
}

/** Opens PDF bytes with pdf.js (test helper: no fonts are loaded, no worker is needed). */
export async function openPdf(pdf: Uint8Array): Promise<PDFDocumentProxy> {
  // pdf.js takes over (detaches) the buffer it is given: hand it a copy.
  return getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false, verbosity: 0 })
    .promise;
}

/**
 * The text of every page as pdf.js extracts it — what a reader can select and search. Runs are
 * joined with newlines, so `text.includes('whole line')` works for a line set as one run.
 */
export async function extractPdfText(
  pdf: Uint8Array,
): Promise<{ pages: PdfPageText[]; info: Record<string, unknown> }> {
  const document = await openPdf(pdf);
  try {
    const pages: PdfPageText[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const [, , width, height] = page.view;
      const content = await page.getTextContent();
      const runs = content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : ''));
      pages.push({ width, height, text: runs.join('\n').replace(/\n{2,}/g, '\n') });
    }
    const { info } = await document.getMetadata();
    return { pages, info: info as Record<string, unknown> };
  } finally {
    await document.destroy();
  }
}

/**
 * The fonts a PDF embeds, by PostScript name without the subset tag (`ABCDEF+Inter-Bold` →
 * `Inter-Bold`), and any standard font it only names (Helvetica…). pdfkit writes font
 * dictionaries uncompressed, so reading the bytes is enough.
 */
export function pdfFontNames(pdf: Uint8Array): string[] {
  const names = new Set<string>();
  for (const match of Buffer.from(pdf)
    .toString('latin1')
    .matchAll(/\/BaseFont\s*\/([^\s/<>[\]()]+)/g)) {
    names.add(match[1].replace(/^[A-Z]{6}\+/, ''));
  }
  return [...names].sort();
}
