import type { ArgumentMap } from '../model/argumentMap';
import type { NodeId, RelationId } from '../model/ids';
import { evaluateGrounded } from '../evaluation/grounded';
import { wholeMapOf } from '../model/mapParts';
import { statusLooks } from './statusDrawing';
import { NODE_KINDS, RELATION_KINDS } from '../model/kinds';
import { boundingBox, type Box } from '../layout/layoutMetrics';
import type { ExportOptions } from './exportOptions';
import type { Drawing, Shape } from './shapes';
import { DRAWING_THEMES } from './themes';
import { drawCard } from './cardDrawing';
import { drawRelations, markerOf } from './edgeDrawing';
import { drawLegend, drawTitle } from './legendDrawing';
import type { TextMeasurer } from './textMetrics';

/** What of the export options the drawing itself depends on. */
export type DrawingOptions = Pick<ExportOptions, 'theme' | 'padding' | 'legend' | 'title' | 'background'> &
  Partial<Pick<ExportOptions, 'statuses'>>;

const TITLE_GAP = 24;
const LEGEND_GAP = 32;

/**
 * The map drawn from the document, not the DOM: cards where the map places them, arrows as the
 * canvas draws them, and optionally the title above and a legend below. Every node of the map
 * given is drawn (scope the map first, see exportScope). Pure: the host measures the text.
 */
export function drawMap(map: ArgumentMap, options: DrawingOptions, measurer: TextMeasurer): Drawing {
  const theme = DRAWING_THEMES[options.theme];
  const boxes = new Map<NodeId, Box>();
  const cards: Shape[] = [];
  const cardBoxes: Box[] = [];
  const nodes = Object.values(map.nodes);
  // The whole map's statuses, when the map drawn is a part of it: an attack from outside still counts.
  const evaluation = options.statuses ? evaluateGrounded(wholeMapOf(map)) : null;
  const looks = evaluation ? statusLooks(options.theme, theme) : null;
  // The export shows the cards as the canvas does: shortened in the map's compact-cards view.
  const compact = map.meta.cards === 'compact';
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    const status = evaluation?.nodes.get(node.id);
    const shown = status && looks ? { status, look: looks[status] } : undefined;
    const card = drawCard(node, theme.nodes[node.kind], theme.ink, theme.surface, measurer, compact, shown);
    boxes.set(node.id, card.box);
    cardBoxes.push(card.box);
    cards.push(card.shape);
  }
  const failing = new Set<RelationId>();
  if (evaluation) for (const [id, status] of evaluation.relations) if (status === 'fails') failing.add(id);
  const relations = drawRelations(map, boxes, theme, measurer, failing);
  const mapBox = boundsOf(cardBoxes, relations.extents);
  const shapes: Shape[] = [
    { type: 'group', className: 'relations', children: relations.edges },
    { type: 'group', className: 'junctions', children: relations.junctions },
    { type: 'group', className: 'nodes', children: cards },
  ];
  const extents: Box[] = [mapBox];
  const markers = [...relations.markers];
  if (options.title && map.meta.title.trim()) {
    const title = drawTitle(map.meta, mapBox.x, mapBox.y - TITLE_GAP, theme, measurer);
    shapes.push(...title.shapes);
    extents.push(title.box);
  }
  if (options.legend && boxes.size > 0) {
    const used = new Set(Object.values(map.nodes).map((node) => node.kind));
    const usedRelations = new Set(Object.values(map.relations).map((relation) => relation.kind));
    const linked = Object.values(map.relations).some((relation) => relation.from.length > 1);
    const legend = drawLegend(
      NODE_KINDS.filter((kind) => used.has(kind)),
      RELATION_KINDS.filter((kind) => usedRelations.has(kind)),
      linked,
      { x: mapBox.x, y: mapBox.y + mapBox.height + LEGEND_GAP, maxWidth: Math.max(mapBox.width, 480) },
      theme,
      measurer,
    );
    shapes.push(...legend.shapes);
    extents.push(legend.box);
    for (const kind of usedRelations) {
      const marker = markerOf(theme, kind);
      if (!markers.some((known) => known.id === marker.id)) markers.push(marker);
    }
  }
  const content = boundingBox(extents);
  const pad = options.padding;
  const viewBox = {
    x: Math.floor(content.x - pad),
    y: Math.floor(content.y - pad),
    width: Math.ceil(content.width + 2 * pad),
    height: Math.ceil(content.height + 2 * pad),
  };
  return {
    title: map.meta.title,
    viewBox: { ...viewBox, width: Math.max(1, viewBox.width), height: Math.max(1, viewBox.height) },
    background: options.background === 'solid' ? theme.background : undefined,
    markers,
    shapes,
  };
}

/**
 * boundingBox of the boxes in both lists, the same arithmetic without first spreading a large
 * map's thousands of boxes into one array.
 */
function boundsOf(first: readonly Box[], second: readonly Box[]): Box {
  const bounds = { left: Infinity, top: Infinity, right: -Infinity, bottom: -Infinity };
  const add = (b: Box): void => {
    bounds.left = Math.min(bounds.left, b.x);
    bounds.top = Math.min(bounds.top, b.y);
    bounds.right = Math.max(bounds.right, b.x + b.width);
    bounds.bottom = Math.max(bounds.bottom, b.y + b.height);
  };
  for (let i = 0; i < first.length; i++) add(first[i]);
  for (let i = 0; i < second.length; i++) add(second[i]);
  const { left, top, right, bottom } = bounds;
  return left === Infinity
    ? { x: 0, y: 0, width: 0, height: 0 }
    : { x: left, y: top, width: right - left, height: bottom - top };
}
