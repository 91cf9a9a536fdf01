import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser, type Element } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { loadSampleMap } from '../../../../scripts/sampleFiles';
import { DEFAULT_EXPORT_OPTIONS, EXPORT_THEMES, type ExportOptions } from '../../../shared/render/exportOptions';
import { generatedArgumentTree } from '../../../shared/testing/generatedMaps';
import { tinyMap } from '../../../shared/testing/tinyMap';
import type { ArgumentMap } from '../../../shared/model/argumentMap';
import { fontsDirIn, loadExportFonts } from './exportFonts';
import { renderMapSvg, renderMapSvgFile } from './renderSvg';
import { drawMap } from '../../../shared/render/drawMap';
import { textShapes } from '../../../shared/render/shapes';
import type { FontWeight } from '../../../shared/render/textMetrics';
import { decodePng } from './testing/pngPixels';
import { rasterSvg } from './testing/svgRaster';
import pixelmatch from 'pixelmatch';

const fonts = loadExportFonts(fontsDirIn(join(import.meta.dirname, '../../../../resources')));
const GOLDEN_DIR = join(import.meta.dirname, 'golden');
const options = (changes: Partial<ExportOptions> = {}): ExportOptions => ({ ...DEFAULT_EXPORT_OPTIONS, ...changes });

/** Parses strictly: any XML error fails the test. */
function parseSvg(svg: string): Element {
  const errors: string[] = [];
  const document = new DOMParser({
    onError: (level, message) => void (level !== 'warning' && errors.push(`${level}: ${message}`)),
  }).parseFromString(svg, 'image/svg+xml');
  expect(errors).toEqual([]);
  return document.documentElement as Element;
}

const elements = (root: Element, tag: string): Element[] => Array.from(root.getElementsByTagName(tag)) as Element[];
const squash = (text: string): string => text.replace(/\s+/g, '');

/** Each node's text as drawn: the tspans of its card's body, joined. */
function drawnTexts(root: Element): string[] {
  return elements(root, 'g')
    .filter((g) => /\bnode\b/.test(g.getAttribute('class') ?? ''))
    .map((g) =>
      elements(g, 'text')
        .filter((text) => text.getAttribute('font-size') === '14')
        .map((text) => text.textContent ?? '')
        .join(''),
    );
}

