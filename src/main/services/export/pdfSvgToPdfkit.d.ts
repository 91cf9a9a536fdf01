/** svg-to-pdfkit ships no types: the part of its API the PDF export uses. */
declare module 'svg-to-pdfkit' {
  interface SvgToPdfOptions {
    /** The viewport in points; the SVG's own width and height decide its drawn size. */
    width?: number;
    height?: number;
    preserveAspectRatio?: string;
    /** Treat SVG user units as points instead of CSS pixels (0.75 pt). */
    assumePt?: boolean;
    precision?: number;
    fontCallback?: (
      family: string,
      bold: boolean,
      italic: boolean,
      options: { fauxItalic: boolean; fauxBold: boolean },
    ) => string;
    warningCallback?: (message: string) => void;
    imageCallback?: (link: string) => string;
  }
  function SVGtoPDF(doc: PDFKit.PDFDocument, svg: string, x?: number, y?: number, options?: SvgToPdfOptions): void;
  export = SVGtoPDF;
}
