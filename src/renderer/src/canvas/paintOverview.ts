import type { NodeId } from '../../../shared/model/ids';
import { NODE_KINDS, RELATION_KINDS } from '../../../shared/model/kinds';
import { currentTheme } from '../ui/theme';
import { themeProperties, type UiTheme } from '../ui/themeTokens';
import { NODE_WIDTH, type Size } from '../../../shared/layout/nodeSize';
import { TITLE_FONT_PX, TITLE_MIN_WIDTH_PX } from './levelOfDetail';
import type { Viewport } from './mapGeometry';
import type { OverviewScene } from './overviewScene';

/** What the overview marks on its blocks: the selection, find's matches, and what focus mode dims. */
export interface OverviewMarks {
  selected: ReadonlySet<NodeId>;
  matches: ReadonlySet<NodeId>;
  currentMatch: NodeId | null;
  /** In focus mode, the nodes in view of the focus; everything else is drawn faint. Null: none dimmed. */
  context: ReadonlySet<NodeId> | null;
}

const MATCH_STROKE = '#ca8a04';

/** A canvas cannot read CSS custom properties: the theme's colours, resolved once per theme. */
const palettes = new Map<UiTheme, Record<string, string>>();
function paletteNow(): Record<string, string> {
  const theme = currentTheme();
  let palette = palettes.get(theme);
  if (!palette) palettes.set(theme, (palette = themeProperties(theme)));
  return palette;
}
const DIMMED_ALPHA = 0.18;
const FONT = `600 ${TITLE_FONT_PX}px Inter, system-ui, sans-serif`;
const LINE_HEIGHT_PX = TITLE_FONT_PX + 2;
/** Inter at 11 px averages about 6 px a character: enough to cut a title to its block without measuring. */
const CHAR_WIDTH_PX = 6.2;

/**
 * Paints the overview: relations as thin lines (one path per kind), cards as blocks in their
 * kind's colour (one path per kind), marks around the selected and found ones, and titles once a
 * block is wide enough to hold a readable word. Only what lies in the pane is drawn.
 */
