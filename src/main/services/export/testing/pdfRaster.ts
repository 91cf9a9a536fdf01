import type * as NapiCanvas from '@napi-rs/canvas';
import { openPdf } from './pdfText';

/**
 * One PDF page drawn to a PNG by pdf.js on @napi-rs/canvas (pdf.js's own Node canvas, an optional
 * dependency of pdfjs-dist): for looking at a PDF and for checking colours on it in tests.
 * `scale` 1 is one pixel per point. Resolves to undefined where that canvas is not installed.
 */
export async function renderPdfPage(pdf: Uint8Array, pageNumber = 1, scale = 1): Promise<Buffer | undefined> {
  let canvasModule: typeof NapiCanvas;
  try {
    canvasModule = await import('@napi-rs/canvas');
  } catch {
    return undefined;
  }
  const document = await openPdf(pdf);
  try {
    const page = await document.getPage(pageNumber);
    const viewport = page.getViewport({ scale });
    const canvas = canvasModule.createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
    const context = canvas.getContext('2d');
    // A PDF page is paper: white under whatever the page draws.
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    await page.render({ canvas: canvas as never, canvasContext: context as never, viewport }).promise;
    return canvas.toBuffer('image/png');
  } finally {
    await document.destroy();
  }
}
