import type PptxGenJS from 'pptxgenjs';
import type {
  Arrowhead,
  Drawing,
  GroupShape,
  PathShape,
  RectShape,
  Shape,
  TextShape,
} from '../../../shared/render/shapes';
import { FONT_FAMILY } from '../../../shared/render/textMetrics';

type Slide = PptxGenJS.Slide;
type Point = { x: number; y: number };

/** The groups of a page drawn as prose in one text box (see PptxPainter.flow), and where in it the text sits. */
const FLOWED: Readonly<Record<string, 'top' | 'middle'>> = { 'title-page': 'middle', 'notes-page': 'top' };

/** Drawing units are points on the page; PowerPoint places shapes in inches. */
const PT_PER_INCH = 72;
const inches = (points: number): number => points / PT_PER_INCH;

/** "#1e40af" → "1E40AF", as PowerPoint writes colours; undefined for no paint. */
function colour(value: string | undefined): string | undefined {
  if (!value || value === 'none' || value === 'transparent') return undefined;
  const hex = value.replace('#', '');
  if (/^[0-9a-f]{3}$/i.test(hex))
    return [...hex]
      .map((digit) => digit + digit)
      .join('')
      .toUpperCase();
  return /^[0-9a-f]{6}$/i.test(hex) ? hex.toUpperCase() : undefined;
}

const line = (stroke: string | undefined, width: number | undefined, dash?: readonly number[]) => {
  const color = colour(stroke);
  if (!color || !width) return { type: 'none' as const };
  return { color, width, ...(dash && dash.length > 0 && { dashType: 'dash' as const }) };
};

/** Where a line of text starts, as a text box wants it: its left edge and the top of its line box. */
const lineLeft = (shape: TextShape, i: number): number =>
  shape.anchor === 'middle' ? shape.lines[i].x - shape.lines[i].width / 2 : shape.lines[i].x;

/**
 * Paints a Drawing on a PowerPoint slide as native shapes a user can edit: each card a rounded
 * rectangle holding its kind and its text (one text frame, so PowerPoint wraps it if edited),
 * other text as text boxes, relations and arrowheads as freeform shapes of lines and Bézier
 * curves. No pictures: nothing needs a PNG fallback.
 */
export class PptxPainter {
  private page = { width: 0, height: 0 };

  constructor(private readonly slide: Slide) {}

  paint(drawing: Drawing): void {
    const background = colour(drawing.background);
    if (background) this.slide.background = { color: background };
    this.page = drawing.viewBox;
    this.shapes(drawing.shapes);
  }

  private shapes(shapes: readonly Shape[]): void {
    for (const shape of shapes) {
      if (shape.type === 'group') {
        if (shape.id !== undefined && this.card(shape)) continue;
        if (FLOWED[shape.className] && this.flow(shape, FLOWED[shape.className])) continue;
        this.shapes(shape.children);
      } else if (shape.type === 'rect') this.rect(shape);
      else if (shape.type === 'path') this.path(shape);
      else this.text(shape);
    }
  }

  /** A card as one rounded rectangle with its kind and text inside; false if the group is not a card's shape. */
  private card(group: GroupShape): boolean {
    const [frame, label, ...rest] = group.children;
    if (frame?.type !== 'rect' || label?.type !== 'text') return false;
    const body = rest.find((shape): shape is TextShape => shape.type === 'text');
    // The card's text as the user wrote it (the drawing's lines are wrapped for Inter's widths).
    const text = group.label?.slice(group.label.indexOf(': ') + 2) ?? body?.lines.map((l) => l.text).join(' ') ?? '';
    const padX = label.lines[0].x - frame.x;
    const padTop = label.lines[0].y - frame.y - label.size;
    const runs: PptxGenJS.TextProps[] = [
      {
        text: label.lines.map((l) => l.text).join(' '),
        options: {
          bold: true,
          color: colour(label.fill),
          fontSize: label.size,
          charSpacing: label.letterSpacing,
          breakLine: true,
        },
      },
    ];
    if (text) {
      runs.push({
        text,
        options: {
          color: colour(body?.fill ?? label.fill),
          fontSize: body?.size ?? label.size,
          bold: (body?.weight ?? 400) >= 600,
        },
      });
    }
    this.slide.addText(runs, {
      shape: 'roundRect',
      x: inches(frame.x),
      y: inches(frame.y),
      w: inches(frame.width),
      h: inches(frame.height),
      rectRadius: inches(frame.rx ?? 0),
      fill: { color: colour(frame.fill) ?? 'FFFFFF' },
      line: line(frame.stroke, frame.strokeWidth, frame.dash),
      fontFace: FONT_FAMILY,
      valign: 'top',
      align: 'left',
      margin: [Math.max(0, padTop), padX, 0, padX],
      paraSpaceAfter: 2,
    });
    return true;
  }

