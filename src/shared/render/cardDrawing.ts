import type { ArgNode } from '../model/argumentMap';
import { NODE_KIND_LABELS, NODE_KINDS, type NodeKind } from '../model/kinds';
import {
  NODE_HEADER_HEIGHT,
  NODE_PADDING_BOTTOM,
  NODE_PADDING_X,
  NODE_WIDTH,
  shownTextLines,
  TEXT_LINE_HEIGHT,
  TITLE_GAP,
} from '../layout/nodeSize';
import type { Box } from '../layout/layoutMetrics';
import type { GroupShape, RectShape, Shape, TextShape } from './shapes';
import type { CardStyle } from './themes';
import { wrapTextIn, type FontWeight, type TextMeasurer } from './textMetrics';
import { dashPattern, measuredLine } from './textLine';

/** The card's type, as styles.css sets it: labels 11px bold spaced 0.06em, text 14px on 20px lines. */
export const CARD_TYPE = {
  labelSize: 11,
  labelSpacing: 0.66,
  textSize: 14,
  tagSize: 11,
  tagPaddingX: 6,
  tagBorder: 1,
  tagGap: 4,
  tagsMarginTop: 8,
} as const;

/** Where the baseline of a line sits in a line box of the given height (CSS centres the glyphs' extent in it). */
export function baselineIn(top: number, lineHeight: number, size: number, measurer: TextMeasurer): number {
  const content = (measurer.ascent + measurer.descent) * size;
  return top + (lineHeight - content) / 2 + measurer.ascent * size;
}

/** CSS "line-height: normal" for the bundled font. */
export const normalLineHeight = (size: number, measurer: TextMeasurer): number =>
  (measurer.ascent + measurer.descent) * size;

/** A card group's class, one string per kind (not one per card). */
const NODE_CLASS = Object.fromEntries(NODE_KINDS.map((kind) => [kind, `node node-${kind}`])) as Record<
  NodeKind,
  string
>;

export interface DrawnCard {
  box: Box;
  shape: GroupShape;
}

/**
 * A node's card as the canvas lays it out (see ArgumentNode and styles.css): the kind in
 * capitals in the header, the title (if any) as a bold heading, the text wrapped beneath with the
 * font's real advances (in compact cards its first lines, the last ending in "…"), tags as pills.
 * The height follows from the content, as the canvas measures it.
 */
export function drawCard(
  node: ArgNode,
  style: CardStyle,
  ink: string,
  surface: string,
  measurer: TextMeasurer,
  compact = false,
): DrawnCard {
  const border = style.borderWidth;
  const left = node.position.x + border + NODE_PADDING_X;
  const innerWidth = NODE_WIDTH - 2 * (border + NODE_PADDING_X);
  let y = node.position.y + border;

  const label: TextShape = {
    type: 'text',
    size: CARD_TYPE.labelSize,
    weight: 700,
    fill: style.accent,
    letterSpacing: CARD_TYPE.labelSpacing,
    lines: [
      measuredLine(
        measurer,
        NODE_KIND_LABELS[node.kind].toUpperCase(),
        left,
        baselineIn(y, NODE_HEADER_HEIGHT, CARD_TYPE.labelSize, measurer),
        CARD_TYPE.labelSize,
        700,
        CARD_TYPE.labelSpacing,
      ),
    ],
  };
  y += NODE_HEADER_HEIGHT;

  const heading = node.title ? drawLines(measurer, node.title, left, y, innerWidth, 700, ink) : null;
  if (heading) y = heading.bottom + TITLE_GAP;

  const weight: FontWeight = node.kind === 'thesis' ? 600 : 400;
  const wrapped = wrapTextIn(measurer, node.text, innerWidth, CARD_TYPE.textSize, weight);
  const shown = shownTextLines(wrapped.length, Boolean(node.title), compact);
  const lines =
    shown < wrapped.length
      ? [...wrapped.slice(0, shown - 1), withEllipsis(measurer, wrapped[shown - 1], innerWidth, weight)]
      : wrapped;
  const body: TextShape = {
    type: 'text',
    size: CARD_TYPE.textSize,
    weight,
    fill: ink,
    lines: [],
  };
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] === '') continue;
    const top = y + i * TEXT_LINE_HEIGHT;
    const baseline = baselineIn(top, TEXT_LINE_HEIGHT, CARD_TYPE.textSize, measurer);
    body.lines.push(measuredLine(measurer, lines[i], left, baseline, CARD_TYPE.textSize, weight));
  }
  y += lines.length * TEXT_LINE_HEIGHT;

  const tags = drawTags(node.tags, left, y, innerWidth, style, surface, measurer);
  y = tags.bottom + NODE_PADDING_BOTTOM + border;

  const box = { x: node.position.x, y: node.position.y, width: NODE_WIDTH, height: y - node.position.y };
  // The CSS border lies inside the box; an SVG stroke is centred on the edge, so inset it by half.
  const frame: RectShape = {
    type: 'rect',
    x: box.x + border / 2,
    y: box.y + border / 2,
    width: box.width - border,
    height: box.height - border,
    rx: 8 - border / 2,
    fill: style.fill,
    stroke: style.border,
    strokeWidth: border,
    dash: dashPattern(style.borderDash),
  };
  const children: Shape[] = [frame, label];
  if (heading) children.push(heading.shape);
  if (body.lines.length > 0) children.push(body);
  children.push(...tags.shapes);
  return {
    box,
    shape: {
      type: 'group',
      className: NODE_CLASS[node.kind],
      label: `${NODE_KIND_LABELS[node.kind]}: ${node.title ? `${node.title}. ` : ''}${node.text}`,
      children,
    },
  };
}

