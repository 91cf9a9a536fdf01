/**
 * The size of an exported SVG in CSS pixels, from its root's width and height (or else its
 * viewBox): for tests and benchmarks that read the files an export wrote.
 */
export function svgSize(svg: string): { width: number; height: number } {
  const root = /<svg\b(?:[^>"']|"[^"]*"|'[^']*')*>/.exec(svg)?.[0];
  if (!root) throw new Error('not an SVG document: no <svg> element');
  const attribute = (name: string): string | undefined => {
    const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(root);
    return match ? (match[1] ?? match[2]) : undefined;
  };
  const pixels = (value: string | undefined): number | undefined => {
    const match = value === undefined ? null : /^\s*(\d*\.?\d+(?:e[+-]?\d+)?)\s*(?:px)?\s*$/i.exec(value);
    return match ? Number(match[1]) : undefined;
  };
  const viewBox = attribute('viewBox')
    ?.trim()
    .split(/[\s,]+/)
    .map(Number);
  const width = pixels(attribute('width')) ?? viewBox?.[2];
  const height = pixels(attribute('height')) ?? viewBox?.[3];
  if (!(width && height && width > 0 && height > 0)) throw new Error('the SVG has no usable width and height');
  return { width, height };
}
