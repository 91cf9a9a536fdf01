import type { DirectFill, DirectItem, DirectLine, DirectMarker, DirectShapePaint, Rgb } from './pdfDirect';
import { computedWeight, nearestFace, pdfFontName } from './pdfFonts';
import { markerPoints } from './pdfDirectGeometry';
import type { SvgElement, SvgNode } from './pdfSvgTree';

/**
 * Reading one SVG element as items the PDF export draws itself (pdfDirect.ts), with the meaning
 * svg-to-pdfkit gives it. Whatever is not certain to come out the same (a colour keyword it
 * knows and we do not, per-character text positions, an attribute we have never heard of) makes
 * the element svg-to-pdfkit's to draw.
 */

/** An element's computed style on the way down the tree. */
export interface Style {
  /** Inherited properties' values (style declarations over attributes), inherited through the prototype. */
  readonly props: Readonly<Record<string, string>>;
  /** The CSS font weight (bolder and lighter worked out against the parent's). */
  readonly weight: number;
  /** Every style attribute from the root down reads the same to the plan as to svg-to-pdfkit. */
  readonly clean: boolean;
  /** The element's own attributes that are neither inherited properties nor harmless. */
  readonly other: readonly string[];
}

/** Inherited properties the plan carries down the tree (each leaf decides whether it can draw their values). */
const INHERITED = new Set([
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-miterlimit',
  'font-size',
  'font-weight',
  'font-family',
  'font-style',
  'letter-spacing',
  'word-spacing',
  'text-anchor',
  'text-decoration',
  'visibility',
  'direction',
  'xml:space',
  'dominant-baseline',
  'alignment-baseline',
  'baseline-shift',
  'marker-start',
  'marker-mid',
  'marker-end',
  'color',
]);
/** Attributes that change nothing the plan draws. */
const HARMLESS =
  /^(?:class|role|lang|xml:lang|tabindex|focusable|cursor|pointer-events|(?:shape|text|color|image)-rendering|data-[\w.:-]*|aria-[\w.:-]*)$/;
/** svg-to-pdfkit's font-weight keywords: another value is ignored (the parent's applies). */
const WEIGHT = /^(?:[1-9]00|normal|bold|bolder|lighter)$/;

export const rootStyle: Style = {
  props: Object.create(null) as Record<string, string>,
  weight: 400,
  clean: true,
  other: [],
};

/** The element's computed style, given its parent's. */
export function styleOf(element: SvgElement, parent: Style): Style {
  let props = parent.props;
  let weight = parent.weight;
  let own: Record<string, string> | undefined;
  const other: string[] = [];
  const take = (name: string, raw: string) => {
    if (!INHERITED.has(name)) {
      if (!HARMLESS.test(name)) other.push(name);
      return;
    }
    const value = raw.trim();
    if (name === 'font-weight' && value !== 'inherit' && !WEIGHT.test(value)) return;
    own ??= Object.create(parent.props) as Record<string, string>;
    // 'inherit' (in a style declaration, over an attribute) leaves the parent's value showing through.
    if (value === 'inherit') delete own[name];
    else own[name] = value;
  };
  const { attributes } = element;
  for (const name in attributes) if (name !== 'style') take(name, attributes[name]);
  let clean = parent.clean;
  if (attributes.style !== undefined) {
    // As svg-to-pdfkit reads a style attribute: names as written, the value up to any second colon.
    for (const declaration of attributes.style.split(';')) {
      const [name, value, more] = declaration.split(':');
      if (more !== undefined || name.trim() === 'marker') clean = false;
      else if (name.trim()) take(name.trim(), value ?? '');
    }
  }
  if (own) {
    props = own;
    if (Object.hasOwn(own, 'font-weight')) weight = computedWeight(own['font-weight'], weight);
  }
  return { props, weight, clean, other };
}