/** The text, or as much of it as fits in `maxWidth` followed by "…" (whole characters, never half a surrogate pair). */
export function shortenedToWidth(text: string, maxWidth: number, measure: (text: string) => number): string {
  if (measure(text) <= maxWidth) return text;
  const chars = [...text];
  let [low, high] = [0, chars.length];
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (measure(`${chars.slice(0, middle).join('')}…`) <= maxWidth) low = middle;
    else high = middle - 1;
  }
  return `${chars.slice(0, low).join('')}…`;
}

/** A title's lines, bold at the text's size on the text's 20px lines, from `top` down. */
function drawLines(
  measurer: TextMeasurer,
  text: string,
  left: number,
  top: number,
  width: number,
  weight: FontWeight,
  fill: string,
): { shape: TextShape; bottom: number } {
  const lines = wrapTextIn(measurer, text, width, CARD_TYPE.textSize, weight);
  const shape: TextShape = { type: 'text', size: CARD_TYPE.textSize, weight, fill, lines: [] };
  lines.forEach((line, i) => {
    if (line === '') return;
    const baseline = baselineIn(top + i * TEXT_LINE_HEIGHT, TEXT_LINE_HEIGHT, CARD_TYPE.textSize, measurer);
    shape.lines.push(measuredLine(measurer, line, left, baseline, CARD_TYPE.textSize, weight));
  });
  return { shape, bottom: top + lines.length * TEXT_LINE_HEIGHT };
}

/** The last line shown of a shortened text: as much of it as fits before "…", as CSS's line clamp ends it. */
export function withEllipsis(measurer: TextMeasurer, line: string, width: number, weight: FontWeight): string {
  const fits = (text: string): boolean => measurer.width(text, CARD_TYPE.textSize, weight) <= width;
  let kept = line.trimEnd();
  while (kept.length > 0 && !fits(`${kept}…`)) kept = kept.slice(0, -1).trimEnd();
  return `${kept}…`;
}

/** Tag pills in rows (a flex row that wraps, 4px apart), under the text. */
function drawTags(
  tags: readonly string[],
  left: number,
  top: number,
  width: number,
  style: CardStyle,
  surface: string,
  measurer: TextMeasurer,
): { shapes: Shape[]; bottom: number } {
  if (tags.length === 0) return { shapes: [], bottom: top };
  const { tagSize, tagPaddingX, tagBorder, tagGap, tagsMarginTop } = CARD_TYPE;
  const height = normalLineHeight(tagSize, measurer) + 2 + 2 * tagBorder; // 1px padding above and below
  const shapes: Shape[] = [];
  let x = left;
  let y = top + tagsMarginTop;
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i];
    const pillWidth = Math.min(width, measurer.width(tag, tagSize, 500) + 2 * (tagPaddingX + tagBorder));
    if (x > left && x + pillWidth > left + width) {
      x = left;
      y = y + height + tagGap;
    }
    // A tag wider than the card (an OVA speaker id is a 40-character hash) is shortened with "…",
    // as the canvas shows it, and the whole tag is the pill's tooltip.
    const shown = shortenedToWidth(tag, pillWidth - 2 * (tagPaddingX + tagBorder), (part) =>
      measurer.width(part, tagSize, 500),
    );
    const pill: Shape[] = [
      {
        type: 'rect',
        x: x + tagBorder / 2,
        y: y + tagBorder / 2,
        width: pillWidth - tagBorder,
        height: height - tagBorder,
        rx: (height - tagBorder) / 2,
        fill: surface,
        stroke: style.border,
        strokeWidth: tagBorder,
      },
      {
        type: 'text',
        size: tagSize,
        weight: 500,
        fill: style.accent,
        lines: [
          measuredLine(
            measurer,
            shown,
            x + tagBorder + tagPaddingX,
            baselineIn(y + tagBorder + 1, height - 2 - 2 * tagBorder, tagSize, measurer),
            tagSize,
            500,
          ),
        ],
      },
    ];
    shapes.push(
      ...(shown === tag ? pill : [{ type: 'group', className: 'tag', tooltip: tag, children: pill } as const]),
    );
    x += pillWidth + tagGap;
  }
  return { shapes, bottom: y + height };
}
