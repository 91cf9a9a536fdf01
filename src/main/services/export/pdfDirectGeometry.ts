/** A point on a path and the direction there, in radians (as svg-to-pdfkit places a marker). */
export type PathPoint = readonly [x: number, y: number, angle: number];

const TOKEN = /\s*,?\s*(?:([MmLlHhVvCc])|([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?))/y;
const ARGUMENTS: Record<string, number> = { M: 2, L: 2, H: 1, V: 1, C: 6 };
const same = (a: number, b: number): boolean => Math.abs(a - b) < 1e-10;

/**
 * Where markers go on a path of one subpath made of lines and cubic curves: its start and end
 * points with the direction svg-to-pdfkit gives them (a curve whose control point sits on its
 * end point takes the direction between the control points). Undefined for any other path
 * (arcs, quadratics, closed or several subpaths), which svg-to-pdfkit then draws.
 */
export function markerPoints(d: string): { start: PathPoint; end: PathPoint } | undefined {
  /** Each segment as [x0, y0, x1, y1] (a line) or [x0, y0, c1x, c1y, c2x, c2y, x1, y1] (a curve). */
  const segments: number[][] = [];
  let started = false;
  let command = '';
  let args: number[] = [];
  let x = 0;
  let y = 0;
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < d.length) {
    const at = TOKEN.lastIndex;
    const match = TOKEN.exec(d);
    if (!match) {
      if (d.slice(at).trim()) return;
      break;
    }
    if (match[1]) {
      if (args.length || (match[1].toUpperCase() === 'M') === started) return;
      command = match[1];
      continue;
    }
    args.push(Number(match[2]));
    const upper = command.toUpperCase();
    if (!upper || args.length < ARGUMENTS[upper]) continue;
    const ox = command === upper ? 0 : x;
    const oy = command === upper ? 0 : y;
    if (upper === 'M') {
      x = ox + args[0];
      y = oy + args[1];
      started = true;
      // Further pairs after a moveto are linetos.
      command = command === 'm' ? 'l' : 'L';
    } else {
      const to =
        upper === 'L'
          ? [ox + args[0], oy + args[1]]
          : upper === 'H'
            ? [ox + args[0], y]
            : upper === 'V'
              ? [x, oy + args[0]]
              : args.map((n, i) => n + (i % 2 ? oy : ox));
      segments.push([x, y, ...to]);
      x = to[to.length - 2];
      y = to[to.length - 1];
    }
    args = [];
  }
  if (args.length || !segments.length) return;
  return { start: startOf(segments[0]), end: endOf(segments[segments.length - 1]) };
}

function startOf(s: number[]): PathPoint {
  if (s.length === 4) return [s[0], s[1], Math.atan2(s[3] - s[1], s[2] - s[0])];
  const [x0, y0, c1x, c1y, c2x, c2y] = s;
  const angle = same(x0, c1x) && same(y0, c1y) ? Math.atan2(c2y - c1y, c2x - c1x) : Math.atan2(c1y - y0, c1x - x0);
  return [x0, y0, angle];
}

function endOf(s: number[]): PathPoint {
  if (s.length === 4) return [s[2], s[3], Math.atan2(s[3] - s[1], s[2] - s[0])];
  const [, , c1x, c1y, c2x, c2y, x1, y1] = s;
  const angle = same(c2x, x1) && same(c2y, y1) ? Math.atan2(c2y - c1y, c2x - c1x) : Math.atan2(y1 - c2y, x1 - c2x);
  return [x1, y1, angle];
}
