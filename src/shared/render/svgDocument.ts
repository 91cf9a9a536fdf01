import { ARROWHEAD } from './arrowheads';
import type { Box } from '../layout/layoutMetrics';
import type { Arrowhead, ArrowMarker, DashPattern, Drawing, PathShape, Shape, TextShape } from './shapes';
import { FONT_FAMILY } from './textMetrics';
import { GlyphDefinitions, glyphText, type OutlineSettings } from './glyphText';

export interface SvgSettings {
  /** `@font-face` rules embedding the font, written into the document's `<style>`. */
  fontCss?: string;
  /** Set: text becomes glyph outlines and the document needs no font at all. */
  outline?: OutlineSettings;
  /**
   * Set: the document shows this part of the drawing (map units, any precision), stretched to
   * `width` × `height` pixels: a PNG in whole pixels, or one band of it (pngExport.ts).
   */
  frame?: { viewBox: Box; width: number; height: number };
  /**
   * 'paths': each arrowhead is drawn as a path of its own instead of a <marker> the arrow refers
   * to. resvg draws a marker through a layer, and one far outside the image (a band of a PNG)
   * makes it panic; a path is drawn directly, the same shape.
   */
  arrowheads?: 'markers' | 'paths';
}

/** Characters XML 1.0 forbids (C0 controls other than tab and newlines, lone surrogates, U+FFFE/F). */
const INVALID_XML =
  // eslint-disable-next-line no-control-regex -- these are exactly the characters to replace
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Any character escapeXml changes: most text has none, and one test spares five replacements. */
// eslint-disable-next-line no-control-regex -- the characters INVALID_XML replaces, and the markup ones
const NEEDS_ESCAPE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff\ud800-\udfff&<>"]/;

/** Text for XML content and attribute values. */
export const escapeXml = (text: string): string =>
  !NEEDS_ESCAPE.test(text)
    ? text
    : text
        .replace(INVALID_XML, '\ufffd')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;');

const num = (value: number): string => String(Math.round(value * 100) / 100);

/**
 * The drawing as a standalone SVG 1.1 document: only rect, path, text/tspan, marker and style
 * (no foreignObject, no external references), so it opens the same in browsers, Inkscape,
 * Illustrator, PowerPoint and Keynote, and converts to PNG and PDF.
 */
export function svgDocument(drawing: Drawing, settings: SvgSettings = {}): string {
  const parts: string[] = [];
  writeSvgDocument(drawing, settings, (part) => parts.push(part));
  return parts.join('');
}

/**
 * svgDocument in pieces, in order, each one or more whole lines: a host that writes a file can
 * encode them as they come instead of keeping every line of a large drawing until the end.
 */
export function writeSvgDocument(drawing: Drawing, settings: SvgSettings, write: (part: string) => void): void {
  const { x, y, width, height } = drawing.viewBox;
  // Outlined text adds the glyphs it uses to the definitions, which come first: draw the body
  // before the head then. Otherwise each line goes out as it is written.
  const glyphs = settings.outline && new GlyphDefinitions(settings.outline.glyphs);
  const held: string[] = [];
  const line = glyphs ? (text: string) => void held.push(text) : (text: string) => write(`${text}\n`);
  const { frame } = settings;
  // A frame's numbers go out in full: rounded, a band would sit a fraction of a pixel off the next.
  const size = frame
    ? `width="${frame.width}" height="${frame.height}" ` +
      `viewBox="${frame.viewBox.x} ${frame.viewBox.y} ${frame.viewBox.width} ${frame.viewBox.height}" ` +
      'preserveAspectRatio="none"'
    : `width="${num(width)}" height="${num(height)}" viewBox="${num(x)} ${num(y)} ${num(width)} ${num(height)}"`;
  const head = (): void => {
    write(
      `<svg xmlns="http://www.w3.org/2000/svg"${glyphs ? ' xmlns:xlink="http://www.w3.org/1999/xlink"' : ''} ` +
        `version="1.1" ${size} font-family="${FONT_FAMILY}">\n` +
        `<title>${escapeXml(drawing.title)}</title>\n<defs>\n`,
    );
    if (settings.fontCss && !settings.outline) write(`<style>${settings.fontCss}</style>\n`);
    if (settings.arrowheads !== 'paths') for (const marker of drawing.markers) write(`${markerElement(marker)}\n`);
    if (glyphs) for (const definition of glyphs.definitions()) write(`${definition}\n`);
    write('</defs>\n');
  };
  if (!glyphs) head();
  if (drawing.background) {
    line(
      `<rect x="${num(x)}" y="${num(y)}" width="${num(width)}" height="${num(height)}" fill="${drawing.background}"/>`,
    );
  }
  // Indexed loops here and below: a for-of loop in code run a few thousand times allocates a result per step.
  for (let i = 0; i < drawing.shapes.length; i++) writeShape(drawing.shapes[i], line, settings, glyphs);
  if (glyphs) {
    head();
    for (const text of held) write(`${text}\n`);
  }
  write('</svg>\n');
}