  /**
   * A page of prose (the title page, a notes page) as one text box whose paragraphs PowerPoint
   * flows itself: set in another font (Inter may not be installed), a line that wraps again pushes
   * the paragraphs below down instead of running over them.
   */
  private flow(group: GroupShape, valign: 'top' | 'middle'): boolean {
    const blocks = group.children.filter(
      (shape): shape is TextShape => shape.type === 'text' && shape.lines.length > 0,
    );
    if (blocks.length !== group.children.length || blocks.length === 0) return false;
    const left = Math.min(...blocks.map((block) => block.lines[0].x));
    const top = valign === 'middle' ? left : blocks[0].lines[0].y - blocks[0].size * 1.05;
    const runs: PptxGenJS.TextProps[] = blocks.map((block, i) => ({
      text: block.lines.map((l) => l.text).join(' '),
      options: {
        fontSize: block.size,
        bold: block.weight >= 600,
        color: colour(block.fill),
        breakLine: i < blocks.length - 1,
        paraSpaceAfter: block.size * 0.8,
      },
    }));
    this.slide.addText(runs, {
      x: inches(left),
      y: inches(top),
      w: inches(this.page.width - 2 * left),
      h: inches(this.page.height - top - left),
      margin: 0,
      fontFace: FONT_FAMILY,
      valign,
      align: 'left',
      fit: 'shrink',
    });
    return true;
  }

  private rect(shape: RectShape): void {
    this.slide.addShape(shape.rx ? 'roundRect' : 'rect', {
      x: inches(shape.x),
      y: inches(shape.y),
      w: inches(shape.width),
      h: inches(shape.height),
      ...(shape.rx && { rectRadius: inches(shape.rx) }),
      fill: colour(shape.fill) ? { color: colour(shape.fill) } : { type: 'none' },
      line: line(shape.stroke, shape.strokeWidth, shape.dash),
    });
  }

  /** A freeform of the points given (in page points), framed by their bounds. */
  private freeform(
    points: Point[],
    build: (at: (p: Point) => Point) => PptxGenJS.ShapeProps['points'],
    style: PptxGenJS.ShapeProps,
  ): void {
    const left = Math.min(...points.map((p) => p.x));
    const top = Math.min(...points.map((p) => p.y));
    const right = Math.max(...points.map((p) => p.x));
    const bottom = Math.max(...points.map((p) => p.y));
    const at = (p: Point): Point => ({ x: inches(p.x - left), y: inches(p.y - top) });
    // pptxgenjs draws custGeom (its `points`) though its shape-name type leaves it out.
    this.slide.addShape('custGeom' as PptxGenJS.SHAPE_NAME, {
      x: inches(left),
      y: inches(top),
      w: Math.max(inches(right - left), 0.01),
      h: Math.max(inches(bottom - top), 0.01),
      points: build(at),
      ...style,
    });
  }

  private path(shape: PathShape): void {
    const points: Point[] = [shape.from];
    for (const s of shape.segments) {
      if (s.kind === 'curve') points.push({ x: s.x1, y: s.y1 }, { x: s.x2, y: s.y2 });
      points.push({ x: s.x, y: s.y });
    }
    this.freeform(
      points,
      (at) => [
        { ...at(shape.from), moveTo: true },
        ...shape.segments.map((s) => {
          const end = at(s);
          if (s.kind === 'line') return end;
          const c1 = at({ x: s.x1, y: s.y1 });
          const c2 = at({ x: s.x2, y: s.y2 });
          return { ...end, curve: { type: 'cubic' as const, x1: c1.x, y1: c1.y, x2: c2.x, y2: c2.y } };
        }),
      ],
      {
        fill: colour(shape.fill) ? { color: colour(shape.fill) } : { type: 'none' },
        line: line(shape.stroke, shape.strokeWidth, shape.dash),
      },
    );
    if (shape.arrowhead) this.arrowhead(shape.arrowhead);
  }

  private arrowhead(head: Arrowhead): void {
    const points = head.points;
    this.freeform(
      points,
      (at) => [
        { ...at(points[0]), moveTo: true },
        ...points.slice(1).map(at),
        ...(head.closed ? [{ close: true as const }] : []),
      ],
      {
        fill: head.closed ? { color: colour(head.color) } : { type: 'none' },
        line: line(head.color, head.strokeWidth),
      },
    );
  }

  /** Lines of text as one text box, each line where the drawing sets it. */
  private text(shape: TextShape): void {
    if (shape.lines.length === 0) return;
    const lineHeight = shape.lines.length > 1 ? shape.lines[1].y - shape.lines[0].y : shape.size * 1.3;
    const left = Math.min(...shape.lines.map((_, i) => lineLeft(shape, i)));
    const width = Math.max(...shape.lines.map((l, i) => lineLeft(shape, i) + l.width)) - left;
    const top = shape.lines[0].y - shape.size * 1.05;
    this.slide.addText(
      shape.lines.map((l, i) => ({ text: l.text, options: { breakLine: i < shape.lines.length - 1 } })),
      {
        x: inches(left),
        y: inches(top),
        // Room for a fallback font a little wider than Inter, so no line wraps again.
        w: inches(width * 1.12 + 4),
        h: inches(lineHeight * shape.lines.length + shape.size * 0.4),
        margin: 0,
        fontFace: FONT_FAMILY,
        fontSize: shape.size,
        bold: shape.weight >= 600,
        color: colour(shape.fill),
        charSpacing: shape.letterSpacing,
        align: shape.anchor === 'middle' ? 'center' : 'left',
        valign: 'top',
        lineSpacing: lineHeight,
      },
    );
  }
}
