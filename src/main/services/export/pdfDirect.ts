import { directItems, rootStyle, styleOf, type Style } from './pdfDirectItems';
import { parseSvgTree, type SvgElement } from './pdfSvgTree';

/**
 * What the PDF export draws itself, beside svg-to-pdfkit. svg-to-pdfkit builds a dozen closures
 * per element and places every glyph of a text with its own text matrix: a 1,000-node map (5,800
 * lines of text, 2,300 shapes, 1,000 arrowheads) took it 3–4 s of CPU. The plan keeps
 * svg-to-pdfkit for the document and everything unusual (clipping, transforms, opacity,
 * gradients, images, CSS, text it cannot be sure of), and replaces each unbroken run of plain
 * shapes and text among a group's children with one stand-in <image>: when svg-to-pdfkit draws
 * that image, at the run's place in the painting order and in its coordinate system,
 * pdfDirectPaint.ts draws the run's items with pdfkit (each line of text as one kerned TJ).
 */
export interface DirectPlan {
  /** The SVG handed to svg-to-pdfkit: the original with each run replaced by its stand-in. */
  svg: string;
  runs: DirectItem[][];
}

export type Rgb = readonly [number, number, number];

export interface DirectFill {
  color: Rgb;
  opacity: number;
  evenOdd: boolean;
}

export interface DirectStroke {
  color: Rgb;
  opacity: number;
  width: number;
  dash: readonly number[];
  dashOffset: number;
  /** PDF line cap and join codes (butt/round/square, miter/round/bevel). */
  cap: 0 | 1 | 2;
  join: 0 | 1 | 2;
  miterLimit: number;
}

/** A marker drawn at a point of a path: the PDF matrix from marker units to the path's user space, and its content. */
export interface DirectMarker {
  matrix: readonly number[];
  /** The marker's viewport, in the matrix's space before its viewBox transform, when overflow hides the rest. */
  clip?: { x: number; y: number; width: number; height: number };
  /** From the viewBox to the marker's viewport (aspect ratio and refX/refY). */
  inner: readonly number[];
  items: DirectItem[];
}

export interface DirectLine {
  x: number;
  y: number;
  text: string;
}

export interface DirectShapePaint {
  fill?: DirectFill;
  stroke?: DirectStroke;
}

export type DirectItem =
  | ({ kind: 'rect'; x: number; y: number; width: number; height: number; rx: number; ry: number } & DirectShapePaint)
  | ({ kind: 'path'; d: string; markers?: DirectMarker[] } & DirectShapePaint)
  | {
      kind: 'text';
      /** The bundled face's name in the document (pdfFontName). */
      font: string;
      size: number;
      letterSpacing: number;
      anchor: 'start' | 'middle' | 'end';
      fill: DirectFill;
      lines: DirectLine[];
    };

/** The stand-in's href: this prefix and the run's index. */
export const STAND_IN_PREFIX = 'argmap-direct:';
const standIn = (index: number): string =>
  `<image href="${STAND_IN_PREFIX}${index}" width="1" height="1" overflow="visible" visibility="visible"/>`;

/** Containers whose children may become runs. */
const RUN_CONTAINERS = new Set(['svg', 'g']);

/** Whether the plan may take anything out of this document: no CSS beyond @font-face, no <use>. */
function planable(element: SvgElement): boolean {
  if (element.name === 'use' || element.name === 'tref') return false;
  if (element.name === 'style') {
    const css = element.children
      .map((child) => (child.type === 'text' || child.type === 'cdata' ? child.value : ''))
      .join('')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/@font-face\s*\{[^}]*\}/g, '');
    return !css.trim();
  }
  return element.children.every((child) => child.type !== 'element' || planable(child));
}

/** The first element with each id, and its ancestors from the root down (as svg-to-pdfkit's getElementById finds it). */
function elementsById(root: SvgElement): Map<string, { element: SvgElement; ancestors: SvgElement[] }> {
  const found = new Map<string, { element: SvgElement; ancestors: SvgElement[] }>();
  const stack: SvgElement[] = [];
  const visit = (element: SvgElement) => {
    const id = element.attributes.id;
    if (id !== undefined && !found.has(id)) found.set(id, { element, ancestors: [...stack] });
    stack.push(element);
    for (const child of element.children) if (child.type === 'element') visit(child);
    stack.pop();
  };
  visit(root);
  return found;
}

/**
 * Splits the SVG into what svg-to-pdfkit draws and the runs drawn directly. An SVG this module
 * cannot read, or one with CSS rules or <use> (which could restyle or repeat a run), is left whole.
 */
export function planDirectDrawing(svg: string): DirectPlan {
  let root: SvgElement;
  try {
    root = parseSvgTree(svg);
  } catch {
    return { svg, runs: [] };
  }
  if (!planable(root)) return { svg, runs: [] };
  let ids: ReturnType<typeof elementsById> | undefined;
  const markers = new Map<string, { element: SvgElement; style: Style } | null>();
  const context = {
    marker(id: string) {
      let marker = markers.get(id);
      if (marker === undefined) {
        const entry = (ids ??= elementsById(root)).get(id);
        marker = entry && {
          element: entry.element,
          style: entry.ancestors.reduce((style, a) => styleOf(a, style), rootStyle),
        };
        markers.set(id, marker ?? null);
      }
      return marker ?? undefined;
    },
  };

  const out: string[] = [svg.slice(0, root.start)];
  const runs: DirectItem[][] = [];
  const native = (element: SvgElement, parent: Style): void => {
    const style = styleOf(element, parent);
    if (!RUN_CONTAINERS.has(element.name) || element.closeStart === element.openEnd || !style.clean) {
      out.push(svg.slice(element.start, element.end));
      return;
    }
    out.push(svg.slice(element.start, element.openEnd));
    let run: DirectItem[] | undefined;
    const close = () => {
      if (!run) return;
      out.push(standIn(runs.length));
      runs.push(run);
      run = undefined;
    };
    for (const child of element.children) {
      if (child.type !== 'element') {
        if (!run) out.push(svg.slice(child.start, child.end));
        continue;
      }
      const items = directItems(child, style, context);
      if (!items) {
        close();
        native(child, style);
      } else if (items.length) {
        // An element that draws nothing (a <title>) neither starts nor ends a run.
        run ??= [];
        for (const item of items) run.push(item);
      }
    }
    close();
    out.push(svg.slice(element.closeStart, element.end));
  };
  native(root, rootStyle);
  out.push(svg.slice(root.end));
  return { svg: out.join(''), runs };
}