export function paintOverview(
  ctx: CanvasRenderingContext2D,
  scene: OverviewScene,
  viewport: Viewport,
  pane: Size,
  pixelRatio: number,
  marks: OverviewMarks,
): void {
  const { zoom } = viewport;
  const colours = paletteNow();
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, pane.width * pixelRatio, pane.height * pixelRatio);
  ctx.setTransform(pixelRatio * zoom, 0, 0, pixelRatio * zoom, pixelRatio * viewport.x, pixelRatio * viewport.y);
  // The part of the map in the pane, in map units.
  const left = -viewport.x / zoom;
  const top = -viewport.y / zoom;
  const right = left + pane.width / zoom;
  const bottom = top + pane.height / zoom;
  const onePixel = 1 / zoom;

  ctx.lineWidth = onePixel;
  for (const kind of RELATION_KINDS) {
    const lines = scene.lines[kind];
    ctx.beginPath();
    for (let i = 0; i < lines.length; i += 4) {
      const [x1, y1, x2, y2] = [lines[i], lines[i + 1], lines[i + 2], lines[i + 3]];
      if (Math.max(x1, x2) < left || Math.min(x1, x2) > right || Math.max(y1, y2) < top || Math.min(y1, y2) > bottom) {
        continue;
      }
      ctx.moveTo(x1, y1);
      ctx.lineTo(x2, y2);
    }
    ctx.strokeStyle = colours[`relation-${kind}`];
    ctx.globalAlpha = marks.context ? DIMMED_ALPHA : 0.7;
    ctx.stroke();
  }
  ctx.globalAlpha = 1;

  const { rects } = scene;
  const visible: number[] = [];
  for (let i = 0; i < scene.ids.length; i++) {
    const x = rects[i * 4];
    const y = rects[i * 4 + 1];
    if (x > right || y > bottom || x + rects[i * 4 + 2] < left || y + rects[i * 4 + 3] < top) continue;
    visible.push(i);
  }
  // Blocks big enough for a title are drawn as small cards (pale fill, kind border, title in the
  // kind's accent, which reads at AA contrast on that fill); smaller ones as solid blocks of the border colour.
  const titled = NODE_WIDTH * zoom >= TITLE_MIN_WIDTH_PX;
  const blocks = (dimmed: boolean): void => {
    for (const kind of NODE_KINDS) {
      ctx.beginPath();
      for (const i of visible) {
        if (scene.kinds[i] !== kind) continue;
        if (marks.context && marks.context.has(scene.ids[i]) === dimmed) continue;
        // At least a pixel each way: a tiny card must still show as a dot.
        ctx.rect(
          rects[i * 4],
          rects[i * 4 + 1],
          Math.max(rects[i * 4 + 2], onePixel),
          Math.max(rects[i * 4 + 3], onePixel),
        );
      }
      ctx.fillStyle = titled ? colours[`kind-${kind}-fill`] : colours[`kind-${kind}-border`];
      ctx.fill();
      if (titled) {
        ctx.strokeStyle = colours[`kind-${kind}-border`];
        ctx.lineWidth = onePixel;
        ctx.stroke();
      }
    }
  };
  if (marks.context) {
    ctx.globalAlpha = DIMMED_ALPHA;
    blocks(true);
    ctx.globalAlpha = 1;
  }
  blocks(false);

  // Marks are drawn a little outside the block, at least 2 px on screen, so a dot-sized card shows them.
  const ring = (i: number, colour: string, width: number): void => {
    const pad = (width + 1) / zoom;
    ctx.strokeStyle = colour;
    ctx.lineWidth = width / zoom;
    ctx.strokeRect(rects[i * 4] - pad, rects[i * 4 + 1] - pad, rects[i * 4 + 2] + 2 * pad, rects[i * 4 + 3] + 2 * pad);
  };
  for (const i of visible) {
    const id = scene.ids[i];
    if (marks.matches.has(id)) ring(i, MATCH_STROKE, id === marks.currentMatch ? 3 : 2);
    if (marks.selected.has(id)) ring(i, colours['ink-strong'], 2);
  }

  if (!titled) return;
  ctx.setTransform(pixelRatio, 0, 0, pixelRatio, 0, 0);
  ctx.font = FONT;
  ctx.textBaseline = 'top';
  for (const i of visible) {
    const width = rects[i * 4 + 2] * zoom;
    const height = rects[i * 4 + 3] * zoom;
    if (width < TITLE_MIN_WIDTH_PX || height < LINE_HEIGHT_PX + 4) continue;
    if (marks.context && !marks.context.has(scene.ids[i])) continue;
    const x = rects[i * 4] * zoom + viewport.x + 4;
    const y = rects[i * 4 + 1] * zoom + viewport.y + 3;
    ctx.fillStyle = colours[`kind-${scene.kinds[i]}-accent`];
    const lines = wrapTitle(
      scene.titles[i],
      Math.floor((width - 8) / CHAR_WIDTH_PX),
      Math.floor((height - 6) / LINE_HEIGHT_PX),
    );
    lines.forEach((line, n) => ctx.fillText(line, x, y + n * LINE_HEIGHT_PX));
  }
}

/** A title cut into at most `maxLines` lines of `perLine` characters, broken at spaces, "…" where it is cut. */
export function wrapTitle(title: string, perLine: number, maxLines: number): string[] {
  if (perLine < 3 || maxLines < 1) return [];
  const lines: string[] = [];
  let rest = title.replace(/\s+/g, ' ');
  while (rest && lines.length < maxLines) {
    if (rest.length <= perLine) {
      lines.push(rest);
      rest = '';
      break;
    }
    const cut = rest.lastIndexOf(' ', perLine);
    const end = cut > 0 ? cut : perLine;
    lines.push(rest.slice(0, end));
    rest = rest.slice(end).trimStart();
  }
  if (rest && lines.length > 0) {
    const last = lines[lines.length - 1];
    lines[lines.length - 1] = `${last.slice(0, Math.max(0, perLine - 1)).trimEnd()}…`;
  }
  return lines;
}
