import { describe, expect, it } from 'vitest';
import { planDirectDrawing, STAND_IN_PREFIX, type DirectItem } from './pdfDirect';
import { markerPoints } from './pdfDirectGeometry';
import { pdfFontName } from './pdfFonts';
import { withReversedMarkers } from './pngPdfSvg';
import { handMadeSvg } from './testing/handMadeSvg';

const svgOf = (body: string, root = '') =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"${root}>${body}</svg>`;
const standIns = (svg: string): number => svg.split(STAND_IN_PREFIX).length - 1;
const only = (body: string, root = ''): DirectItem => {
  const plan = planDirectDrawing(svgOf(body, root));
  expect(plan.runs).toHaveLength(1);
  expect(plan.runs[0]).toHaveLength(1);
  return plan.runs[0][0];
};

describe('planDirectDrawing', () => {
  it('draws the map renderer’s shapes, text and arrowheads directly, in one run', () => {
    // As svgToPdf hands it over: auto-start-reverse spelt as SVG 1.1's auto.
    const plan = planDirectDrawing(withReversedMarkers(handMadeSvg()));
    expect(plan.runs).toHaveLength(1);
    expect(standIns(plan.svg)).toBe(1);
    expect(plan.svg).not.toMatch(/<(?:rect|path|text|tspan|g)\b/);
    expect(plan.svg).toContain('<marker id="arrow-support"');
    const [background, edge, card, tag, body] = plan.runs[0];
    expect(background).toMatchObject({ kind: 'rect', x: -32, y: -32, width: 640, height: 400, rx: 0 });
    expect(edge).toMatchObject({ kind: 'path', stroke: { width: 2, dash: [8, 5], color: [0x15, 0x80, 0x3d] } });
    // The arrowhead: at the end (300, 100), turned to point up, 2× (the stroke width).
    const [marker] = edge.kind === 'path' ? edge.markers! : [];
    expect(marker.matrix.map((n) => Math.round(n * 1000) / 1000)).toEqual([0, -2, 2, 0, 300, 100]);
    expect(marker.clip).toEqual({ x: -9, y: -9, width: 18, height: 18 });
    expect(marker.inner).toEqual([0.9, 0, 0, 0.9, 0, 0]);
    expect(marker.items).toMatchObject([{ kind: 'path', d: 'M-5 -4 L0 0 L-5 4 L-5 -4' }]);
    expect(card).toMatchObject({ kind: 'rect', rx: 8, ry: 8, fill: { color: [0xee, 0xf2, 0xff] } });
    expect(tag).toMatchObject({ kind: 'text', font: pdfFontName(700), size: 11, letterSpacing: 0.66 });
    expect(body).toMatchObject({
      kind: 'text',
      font: pdfFontName(600),
      anchor: 'start',
      lines: [
        { x: 15.5, y: 46.6, text: 'First line of text' },
        { x: 15.5, y: 66.6, text: 'second line' },
        { x: 15.5, y: 86.6, text: 'Қазақстан — бітімгер ел' },
      ],
    });
  });

  it('keeps the painting order: an element svg-to-pdfkit draws ends a run, and runs go on inside it', () => {
    const plan = planDirectDrawing(
      svgOf(
        '<rect width="1" height="1"/><g transform="scale(2)"><rect width="2" height="2"/></g><rect width="3" height="3"/>',
      ),
    );
    expect(plan.runs.map((run) => run.map((item) => item.kind === 'rect' && item.width))).toEqual([[1], [2], [3]]);
    expect(plan.svg.replace(/<image href="argmap-direct:(\d)"[^>]*>/g, '[$1]')).toBe(
      svgOf('[0]<g transform="scale(2)">[1]</g>[2]'),
    );
  });

  it.each([
    ['a transform', '<rect width="5" height="5" transform="rotate(5)"/>'],
    ['opacity', '<rect width="5" height="5" opacity="0.5"/>'],
    ['an id (something may refer to it)', '<rect id="r" width="5" height="5"/>'],
    ['a colour keyword it does not know', '<rect width="5" height="5" fill="red"/>'],
    ['a gradient', '<rect width="5" height="5" fill="url(#g)"/>'],
    ['a length in other units', '<rect width="5mm" height="5"/>'],
    ['an unknown attribute', '<rect width="5" height="5" vector-effect="non-scaling-stroke"/>'],
    ['a circle', '<circle r="5"/>'],
    ['per-character positions', '<text x="1 2 3" y="1">abc</text>'],
    ['dx', '<text x="1" y="1" dx="2">abc</text>'],
    ['a styled tspan', '<text><tspan x="1" y="1" fill="#f00">abc</tspan></text>'],
    ['a tspan without a position', '<text x="1" y="1"><tspan>abc</tspan></text>'],
    ['italic text', '<text x="1" y="1" font-style="italic">abc</text>'],
    ['stroked text', '<text x="1" y="1" stroke="#000">abc</text>'],
    ['a missing marker', '<path d="M0 0 L9 9" marker-end="url(#nowhere)"/>'],
    ['an arc', '<path d="M0 0 A5 5 0 0 1 9 9" stroke="#000"/>'],
    ['a quadratic curve', '<path d="M0 0 Q5 5 9 0 T 18 0" stroke="#000"/>'],
    ['a smooth curve', '<path d="M0 0 L5 5 S9 0 18 0" stroke="#000"/>'],
    ['a marker on an arc', '<defs><marker id="m"/></defs><path d="M0 0 A5 5 0 0 1 9 9" marker-end="url(#m)"/>'],
    [
      'a transformed marker',
      '<defs><marker id="m"><g transform="scale(2)"/></marker></defs><path d="M0 0 L9 9" marker-end="url(#m)"/>',
    ],
    ['a style the two would read apart', '<rect width="5" height="5" style="fill: url(a:b)"/>'],
  ])('leaves svg-to-pdfkit an element with %s', (_, element) => {
    const plan = planDirectDrawing(svgOf(element));
    expect(plan.runs).toEqual([]);
    expect(plan.svg).toBe(svgOf(element));
  });

  it('leaves the whole SVG to svg-to-pdfkit when CSS or <use> could restyle or repeat a run', () => {
    for (const body of [
      '<style>rect { fill: red }</style><rect width="5" height="5"/>',
      '<rect width="5" height="5"/><use href="#x"/>',
      '<rect width="5" height="5"', // not well-formed
    ]) {
      expect(planDirectDrawing(svgOf(body))).toEqual({ svg: svgOf(body), runs: [] });
    }
    // @font-face rules style nothing.
    const fonts = '<style>/* Inter */ @font-face { font-family: Inter; src: url(data:x) }</style>';
    expect(planDirectDrawing(svgOf(`${fonts}<rect width="5" height="5"/>`)).runs).toHaveLength(1);
  });

  it('inherits paint and font properties as svg-to-pdfkit does, style over attribute', () => {
    expect(
      only(
        '<g stroke="#f00" stroke-width="3" stroke-dasharray="1,2,3"><rect width="5" height="5"/></g>',
        ' fill="#00f"',
      ),
    ).toMatchObject({
      fill: { color: [0, 0, 255], opacity: 1 },
      stroke: { color: [255, 0, 0], width: 3, dash: [1, 2, 3, 1, 2, 3] },
    });
    expect(only('<rect width="5" height="5" fill="#0f0" style="fill: inherit"/>', ' fill="#00f"')).toMatchObject({
      fill: { color: [0, 0, 255] },
    });
    // Neither fill nor a stroke with a width: nothing to draw.
    expect(planDirectDrawing(svgOf('<rect width="5" height="5" fill="none" stroke-width="0" stroke="#000"/>'))).toEqual(
      {
        svg: svgOf(''),
        runs: [],
      },
    );
    const font = (group: string) => {
      const item = only(`<g ${group}><text x="0" y="9">a</text></g>`, ' font-weight="bold" font-family="Inter"');
      return item.kind === 'text' && item.font;
    };
    expect(font('')).toBe(pdfFontName(700));
    expect(font('font-weight="lighter"')).toBe(pdfFontName(400));
    expect(font('style="font-weight: 500"')).toBe(pdfFontName(500));
    expect(font('font-weight="550"')).toBe(pdfFontName(700)); // not a weight svg-to-pdfkit reads
  });

  it('collapses white space across a text’s lines as svg-to-pdfkit does, and anchors them', () => {
    const item = only(
      '<text text-anchor="middle" font-size="12px"><tspan x="0" y="0">  a  b </tspan><tspan x="0" y="9"> c &amp;\n</tspan></text>',
    );
    expect(item).toMatchObject({
      kind: 'text',
      anchor: 'middle',
      size: 12,
      lines: [{ text: 'a b ' }, { text: 'c &' }],
    });
  });

  it('drops what draws nothing: titles, hidden or undisplayed elements, empty shapes', () => {
    const plan = planDirectDrawing(
      svgOf(
        '<title>t</title><rect width="0" height="5"/><rect width="5" height="5" display="none"/>' +
          '<g visibility="hidden"><text x="0" y="0">a</text></g><text x="0" y="0"> </text>',
      ),
    );
    expect(plan).toEqual({ svg: svgOf(''), runs: [] });
  });
});

