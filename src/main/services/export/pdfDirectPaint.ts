import type { DirectFill, DirectItem, DirectLine, DirectMarker, DirectStroke, Rgb } from './pdfDirect';

/** The part of pdfkit's embedded font the painter uses (pdfkit does not export the type). */
interface PdfFont {
  id: string;
  ref(): unknown;
  /** Glyph ids as 4-digit hex (adding them to the subset and its ToUnicode map) and positions in 1/1000 em. */
  encode(
    text: string,
  ): [string[], { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number; advanceWidth: number }[]];
}

interface PdfDoc {
  font(name: string): unknown;
  _font: PdfFont;
  page: { fonts: Record<string, unknown> };
  addContent(data: string): unknown;
  fillOpacity(opacity: number): unknown;
  strokeOpacity(opacity: number): unknown;
  path(d: string): unknown;
}

/** A number as pdfkit writes one (at most six decimals). */
const n = (value: number): string => String(Math.round(value * 1e6) / 1e6);
const rgb = (color: Rgb): string => color.map((c) => n(c / 255)).join(' ');

/**
 * Draws the plan's runs (pdfDirect.ts) with pdfkit, in the coordinate system svg-to-pdfkit has set
 * up for the stand-in: shapes as path operators, each text line as one TJ run of the embedded
 * face (kerned, letter-spaced with Tc), so a reader selects and searches whole lines. Graphics
 * state is written only when it changes within a run; svg-to-pdfkit saves and restores around it.
 */
export class DirectPainter {
  private readonly fonts = new Map<string, PdfFont>();
  private state = new Map<string, string | number>();

  constructor(private readonly doc: PDFKit.PDFDocument) {}

  private get pdf(): PdfDoc {
    return this.doc as unknown as PdfDoc;
  }

  /** Writes `content` unless the state under `key` already holds `value`. */
  private set(key: string, value: string | number, content: () => void): void {
    if (this.state.get(key) === value) return;
    this.state.set(key, value);
    content();
  }

  /** Paints a run: the graphics state is unknown at its start. */
  paint(items: readonly DirectItem[]): void {
    this.state = new Map();
    this.items(items);
  }

  private items(items: readonly DirectItem[]): void {
    for (const item of items) {
      if (item.kind === 'text') this.text(item);
      else this.shape(item);
    }
  }

  private fill(fill: DirectFill): void {
    this.set('fill', rgb(fill.color), () => this.pdf.addContent(`${rgb(fill.color)} rg`));
    this.set('ca', fill.opacity, () => this.pdf.fillOpacity(fill.opacity));
  }

  private stroke(stroke: DirectStroke): void {
    const pdf = this.pdf;
    this.set('stroke', rgb(stroke.color), () => pdf.addContent(`${rgb(stroke.color)} RG`));
    this.set('CA', stroke.opacity, () => pdf.strokeOpacity(stroke.opacity));
    this.set('w', stroke.width, () => pdf.addContent(`${n(stroke.width)} w`));
    this.set('J', stroke.cap, () => pdf.addContent(`${stroke.cap} J`));
    this.set('j', stroke.join, () => pdf.addContent(`${stroke.join} j`));
    this.set('M', stroke.miterLimit, () => pdf.addContent(`${n(stroke.miterLimit)} M`));
    const dash = `[${stroke.dash.map(n).join(' ')}] ${n(stroke.dashOffset)} d`;
    this.set('d', dash, () => pdf.addContent(dash));
  }

  private shape(item: Exclude<DirectItem, { kind: 'text' }>): void {
    const { fill, stroke } = item;
    const pdf = this.pdf;
    if (fill || stroke) {
      if (fill) this.fill(fill);
      if (stroke) this.stroke(stroke);
      if (item.kind === 'path') pdf.path(item.d);
      else if (!item.rx) pdf.addContent(`${n(item.x)} ${n(item.y)} ${n(item.width)} ${n(item.height)} re`);
      else {
        const dashed = (stroke?.dash.length ?? 0) > 0;
        pdf.addContent(roundedRect(item.x, item.y, item.width, item.height, item.rx, item.ry, dashed ? 2 : 1));
      }
      const rule = fill?.evenOdd ? '*' : '';
      pdf.addContent(fill && stroke ? `B${rule}` : fill ? `f${rule}` : 'S');
    }
    if (item.kind === 'path') for (const marker of item.markers ?? []) this.marker(marker);
  }

  /** A marker in a saved graphics state: placed, clipped to its viewport, its content in viewBox units. */
  private marker(marker: DirectMarker): void {
    const pdf = this.pdf;
    const saved = this.state;
    this.state = new Map(saved);
    pdf.addContent(`q\n${marker.matrix.map(n).join(' ')} cm`);
    const { clip } = marker;
    if (clip) pdf.addContent(`${n(clip.x)} ${n(clip.y)} ${n(clip.width)} ${n(clip.height)} re W n`);
    pdf.addContent(`${marker.inner.map(n).join(' ')} cm`);
    this.items(marker.items);
    pdf.addContent('Q');
    this.state = saved;
  }

