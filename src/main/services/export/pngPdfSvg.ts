/**
 * SVG surgery for the PNG export. The SVG comes from our own renderer, so it is
 * well-formed XML: a tag can be found with a pattern that skips quoted attribute values.
 */

/** One start tag (`<name attributes>` or `<name attributes/>`); group 1 is the name. */
const START_TAG = (name: string): RegExp => new RegExp(`<(${name})\\b(?:[^>"']|"[^"]*"|'[^']*')*>`, 'g');

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** An attribute's raw value in a start tag, or undefined when the tag does not have it. */
export function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${escapeRegExp(name)}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return match ? (match[1] ?? match[2]) : undefined;
}

/** The start tag with the attribute set (replaced where present, else added after the name). */
export function setAttribute(tag: string, name: string, value: string): string {
  const existing = new RegExp(`(\\s${escapeRegExp(name)}\\s*=\\s*)(?:"[^"]*"|'[^']*')`);
  if (existing.test(tag)) return tag.replace(existing, (_, head: string) => `${head}"${value}"`);
  return tag.replace(/^<[\w:.-]+/, (open) => `${open} ${name}="${value}"`);
}

/** The start tag without the attribute. */
export const removeAttribute = (tag: string, name: string): string =>
  tag.replace(new RegExp(`\\s${escapeRegExp(name)}\\s*=\\s*(?:"[^"]*"|'[^']*')`, 'g'), '');

/** The root `<svg …>` start tag. */
export function rootTag(svg: string): string {
  const root = START_TAG('svg').exec(svg)?.[0];
  if (!root) throw new Error('not an SVG document: no <svg> element');
  return root;
}

/** The SVG with its root start tag replaced. */
export const withRootTag = (svg: string, edit: (root: string) => string): string =>
  svg.replace(rootTag(svg), (root) => edit(root));

const cssPixels = (value: string | undefined): number | undefined => {
  const match = value === undefined ? null : /^\s*(\d*\.?\d+(?:e[+-]?\d+)?)\s*(?:px)?\s*$/i.exec(value);
  return match ? Number(match[1]) : undefined;
};

/** The viewBox's four numbers, when it has four. */
export function viewBoxOf(tag: string): [number, number, number, number] | undefined {
  const numbers = attribute(tag, 'viewBox')
    ?.trim()
    .split(/[\s,]+/)
    .map(Number);
  return numbers?.length === 4 && numbers.every(Number.isFinite)
    ? (numbers as [number, number, number, number])
    : undefined;
}

/** The drawing's size in CSS pixels, from the root's width and height (or else its viewBox). */
export function svgSize(svg: string): { width: number; height: number } {
  const root = rootTag(svg);
  const viewBox = viewBoxOf(root);
  const width = cssPixels(attribute(root, 'width')) ?? viewBox?.[2];
  const height = cssPixels(attribute(root, 'height')) ?? viewBox?.[3];
  if (!(width && height && width > 0 && height > 0)) throw new Error('the SVG has no usable width and height');
  return { width, height };
}

/** A marker's reference point, in its own coordinates (SVG 2 also allows left/center/right…). */
function refPoint(tag: string, box: [number, number, number, number]): [number, number] {
  const coordinate = (name: 'refX' | 'refY', start: number, length: number, low: string, high: string): number => {
    const value = attribute(tag, name)?.trim() ?? '0';
    if (value === low) return start;
    if (value === 'center') return start + length / 2;
    if (value === high) return start + length;
    return Number.parseFloat(value) || 0;
  };
  return [coordinate('refX', box[0], box[2], 'left', 'right'), coordinate('refY', box[1], box[3], 'top', 'bottom')];
}

const MARKER = /<marker\b(?:[^>"']|"[^"]*"|'[^']*')*>[\s\S]*?<\/marker>/g;

/**
 * The SVG with `orient="auto-start-reverse"` (SVG 2) spelt in SVG 1.1, which is all that resvg
 * 2.6 understands (it draws such a marker unrotated): the marker becomes
 * `orient="auto"`, and where it is a start marker, the start refers to a copy turned half round
 * its reference point, which is what the reverse means.
 */
export function withReversedMarkers(svg: string): string {
  const reversedIds = new Set<string>();
  let result = svg.replace(MARKER, (marker) => {
    const open = START_TAG('marker').exec(marker)![0];
    if (attribute(open, 'orient')?.trim() !== 'auto-start-reverse') return marker;
    const id = attribute(open, 'id');
    const forward = marker.replace(open, setAttribute(open, 'orient', 'auto'));
    if (
      !id ||
      !new RegExp(`marker-start\\s*[=:]\\s*["']?\\s*url\\(\\s*['"]?#${escapeRegExp(id)}['"]?\\s*\\)`).test(svg)
    )
      return forward;
    reversedIds.add(id);
    // Turned half round the reference point, the drawing lies in the viewBox mirrored through it.
    const width = Number.parseFloat(attribute(open, 'markerWidth') ?? '3') || 3;
    const height = Number.parseFloat(attribute(open, 'markerHeight') ?? '3') || 3;
    const box = viewBoxOf(open) ?? [0, 0, width, height];
    const [rx, ry] = refPoint(open, box);
    const mirrored = [2 * rx - box[0] - box[2], 2 * ry - box[1] - box[3], box[2], box[3]].join(' ');
    let reversedOpen = setAttribute(setAttribute(open, 'orient', 'auto'), 'id', `${id}--start`);
    reversedOpen = setAttribute(reversedOpen, 'viewBox', mirrored);
    const body = marker.slice(open.length, marker.length - '</marker>'.length);
    return `${forward}${reversedOpen}<g transform="rotate(180 ${rx} ${ry})">${body}</g></marker>`;
  });
  for (const id of reversedIds) {
    const reference = new RegExp(
      `(marker-start\\s*[=:]\\s*["']?\\s*url\\(\\s*['"]?#)${escapeRegExp(id)}(['"]?\\s*\\))`,
      'g',
    );
    result = result.replace(reference, `$1${id}--start$2`);
  }
  return result;
}