describe('markerPoints', () => {
  const round = (points: ReturnType<typeof markerPoints>) =>
    points && [points.start, points.end].map((p) => p.map((n) => Math.round(n * 1000) / 1000));

  it('finds the ends of lines and curves and the direction there', () => {
    expect(round(markerPoints('M0,0 L10,0'))).toEqual([
      [0, 0, 0],
      [10, 0, 0],
    ]);
    const up = Math.round((-Math.PI / 2) * 1000) / 1000;
    expect(round(markerPoints('M 120 200 C 120 150, 300 150, 300 100'))).toEqual([
      [120, 200, up],
      [300, 100, up],
    ]);
    // A control point on the end point: the direction between the control points.
    expect(round(markerPoints('M0 0 C 10 0 10 10 10 10'))?.[1]).toEqual([10, 10, 1.571]);
    expect(round(markerPoints('m1 1 l 2 0 v 3'))).toEqual([
      [1, 1, 0],
      [3, 4, 1.571],
    ]);
    expect(round(markerPoints('M0 0 5 0 H-5'))?.[1]).toEqual([-5, 0, 3.142]);
  });

  it.each(['M0 0 A1 1 0 0 1 2 2', 'M0 0 L1 1 Z', 'M0 0 L1 1 M2 2 L3 3', 'L1 1', 'M0 0 L1', 'M0 0', 'M0 0 Q1 1 2 2'])(
    'leaves %s to svg-to-pdfkit',
    (d) => {
      expect(markerPoints(d)).toBeUndefined();
    },
  );
});