  private fontOf(name: string): PdfFont {
    let font = this.fonts.get(name);
    if (!font) {
      this.pdf.font(name);
      font = this.pdf._font;
      this.fonts.set(name, font);
    }
    return font;
  }

  private text(item: Extract<DirectItem, { kind: 'text' }>): void {
    const pdf = this.pdf;
    const font = this.fontOf(item.font);
    pdf.page.fonts[font.id] ??= font.ref();
    this.fill(item.fill);
    const content = ['BT', `/${font.id} ${n(item.size)} Tf`];
    // Text state outlives BT/ET: set it on the run's first text, then only when it changes.
    if (!this.state.has('Tr')) {
      this.state.set('Tr', 0);
      content.push('0 Tr');
    }
    if (this.state.get('Tc') !== item.letterSpacing) {
      this.state.set('Tc', item.letterSpacing);
      content.push(`${n(item.letterSpacing)} Tc`);
    }
    for (const line of item.lines) lineContent(font, item, line, content);
    content.push('ET');
    pdf.addContent(content.join('\n'));
  }
}

/**
 * A rounded rectangle's outline as svg-to-pdfkit draws it, clockwise from the top edge. A dashed
 * one has each corner's quarter ellipse in two Bézier curves as there (its arcs are split every
 * 60°), so the dashes fall where they fall there; otherwise one curve a corner draws the same
 * (within 0.03% of the radius) in fewer bytes.
 */
function roundedRect(x: number, y: number, w: number, h: number, rx: number, ry: number, curves: 1 | 2): string {
  const right = x + w;
  const bottom = y + h;
  const out = [`${n(x + rx)} ${n(y)} m`, `${n(right - rx)} ${n(y)} l`];
  const corner = (cx: number, cy: number, from: number) => {
    const step = Math.PI / 2 / curves;
    const t = (4 / 3) * Math.tan(step / 4);
    for (let i = 0; i < curves; i++) {
      const a = from + i * step;
      const b = a + step;
      out.push(
        [
          cx + rx * (Math.cos(a) - t * Math.sin(a)),
          cy + ry * (Math.sin(a) + t * Math.cos(a)),
          cx + rx * (Math.cos(b) + t * Math.sin(b)),
          cy + ry * (Math.sin(b) - t * Math.cos(b)),
          cx + rx * Math.cos(b),
          cy + ry * Math.sin(b),
        ]
          .map(n)
          .join(' ') + ' c',
      );
    }
  };
  corner(right - rx, y + ry, -Math.PI / 2);
  out.push(`${n(right)} ${n(bottom - ry)} l`);
  corner(right - rx, bottom - ry, 0);
  out.push(`${n(x + rx)} ${n(bottom)} l`);
  corner(x + rx, bottom - ry, Math.PI / 2);
  out.push(`${n(x)} ${n(y + ry)} l`);
  corner(x + rx, y + ry, Math.PI);
  out.push('h');
  return out.join('\n');
}

/**
 * One line of text: placed where svg-to-pdfkit would place its first glyph (text-anchor measured
 * as it measures: advances, kerning and letter-spacing up to the last glyph, plus that glyph's
 * width), then shown as one TJ whose numbers are the kerning. The text matrix flips y back up:
 * the drawing's user space runs downwards.
 */
function lineContent(
  font: PdfFont,
  item: { size: number; letterSpacing: number; anchor: 'start' | 'middle' | 'end' },
  line: DirectLine,
  out: string[],
): void {
  const [glyphs, positions] = font.encode(line.text);
  if (!glyphs.length) return;
  const scale = item.size / 1000;
  let x = line.x;
  if (item.anchor !== 'start') {
    let width = 0;
    for (let i = 0; i < positions.length - 1; i++) width += positions[i].xAdvance * scale + item.letterSpacing;
    const last = positions[positions.length - 1];
    width += (last.xOffset - positions[0].xOffset + last.advanceWidth) * scale;
    x -= item.anchor === 'middle' ? width / 2 : width;
  }
  if (positions.some((p) => p.xOffset || p.yOffset || p.yAdvance)) {
    // Marks placed by the font: each glyph at its own position, as svg-to-pdfkit does.
    let penX = x;
    let penY = line.y;
    for (let i = 0; i < glyphs.length; i++) {
      const p = positions[i];
      if (p.advanceWidth)
        out.push(`1 0 0 -1 ${n(penX + p.xOffset * scale)} ${n(penY + p.yOffset * scale)} Tm <${glyphs[i]}> Tj`);
      penX += p.xAdvance * scale + item.letterSpacing;
      penY += p.yAdvance * scale;
    }
    return;
  }
  const parts: string[] = [];
  let run = '';
  for (let i = 0; i < glyphs.length; i++) {
    run += glyphs[i];
    const kerning = positions[i].xAdvance - positions[i].advanceWidth;
    if (kerning && i < glyphs.length - 1) {
      parts.push(`<${run}>`, n(-kerning));
      run = '';
    }
  }
  if (run) parts.push(`<${run}>`);
  out.push(`1 0 0 -1 ${n(x)} ${n(line.y)} Tm [${parts.join(' ')}] TJ`);
}
