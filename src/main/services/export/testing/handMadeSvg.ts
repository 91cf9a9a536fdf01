/**
 * A small SVG drawn the way the map renderer draws (a card with a kind tag and wrapped text in
 * tspans, a dashed support edge with an arrow marker), for tests of the PNG and PDF exports.
 */

/** The colours it uses, for looking for them in a rasterised export. */
export const HAND_MADE_COLOURS = {
  background: '#ffffff',
  cardFill: '#eef2ff',
  cardBorder: '#6366f1',
  tag: '#3730a3',
  ink: '#1f2937',
  support: '#15803d',
} as const;

/** Every text it sets, one entry per line (the last is Kazakh, in Cyrillic). */
export const HAND_MADE_TEXTS = ['THESIS', 'First line of text', 'second line', 'Қазақстан — бітімгер ел'] as const;

/** Its size in CSS pixels. */
export const HAND_MADE_SIZE = { width: 640, height: 400 } as const;

/** The card's box, in the drawing's user units (the viewBox starts at -32, -32). */
export const HAND_MADE_CARD = { x: 0.75, y: 0.75, width: 238.5, height: 100 } as const;

/** The edge: it starts at (120, 200) heading up and ends at (300, 100) heading up. */
export const HAND_MADE_EDGE = { start: [120, 200], end: [300, 100] } as const;

const escapeXml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The SVG; `background: false` leaves out the background rect (a transparent export),
 * `markerStart` adds the arrow at the edge's start too, `fontFace` puts CSS in a <style>.
 */
export function handMadeSvg(
  options: { background?: boolean; markerStart?: boolean; fontFace?: string; title?: string } = {},
): string {
  const { background = true, markerStart = false, fontFace, title = 'Map title' } = options;
  const c = HAND_MADE_COLOURS;
  const [tag, first, second, kazakh] = HAND_MADE_TEXTS.map(escapeXml);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="400" viewBox="-32 -32 640 400" font-family="Inter">
  <title>${escapeXml(title)}</title>
  <defs>${fontFace ? `\n    <style>${fontFace}</style>` : ''}
    <marker id="arrow-support" viewBox="-10 -10 20 20" markerWidth="18" markerHeight="18" markerUnits="strokeWidth" orient="auto-start-reverse" refX="0" refY="0"><polyline points="-5,-4 0,0 -5,4 -5,-4" fill="${c.support}" stroke="${c.support}" stroke-linecap="round" stroke-linejoin="round"/></marker>
  </defs>${background ? `\n  <rect x="-32" y="-32" width="640" height="400" fill="${c.background}"/>` : ''}
  <g><path d="M 120 200 C 120 150, 300 150, 300 100" fill="none" stroke="${c.support}" stroke-width="2" stroke-dasharray="8 5"${markerStart ? ' marker-start="url(#arrow-support)"' : ''} marker-end="url(#arrow-support)"/></g>
  <g><rect x="0.75" y="0.75" width="238.5" height="100" rx="8" fill="${c.cardFill}" stroke="${c.cardBorder}" stroke-width="1.5"/>
     <text font-size="11" font-weight="700" letter-spacing="0.66" fill="${c.tag}"><tspan x="15.5" y="20.5">${tag}</tspan></text>
     <text font-size="14" font-weight="600" fill="${c.ink}"><tspan x="15.5" y="46.6">${first}</tspan><tspan x="15.5" y="66.6">${second}</tspan><tspan x="15.5" y="86.6">${kazakh}</tspan></text></g>
</svg>`;
}