describe('renderMapSvg', () => {
  it('writes the sample as well-formed SVG with every node’s text, and nothing external', async () => {
    const map = loadSampleMap();
    const { svg } = await renderMapSvg(map, options(), fonts);
    const root = parseSvg(svg);
    expect(root.tagName).toBe('svg');
    expect(root.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(svg).not.toMatch(/foreignObject/i);
    // References only to the document itself (#arrow-…) or to data embedded in it (the font).
    for (const reference of svg.matchAll(/(?:href|src)\s*=\s*["']?([^"'\s>]+)|url\(\s*['"]?([^)'"]+)/g)) {
      expect(reference[1] ?? reference[2]).toMatch(/^(#|data:)/);
    }
    const drawn = drawnTexts(root).map(squash).sort();
    expect(drawn).toEqual(
      Object.values(map.nodes)
        .map((node) => squash(node.text))
        .sort(),
    );
  });

  it('sizes the viewBox to hold every card, arrow and the padding', async () => {
    const map = loadSampleMap();
    const { svg, size } = await renderMapSvg(map, options({ padding: 40, legend: false, title: false }), fonts);
    const root = parseSvg(svg);
    const [x, y, width, height] = (root.getAttribute('viewBox') ?? '').split(' ').map(Number);
    expect({ width, height }).toEqual(size);
    expect(root.getAttribute('width')).toBe(String(width));
    const nodes = Object.values(map.nodes);
    const left = Math.min(...nodes.map((n) => n.position.x));
    const top = Math.min(...nodes.map((n) => n.position.y));
    expect(x).toBeLessThanOrEqual(left - 40);
    expect(y).toBeLessThanOrEqual(top - 40);
    for (const rect of elements(root, 'rect')) {
      const [rx, ry, rw, rh] = ['x', 'y', 'width', 'height'].map((a) => Number(rect.getAttribute(a)));
      expect(rx >= x && ry >= y && rx + rw <= x + width && ry + rh <= y + height, `${rx},${ry} ${rw}×${rh}`).toBe(true);
    }
    // Tight: the padding and no more (to the pixel the viewBox is rounded out to).
    expect(x).toBeGreaterThan(left - 40 - 2);
  });

  it('embeds a subset of Inter for the text it uses, or draws outlines with no text or font at all', async () => {
    const map = tinyMap();
    const embedded = await renderMapSvg(map, options(), fonts);
    expect(embedded.svg).toMatch(/@font-face\{font-family:'Inter';font-weight:700;/);
    expect(embedded.svg).toMatch(
      /src:url\(data:font\/woff2;base64,[A-Za-z0-9+/=]{200,}\) format\('woff2'\);unicode-range:U\+0000-00FF,/,
    );
    const outlined = await renderMapSvg(map, options({ textAs: 'outlines' }), fonts);
    const root = parseSvg(outlined.svg);
    expect(elements(root, 'text')).toHaveLength(0);
    // Each card still says what it says, in its group's title.
    expect(elements(root, 'title').map((t) => t.textContent)).toContain('Thesis: We should walk to work.');
    expect(outlined.svg).not.toMatch(/@font-face/);
    expect(elements(root, 'path').length).toBeGreaterThan(10);
    const plain = await renderMapSvg(map, options(), fonts, { embedFont: false });
    expect(plain.svg).not.toMatch(/@font-face/);
  });

  it('embeds only the pieces of the font the text needs: Latin always, Cyrillic for Kazakh or Russian text', async () => {
    const latin = (await renderMapSvg(tinyMap(), options({ legend: false, title: false }), fonts)).svg;
    const cyrillicRange = /unicode-range:U\+0301,U\+0400-045F/;
    expect(latin).not.toMatch(cyrillicRange);
    const map = tinyMap();
    const [thesis] = Object.values(map.nodes);
    map.nodes[thesis.id] = { ...thesis, text: 'Қазақстан — делдал' };
    const kazakh = (await renderMapSvg(map, options({ legend: false, title: false }), fonts)).svg;
    expect(kazakh).toMatch(cyrillicRange);
    // The thesis is semibold: only that weight needs the Cyrillic letters.
    expect(kazakh.match(/font-weight:600;[^}]*U\+0301,U\+0400-045F/g)).toHaveLength(1);
    expect(kazakh).not.toMatch(/font-weight:400;[^}]*U\+0301,U\+0400-045F/);
  });

  it('embeds the font rules the characters of each weight need, in the order the weights first appear', async () => {
    const map = loadSampleMap();
    const [first, second] = Object.values(map.nodes);
    map.nodes[first.id] = { ...first, text: 'Қазақстан — Ελλάδα — Việt Nam \u{1F600} \ud800' };
    map.nodes[second.id] = { ...second, tags: ['Ţară', 'страна'] };
    // The rules as gathering every character one string at a time finds them.
    const usage = new Map<FontWeight, Set<string>>();
    for (const shape of textShapes(drawMap(map, options(), fonts.measurer).shapes)) {
      const seen = usage.get(shape.weight) ?? new Set<string>();
      usage.set(shape.weight, seen);
      for (const line of shape.lines) for (const char of line.text) seen.add(char);
    }
    const css = await fonts.fontFaceCss(new Map([...usage].map(([weight, chars]) => [weight, [...chars].join('')])));
    const { svg } = await renderMapSvg(map, options(), fonts);
    expect(svg).toContain(`<style>${css}</style>`);
    expect(css.match(/unicode-range/g)?.length).toBeGreaterThan(8);
  });

  it('draws outlined text where the font would draw it: the two rasterise alike', async () => {
    const sample = loadSampleMap();
    const asText = await renderMapSvg(sample, options(), fonts, { embedFont: false });
    const asOutlines = await renderMapSvg(sample, options({ textAs: 'outlines' }), fonts);
    const glyphCount = [...asText.svg.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)]
      .map((m) => m[1].replace(/&[a-z]+;/g, '_').replace(/\s/g, '').length)
      .reduce((a, b) => a + b, 0);
    expect(elements(parseSvg(asOutlines.svg), 'use')).toHaveLength(glyphCount);
    const raster = (svg: string): Buffer => decodePng(rasterSvg(svg, fonts, 1)).data;
    const [text, outlines] = [raster(asText.svg), raster(asOutlines.svg)];
    const differing = pixelmatch(text, outlines, undefined, asText.size.width, asText.size.height, { threshold: 0.1 });
    expect(differing / (asText.size.width * asText.size.height)).toBeLessThan(0.002);
  });

  it('draws the kinds and relations in the theme’s colours and dashes, with the arrowheads in defs', async () => {
    const light = await renderMapSvg(tinyMap(), options({ legend: false }), fonts, { embedFont: false });
    expect(light.svg).toContain('fill="#eef2ff" stroke="#6366f1" stroke-width="2.5"'); // the thesis card
    expect(light.svg).toMatch(
      /stroke="#b91c1c" stroke-width="2" stroke-dasharray="8 5" marker-end="url\(#arrow-attack\)"/,
    );
    expect(light.svg).toMatch(/<defs>[\s\S]*<marker id="arrow-support"[\s\S]*<\/defs>/);
    expect(light.svg).toMatch(/<marker id="arrow-undercut"[^>]*><polyline points="-5,-4 0,0 -5,4" fill="none"/);
    const dark = await renderMapSvg(tinyMap(), options({ theme: 'dark' }), fonts, { embedFont: false });
    expect(dark.svg).toContain('fill="#111827"'); // the background
    const transparent = await renderMapSvg(tinyMap(), options({ background: 'transparent' }), fonts, {
      embedFont: false,
    });
    expect(transparent.svg).not.toMatch(/<rect[^>]*fill="#ffffff"\/>\n<g class="relations"/);
  });

  it('adds the title above and a legend of the kinds used below, only when asked', async () => {
    const map: ArgumentMap = {
      ...tinyMap(),
      meta: { title: 'Walk & <talk>', author: 'A. Author', date: '2026-11-28' },
    };
    const both = parseSvg((await renderMapSvg(map, options(), fonts, { embedFont: false })).svg);
    const texts = elements(both, 'text').map((t) => t.textContent);
    expect(texts).toContain('Walk & <talk>');
    expect(texts).toContain('A. Author · 2026-11-28');
    expect(texts).toEqual(expect.arrayContaining(['LEGEND', 'Thesis', 'Reason', 'Objection', 'Rebuttal', 'Supports']));
    expect(texts).not.toContain('Recommendation'); // no recommendation on this map
    const neither = parseSvg(
      (await renderMapSvg(map, options({ title: false, legend: false }), fonts, { embedFont: false })).svg,
    );
    const plainTexts = elements(neither, 'text').map((t) => t.textContent);
    expect(plainTexts).not.toContain('Walk & <talk>');
    expect(plainTexts).not.toContain('LEGEND');
    // The document's own <title> still names the map, for screen readers and file browsers.
    expect(elements(neither, 'title')[0].textContent).toBe('Walk & <talk>');
  });

  it('escapes text and drops characters XML cannot hold', async () => {
    const map = tinyMap();
    const first = Object.values(map.nodes)[0];
    const odd: ArgumentMap = {
      ...map,
      nodes: { ...map.nodes, [first.id]: { ...first, text: 'a < b && "c" \u0007 done' } },
    };
    const { svg } = await renderMapSvg(odd, options(), fonts, { embedFont: false });
    parseSvg(svg);
    expect(svg).toContain('a &lt; b &amp;&amp; &quot;c&quot; \ufffd done');
  });

  it('wraps a card’s text into the lines the canvas shows (card width 240, Inter 14px)', async () => {
    const { svg } = await renderMapSvg(loadSampleMap(), options(), fonts, { embedFont: false });
    // The thesis, as the canvas wraps it in Chromium (e2e/artifacts/sample-map.png).
    expect(svg).toMatch(/>Kazakhstan has established a<\/tspan><tspan[^>]*>noticeably respected profile in<\/tspan>/);
  });

  it('writes a file the same bytes as the document it renders, in chunks, text or outlines', async () => {
    const big = generatedArgumentTree(300);
    const sample = loadSampleMap();
    const cyrillic = { ...sample, meta: { ...sample.meta, title: 'Қазақстан — делдал' } };
    for (const [map, textAs] of [
      [big, 'text'],
      [cyrillic, 'text'],
      [cyrillic, 'outlines'],
    ] as const) {
      const { svg, size } = await renderMapSvg(map, options({ textAs }), fonts);
      const file = await renderMapSvgFile(map, options({ textAs }), fonts);
      expect(file.size).toEqual(size);
      expect(file.data.equals(Buffer.from(svg, 'utf8'))).toBe(true);
    }
  });

  it('draws a 1,000-node map', async () => {
    const map = generatedArgumentTree(1000);
    const { svg } = await renderMapSvg(map, options(), fonts);
    const root = parseSvg(svg);
    expect(drawnTexts(root)).toHaveLength(1000);
  });
});

describe.each(EXPORT_THEMES)('the sample in the %s theme', (theme) => {
  it('matches the reviewed golden SVG (UPDATE_GOLDEN=1 rewrites it; look at it before committing)', async () => {
    const { svg } = await renderMapSvg(loadSampleMap(), options({ theme }), fonts, { embedFont: false });
    const file = join(GOLDEN_DIR, `sample-${theme}.svg`);
    if (process.env.UPDATE_GOLDEN === '1' || !existsSync(file)) {
      mkdirSync(GOLDEN_DIR, { recursive: true });
      writeFileSync(file, svg);
    }
    expect(svg).toBe(readFileSync(file, 'utf8'));
  });
});