const LENGTH = /^\s*([-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?)(?:px)?\s*$/i;
/** A length in user units (a number, or one in px), else undefined. */
export function length(value: string | undefined): number | undefined {
  const match = value === undefined ? null : LENGTH.exec(value);
  return match ? Number(match[1]) : undefined;
}

const NAMED: Record<string, Rgb> = { black: [0, 0, 0], white: [255, 255, 255] };
/** A colour as svg-to-pdfkit reads it: null for none, undefined for one the plan leaves to svg-to-pdfkit. */
function colour(value: string): Rgb | null | undefined {
  if (value === 'none' || value === 'transparent') return null;
  const hex = /^#([\da-f]{3}|[\da-f]{6})$/i.exec(value)?.[1];
  if (!hex) return NAMED[value];
  const full = hex.length === 3 ? hex.replace(/./g, '$&$&') : hex;
  return [parseInt(full.slice(0, 2), 16), parseInt(full.slice(2, 4), 16), parseInt(full.slice(4, 6), 16)];
}

function opacity(value: string | undefined): number | undefined {
  if (value === undefined) return 1;
  const n = Number.parseFloat(value);
  return Number.isNaN(n) ? undefined : Math.max(0, Math.min(1, n));
}

function dashArray(value: string | undefined): number[] | undefined {
  if (value === undefined || value === 'none') return [];
  const numbers = value
    .trim()
    .split(/\s*,\s*|\s+/)
    .map(length);
  if (numbers.some((n) => n === undefined || n < 0)) return;
  const dash = numbers as number[];
  if (dash.reduce((sum, n) => sum + n, 0) === 0) return [];
  return dash.length % 2 ? [...dash, ...dash] : dash;
}

const CAPS = { butt: 0, round: 1, square: 2 } as const;
const JOINS = { miter: 0, round: 1, bevel: 2 } as const;

/** Fill and stroke from the computed style, or undefined when svg-to-pdfkit should draw the shape. */
function paintOf(p: Readonly<Record<string, string>>): DirectShapePaint | undefined {
  const fillColour = colour(p.fill ?? 'black');
  const fillOpacity = opacity(p['fill-opacity']);
  const rule = p['fill-rule'] ?? 'nonzero';
  if (fillColour === undefined || fillOpacity === undefined || (rule !== 'nonzero' && rule !== 'evenodd')) return;
  const paint: DirectShapePaint = {};
  if (fillColour) paint.fill = { color: fillColour, opacity: fillOpacity, evenOdd: rule === 'evenodd' };
  const strokeColour = colour(p.stroke ?? 'none');
  if (strokeColour === undefined) return;
  if (!strokeColour) return paint;
  const strokeOpacity = opacity(p['stroke-opacity']);
  const width = length(p['stroke-width'] ?? '1');
  const cap = CAPS[(p['stroke-linecap'] ?? 'butt') as keyof typeof CAPS];
  const join = JOINS[(p['stroke-linejoin'] ?? 'miter') as keyof typeof JOINS];
  const miterLimit = Number(p['stroke-miterlimit'] ?? 4);
  const dash = dashArray(p['stroke-dasharray']);
  let dashOffset = length(p['stroke-dashoffset'] ?? '0');
  if (strokeOpacity === undefined || width === undefined || !(width >= 0) || cap === undefined) return;
  if (join === undefined || !(miterLimit >= 1) || !dash || dashOffset === undefined) return;
  // svg-to-pdfkit's reading of a negative offset (crbug.com/660850).
  if (dashOffset < 0) dashOffset += dash.reduce((sum, n) => sum + n, 0);
  if (width > 0)
    paint.stroke = { color: strokeColour, opacity: strokeOpacity, width, dash, dashOffset, cap, join, miterLimit };
  return paint;
}

const hidden = (style: Style, element: SvgElement): boolean =>
  element.attributes.display === 'none' || style.props.visibility === 'hidden' || style.props.visibility === 'collapse';
const only = (style: Style, ...names: string[]): boolean => style.other.every((name) => names.includes(name));

/** Where the plan finds the markers paths refer to. */
export interface DirectContext {
  marker(id: string): { element: SvgElement; style: Style } | undefined;
}

/**
 * The items one element draws, [] when it draws nothing, or undefined when svg-to-pdfkit must
 * draw it (and the run it would have joined ends there).
 */
export function directItems(element: SvgElement, parent: Style, context: DirectContext): DirectItem[] | undefined {
  const name = element.name;
  if (name === 'title' || name === 'desc' || name === 'metadata') return [];
  const style = styleOf(element, parent);
  if (!style.clean) return;
  const a = element.attributes;
  switch (name) {
    case 'g': {
      if (!only(style, 'display')) return;
      if (a.display === 'none') return [];
      const items: DirectItem[] = [];
      for (const child of element.children) {
        if (child.type !== 'element') continue;
        const childItems = directItems(child, style, context);
        if (!childItems) return;
        for (const item of childItems) items.push(item);
      }
      return items;
    }
    case 'rect':
      return only(style, 'x', 'y', 'width', 'height', 'rx', 'ry', 'display') ? rectItems(element, style) : undefined;
    case 'path':
      return only(style, 'd', 'display') ? pathItems(element, style, a.d ?? '', context) : undefined;
    case 'line': {
      if (!only(style, 'x1', 'y1', 'x2', 'y2', 'display')) return;
      const [x1, y1, x2, y2] = ['x1', 'y1', 'x2', 'y2'].map((key) => length(a[key] ?? '0'));
      if ([x1, y1, x2, y2].includes(undefined)) return;
      return pathItems(element, style, `M${x1} ${y1} L${x2} ${y2}`, context);
    }
    case 'polyline':
    case 'polygon': {
      if (!only(style, 'points', 'display')) return;
      const points = (a.points ?? '')
        .trim()
        .split(/\s*,\s*|\s+/)
        .filter(Boolean)
        .map(Number);
      if (points.some((n) => !Number.isFinite(n)) || points.length % 2) return;
      const d = points.map((n, i) => (i === 0 ? `M${n}` : i % 2 ? ` ${n}` : ` L${n}`)).join('');
      return pathItems(element, style, name === 'polygon' && d ? `${d} Z` : d, context);
    }
    case 'text':
      return only(style, 'x', 'y', 'display') ? textItems(element, style) : undefined;
    default:
      return;
  }
}

function rectItems(element: SvgElement, style: Style): DirectItem[] | undefined {
  const a = element.attributes;
  const [x, y, width, height] = ['x', 'y', 'width', 'height'].map((key) => length(a[key] ?? '0'));
  let rx = a.rx === undefined ? undefined : length(a.rx);
  let ry = a.ry === undefined ? undefined : length(a.ry);
  if (x === undefined || y === undefined || width === undefined || height === undefined) return;
  if ((a.rx !== undefined && rx === undefined) || (a.ry !== undefined && ry === undefined)) return;
  if (!noMarkers(style)) return;
  const paint = paintOf(style.props);
  if (!paint) return;
  if (hidden(style, element) || !(width > 0 && height > 0) || !(paint.fill || paint.stroke)) return [];
  rx ??= ry ?? 0;
  ry ??= rx;
  if (!(rx > 0 && ry > 0)) rx = ry = 0;
  return [{ kind: 'rect', x, y, width, height, rx: Math.min(rx, width / 2), ry: Math.min(ry, height / 2), ...paint }];
}

const noMarkers = (style: Style): boolean =>
  ['marker-start', 'marker-mid', 'marker-end'].every((name) => (style.props[name] ?? 'none') === 'none');

/**
 * Path data pdfkit draws as svg-to-pdfkit does: lines, cubic curves and closes. (pdfkit's
 * quadratic is not the SVG one, its smooth curve ignores what came before, and both split arcs
 * differently.)
 */
const PATH_DATA = /^[\s,\d.eE+\-MmLlHhVvCcZz]*$/;

function pathItems(element: SvgElement, style: Style, d: string, context: DirectContext): DirectItem[] | undefined {
  if (!PATH_DATA.test(d)) return;
  const paint = paintOf(style.props);
  if (!paint) return;
  const p = style.props;
  let markers: DirectMarker[] | undefined;
  if (!noMarkers(style)) {
    if ((p['marker-mid'] ?? 'none') !== 'none') return;
    // svg-to-pdfkit scales markers by the stroke width even when there is no stroke.
    const strokeWidth = length(p['stroke-width'] ?? '1');
    const points = markerPoints(d);
    if (!points || strokeWidth === undefined) return;
    markers = [];
    for (const [key, point] of [
      ['marker-start', points.start],
      ['marker-end', points.end],
    ] as const) {
      const value = p[key] ?? 'none';
      if (value === 'none') continue;
      const marker = markerAt(value, point, strokeWidth, context);
      if (!marker) return;
      markers.push(marker);
    }
  }
  if (hidden(style, element) || !/[MmLlHhVvCcZz]/.test(d)) return [];
  if (!paint.fill && !paint.stroke && !markers) return [];
  return [{ kind: 'path', d, ...paint, ...(markers ? { markers } : {}) }];
}

/** A marker's content and how it sits in its own units: worked out once per marker. */
interface MarkerShape {
  items: DirectItem[];
  width: number;
  height: number;
  viewBox: [number, number, number, number];
  inner: number[];
  orient: number | 'auto';
  userSpace: boolean;
  clip: boolean;
  refX: number;
  refY: number;
}

const markerShapes = new WeakMap<SvgElement, MarkerShape | null>();
const drawingMarkers = new Set<SvgElement>();

/** The marker `reference` names, placed at a path's point: svg-to-pdfkit's SvgElemMarker.drawMarker. */
function markerAt(
  reference: string,
  [x, y, angle]: readonly [number, number, number],
  strokeWidth: number,
  context: DirectContext,
): DirectMarker | undefined {
  const id = /^url\(\s*['"]?#([^'")\s]+)['"]?\s*\)$/.exec(reference)?.[1];
  const found = id === undefined ? undefined : context.marker(id);
  if (!found || drawingMarkers.has(found.element)) return;
  let shape = markerShapes.get(found.element);
  if (shape === undefined) {
    drawingMarkers.add(found.element);
    try {
      shape = markerShape(found.element, found.style, context) ?? null;
    } finally {
      drawingMarkers.delete(found.element);
    }
    markerShapes.set(found.element, shape);
  }
  if (!shape) return;
  const rotate = shape.orient === 'auto' ? angle : (shape.orient * Math.PI) / 180;
  const scale = shape.userSpace ? 1 : strokeWidth;
  const cos = Math.cos(rotate) * scale;
  const sin = Math.sin(rotate) * scale;
  const [sx, , , sy] = shape.inner;
  const [vx, vy, vw, vh] = shape.viewBox;
  return {
    matrix: [cos, sin, -sin, cos, x, y],
    ...(shape.clip
      ? {
          clip: {
            x: sx * (vx + vw / 2 - shape.refX) - shape.width / 2,
            y: sy * (vy + vh / 2 - shape.refY) - shape.height / 2,
            width: shape.width,
            height: shape.height,
          },
        }
      : {}),
    inner: shape.inner,
    items: shape.items,
  };
}

function markerShape(element: SvgElement, parent: Style, context: DirectContext): MarkerShape | undefined {
  if (element.name !== 'marker') return;
  const style = styleOf(element, parent);
  const a = element.attributes;
  const allowed = ['id', 'viewBox', 'markerWidth', 'markerHeight', 'markerUnits', 'orient', 'refX', 'refY'];
  if (!style.clean || !only(style, ...allowed, 'preserveAspectRatio', 'overflow')) return;
  const width = length(a.markerWidth ?? '3');
  const height = length(a.markerHeight ?? '3');
  const refX = length(a.refX ?? '0');
  const refY = length(a.refY ?? '0');
  if (width === undefined || height === undefined || refX === undefined || refY === undefined) return;
  const numbers = (a.viewBox ?? '')
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  const viewBox: [number, number, number, number] =
    numbers.length === 4 && numbers.every(Number.isFinite) && numbers[2] >= 0 && numbers[3] >= 0
      ? [numbers[0], numbers[1], numbers[2], numbers[3]]
      : [0, 0, width, height];
  if (!(viewBox[2] > 0 && viewBox[3] > 0)) return;
  const aspect = aspectRatio(a.preserveAspectRatio, width, height, viewBox[2], viewBox[3]);
  if (!aspect) return;
  const items: DirectItem[] = [];
  for (const child of element.children) {
    if (child.type !== 'element') continue;
    const childItems = directItems(child, style, context);
    if (!childItems) return;
    for (const item of childItems) items.push(item);
  }
  const [sx, , , sy, tx, ty] = aspect;
  return {
    items,
    width,
    height,
    viewBox,
    inner: [sx, 0, 0, sy, tx - sx * refX, ty - sy * refY],
    orient: a.orient === 'auto' ? 'auto' : Number.parseFloat(a.orient ?? '0') || 0,
    userSpace: a.markerUnits === 'userSpaceOnUse',
    clip: (a.overflow ?? '').trim() !== 'visible',
    refX,
    refY,
  };
}

/** svg-to-pdfkit's parseAspectRatio for a marker (aligned about the viewBox's centre). */
function aspectRatio(value: string | undefined, w: number, h: number, vw: number, vh: number): number[] | undefined {
  const match = /^(none)$|^x(Min|Mid|Max)Y(Min|Mid|Max)(?:\s+(meet|slice))?$/.exec((value ?? '').trim());
  if (value !== undefined && value.trim() && !match) return;
  const type = match?.[1] ?? match?.[4] ?? 'meet';
  const align = { Min: 0, Mid: 0.5, Max: 1 } as const;
  const dx = align[(match?.[2] ?? 'Mid') as keyof typeof align] - 0.5;
  const dy = align[(match?.[3] ?? 'Mid') as keyof typeof align] - 0.5;
  let sx = w / vw;
  let sy = h / vh;
  if (type === 'slice') sx = sy = Math.max(sx, sy);
  else if (type === 'meet') sx = sy = Math.min(sx, sy);
  return [sx, 0, 0, sy, dx * (w - vw * sx), dy * (h - vh * sy)];
}

/** Per-character positioning, decorations, stroked, vertical or right-to-left text: left to svg-to-pdfkit. */
function textItems(element: SvgElement, style: Style): DirectItem[] | undefined {
  const p = style.props;
  const plain = (name: string, ...values: string[]) => p[name] === undefined || values.includes(p[name]);
  if (
    !plain('font-style', 'normal') ||
    !plain('word-spacing', 'normal', '0') ||
    !plain('direction', 'ltr') ||
    !plain('xml:space', 'default') ||
    !plain('dominant-baseline', 'auto', 'baseline', 'alphabetic') ||
    !plain('alignment-baseline', 'auto', 'baseline', 'alphabetic') ||
    !plain('baseline-shift', 'baseline') ||
    !plain('text-decoration', 'none') ||
    !plain('stroke', 'none', 'transparent')
  )
    return;
  const size = length(p['font-size'] ?? '16');
  const letterSpacing = plain('letter-spacing', 'normal') ? 0 : length(p['letter-spacing']);
  const anchor = p['text-anchor'] ?? 'start';
  const fillColour = colour(p.fill ?? 'black');
  const fillOpacity = opacity(p['fill-opacity']);
  if (size === undefined || !(size >= 0) || letterSpacing === undefined || fillColour === undefined) return;
  if (fillOpacity === undefined || (anchor !== 'start' && anchor !== 'middle' && anchor !== 'end')) return;

  // Each line is a tspan placed at one x and y, or the text element itself holds one line.
  const pieces: { x: number | undefined; y: number | undefined; raw: string }[] = [];
  const children = element.children;
  if (children.every((child) => child.type !== 'element')) {
    const raw = rawText(children);
    if (raw === undefined) return;
    pieces.push({ x: length(element.attributes.x), y: length(element.attributes.y), raw });
  } else {
    for (const tspan of children) {
      if (tspan.type !== 'element' || tspan.name !== 'tspan') return;
      for (const name in tspan.attributes) if (name !== 'x' && name !== 'y' && !HARMLESS.test(name)) return;
      const raw = rawText(tspan.children);
      if (raw === undefined) return;
      pieces.push({ x: length(tspan.attributes.x), y: length(tspan.attributes.y), raw });
    }
  }
  if (pieces.some((piece) => piece.x === undefined || piece.y === undefined)) return;
  if (hidden(style, element) || !fillColour) return [];

  // White space as svg-to-pdfkit collapses it across the whole text element (xml:space default).
  let processed = '';
  let remaining = pieces.map((piece) => piece.raw).join('');
  const lines: DirectLine[] = [];
  for (const piece of pieces) {
    remaining = remaining.substring(piece.raw.length);
    let text = piece.raw.replace(/[\s]+/g, ' ');
    if (/[\s]$|^$/.test(processed)) text = text.replace(/^[\s]/, '');
    if (/^[\s]*$/.test(remaining)) text = text.replace(/[\s]$/, '');
    processed += piece.raw;
    if (text) lines.push({ x: piece.x!, y: piece.y!, text });
  }
  if (!lines.length) return [];
  const fill: DirectFill = { color: fillColour, opacity: fillOpacity, evenOdd: false };
  return [{ kind: 'text', font: pdfFontName(nearestFace(style.weight)), size, letterSpacing, anchor, fill, lines }];
}

/** The characters of a text run's children, when they are only character data. */
function rawText(children: SvgNode[]): string | undefined {
  let text = '';
  for (const child of children) {
    if (child.type !== 'text' && child.type !== 'cdata') return;
    text += child.value;
  }
  return text;
}