function writeShape(shape: Shape, out: (line: string) => void, settings: SvgSettings, glyphs?: GlyphDefinitions): void {
  switch (shape.type) {
    case 'group':
      out(`<g class="${shape.className}">`);
      // Outlined text cannot be read out or searched: the group's title says what the card says.
      if (shape.label !== undefined && settings.outline) out(`<title>${escapeXml(shape.label)}</title>`);
      else if (shape.tooltip !== undefined) out(`<title>${escapeXml(shape.tooltip)}</title>`);
      for (let i = 0; i < shape.children.length; i++) writeShape(shape.children[i], out, settings, glyphs);
      out('</g>');
      return;
    case 'rect':
      out(
        `<rect x="${num(shape.x)}" y="${num(shape.y)}" width="${num(shape.width)}" height="${num(shape.height)}"` +
          (shape.rx ? ` rx="${num(shape.rx)}"` : '') +
          ` fill="${shape.fill}"${stroke(shape.stroke, shape.strokeWidth, shape.dash)}/>`,
      );
      return;
    case 'path': {
      const head = shape.arrowhead;
      const asPath = head && settings.arrowheads === 'paths';
      out(
        `<path d="${pathData(shape)}" fill="${shape.fill ?? 'none'}"${stroke(shape.stroke, shape.strokeWidth, shape.dash)}` +
          (head && !asPath ? ` marker-end="url(#${head.marker})"` : '') +
          '/>',
      );
      if (asPath) out(arrowheadPath(head));
      return;
    }
    case 'text':
      out(settings.outline && glyphs ? glyphText(shape, settings.outline, glyphs) : text(shape));
  }
}

const stroke = (color: string | undefined, width: number | undefined, dash: DashPattern | undefined): string =>
  color
    ? ` stroke="${color}" stroke-width="${num(width ?? 1)}"${dash ? ` stroke-dasharray="${dash.join(' ')}"` : ''}`
    : '';

/** A path's geometry as SVG path data: `M x,y` then ` L x,y` or ` C x1,y1 x2,y2 x,y` for each segment (the presentation's painter draws it too). */
export function pathData(shape: PathShape): string {
  // Joined, not a template: a template leaves a chain of a dozen string pieces per path.
  const d: (string | number)[] = ['M', shape.from.x, ',', shape.from.y];
  for (let i = 0; i < shape.segments.length; i++) {
    const s = shape.segments[i];
    if (s.kind === 'line') d.push(' L', s.x, ',', s.y);
    else d.push(' C', s.x1, ',', s.y1, ' ', s.x2, ',', s.y2, ' ', s.x, ',', s.y);
  }
  return d.join('');
}

/** An arrowhead's points as SVG path data, closed where the head is filled. */
export const arrowheadData = (head: Arrowhead): string =>
  head.points.map((point, i) => `${i ? 'L' : 'M'}${point.x},${point.y}`).join(' ') + (head.closed ? ' Z' : '');

/** An arrowhead as a path of its own: its points, stroked as the marker's polyline is. */
function arrowheadPath(head: Arrowhead): string {
  const d = head.points.map((point, i) => `${i ? 'L' : 'M'}${point.x},${point.y}`).join(' ');
  return (
    `<path d="${d}" fill="${head.closed ? head.color : 'none'}" stroke="${head.color}" ` +
    `stroke-width="${head.strokeWidth}" stroke-linecap="round" stroke-linejoin="round"/>`
  );
}

/**
 * An arrowhead's look as a <marker>, the chevron ARROWHEAD describes: the same head arrowheadAt
 * places for painters without markers. Paths refer to it, so an editor moving a path moves its head.
 */
function markerElement(marker: ArrowMarker): string {
  const { points, viewBox, size, strokeWidth } = ARROWHEAD;
  const outline = (marker.open ? points : [...points, points[0]]).map((point) => point.join(',')).join(' ');
  return (
    `<marker id="${marker.id}" viewBox="${viewBox.join(' ')}" markerWidth="${size}" markerHeight="${size}" ` +
    `markerUnits="strokeWidth" orient="auto" refX="0" refY="0">` +
    `<polyline points="${outline}" fill="${marker.open ? 'none' : marker.color}" stroke="${marker.color}" ` +
    `stroke-width="${strokeWidth}" stroke-linecap="round" stroke-linejoin="round"/></marker>`
  );
}

function text(shape: TextShape): string {
  const attributes =
    `font-size="${num(shape.size)}" font-weight="${shape.weight}" fill="${shape.fill}"` +
    (shape.letterSpacing ? ` letter-spacing="${num(shape.letterSpacing)}"` : '') +
    (shape.anchor ? ` text-anchor="${shape.anchor}"` : '');
  let lines = '';
  for (let i = 0; i < shape.lines.length; i++) {
    const line = shape.lines[i];
    lines += `<tspan x="${num(line.x)}" y="${num(line.y)}">${escapeXml(line.text)}</tspan>`;
  }
  return `<text ${attributes}>${lines}</text>`;
}
