import type {
  Arrowhead,
  DashPattern,
  Drawing,
  PathShape,
  RectShape,
  Shape,
  TextShape,
} from '../../../shared/render/shapes';
import { pdfFontName } from './pdfFaces';

type Cap = 'butt' | 'round';

/** The stroke the next outline is drawn with. */
interface Stroke {
  color: string;
  width: number;
  dash?: DashPattern;
  cap: Cap;
}

const NO_DASH: DashPattern = [];

/** pdfkit's `dash` as it is: it takes a whole pattern, where its type declarations know only dash and gap. */
type DashMethod = (this: PDFKit.PDFDocument, pattern: number[], options: { phase: number }) => PDFKit.PDFDocument;

/**
 * Paints a Drawing on the current page with pdfkit's public API, in the drawing's own units (the
 * caller places and scales them): rectangles (rounded where the drawing rounds them), paths, the
 * arrowheads' points, and each line of text as one kerned run of the embedded Inter (pdfFaces.ts),
 * so a reader selects and searches whole lines. Colours, widths and dashes are set only when they
 * change: a big map draws tens of thousands of shapes in a handful of styles.
 */
export class PdfPainter {
  private fill: string | undefined;
  private stroke: string | undefined;
  private width: number | undefined;
  private dash: DashPattern | undefined;
  private cap: Cap = 'butt';
  private join: 'miter' | 'round' = 'miter';

  constructor(private readonly doc: PDFKit.PDFDocument) {}

  /** The background, then every shape in paint order. */
  paint(drawing: Drawing): void {
    const { x, y, width, height } = drawing.viewBox;
    if (drawing.background) {
      this.setFill(drawing.background);
      this.doc.rect(x, y, width, height).fill();
    }
    this.shapes(drawing.shapes);
  }

  private shapes(shapes: readonly Shape[]): void {
    // Indexed: a for-of loop in code run tens of thousands of times allocates a result per step.
    for (let i = 0; i < shapes.length; i++) {
      const shape = shapes[i];
      if (shape.type === 'group') this.shapes(shape.children);
      else if (shape.type === 'rect') this.rect(shape);
      else if (shape.type === 'path') this.path(shape);
      else this.text(shape);
    }
  }

  private setFill(color: string): void {
    if (this.fill === color) return;
    this.fill = color;
    this.doc.fillColor(color);
  }

  private setStroke({ color, width, dash = NO_DASH, cap }: Stroke): void {
    const { doc } = this;
    if (this.stroke !== color) doc.strokeColor((this.stroke = color));
    if (this.width !== width) doc.lineWidth((this.width = width));
    if (this.dash !== dash) {
      this.dash = dash;
      if (dash.length) (doc.dash as unknown as DashMethod).call(doc, [...dash], { phase: 0 });
      else doc.undash();
    }
    if (this.cap !== cap) doc.lineCap((this.cap = cap));
    // Round caps come with round joins (the arrowheads); butt caps with SVG's default miter.
    const join = cap === 'round' ? 'round' : 'miter';
    if (this.join !== join) doc.lineJoin((this.join = join));
  }

  /** Fills and strokes the current outline as the shape asks. */
  private finish(fill: string | undefined, stroke: Stroke | undefined): void {
    const filled = fill !== undefined && fill !== 'none';
    if (filled) this.setFill(fill);
    if (stroke && stroke.width > 0) {
      this.setStroke(stroke);
      if (filled) this.doc.fillAndStroke();
      else this.doc.stroke();
    } else if (filled) {
      this.doc.fill();
    }
  }

  private rect(shape: RectShape): void {
    const { x, y, width, height, rx } = shape;
    if (rx) this.doc.roundedRect(x, y, width, height, rx);
    else this.doc.rect(x, y, width, height);
    const { stroke, strokeWidth = 1, dash } = shape;
    this.finish(shape.fill, stroke ? { color: stroke, width: strokeWidth, dash, cap: 'butt' } : undefined);
  }

  private path(shape: PathShape): void {
    const { doc } = this;
    doc.moveTo(shape.from.x, shape.from.y);
    for (let i = 0; i < shape.segments.length; i++) {
      const s = shape.segments[i];
      if (s.kind === 'line') doc.lineTo(s.x, s.y);
      else doc.bezierCurveTo(s.x1, s.y1, s.x2, s.y2, s.x, s.y);
    }
    this.finish(shape.fill, { color: shape.stroke, width: shape.strokeWidth, dash: shape.dash, cap: 'butt' });
    if (shape.arrowhead) this.arrowhead(shape.arrowhead);
  }

  /** The head as SVG's marker draws it: a polyline with round caps and joins, filled when closed. */
  private arrowhead(head: Arrowhead): void {
    const [first, ...rest] = head.points;
    this.doc.moveTo(first.x, first.y);
    for (const point of rest) this.doc.lineTo(point.x, point.y);
    const stroke: Stroke = { color: head.color, width: head.strokeWidth, cap: 'round' };
    this.finish(head.closed ? head.color : undefined, stroke);
  }

  private text(shape: TextShape): void {
    const { doc } = this;
    doc.font(pdfFontName(shape.weight), shape.size);
    this.setFill(shape.fill);
    // pdfkit copies the options; alphabetic: y is the baseline, as in the drawing.
    const options = { lineBreak: false, baseline: 'alphabetic', characterSpacing: shape.letterSpacing ?? 0 } as const;
    for (let i = 0; i < shape.lines.length; i++) {
      const line = shape.lines[i];
      const x = shape.anchor === 'middle' ? line.x - line.width / 2 : line.x;
      doc.text(line.text, x, line.y, options);
    }
  }
}
