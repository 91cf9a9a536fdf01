import { describe, expect, it } from 'vitest';
import { decodeXmlText, parseSvgTree, type SvgElement } from './pdfSvgTree';

const elements = (element: SvgElement): SvgElement[] =>
  element.children.filter((child): child is SvgElement => child.type === 'element');

describe('parseSvgTree', () => {
  const svg =
    '<?xml version="1.0"?>\n<svg a="1" b=\'two &amp; &#x41;&#66;\'><!-- note --><g><rect x="1"/>' +
    '<text>A &lt; B<![CDATA[ & <raw> ]]></text></g></svg>\n';

  it('reads elements, attributes (entities decoded) and character data in order', () => {
    const root = parseSvgTree(svg);
    expect(root.name).toBe('svg');
    expect(root.attributes).toEqual({ a: '1', b: 'two & AB' });
    expect(root.children.map((child) => child.type)).toEqual(['comment', 'element']);
    const [g] = elements(root);
    const [rect, text] = elements(g);
    expect(rect).toMatchObject({ name: 'rect', attributes: { x: '1' }, children: [] });
    expect(text.children).toMatchObject([
      { type: 'text', value: 'A < B' },
      { type: 'cdata', value: ' & <raw> ' },
    ]);
  });

  it('remembers where each element stands in the source', () => {
    const root = parseSvgTree(svg);
    const [g] = elements(root);
    const [rect, text] = elements(g);
    expect(svg.slice(root.start, root.end)).toMatch(/^<svg a="1".*<\/svg>$/);
    expect(svg.slice(rect.start, rect.end)).toBe('<rect x="1"/>');
    expect(rect.openEnd).toBe(rect.end);
    expect(svg.slice(text.start, text.openEnd)).toBe('<text>');
    expect(svg.slice(text.closeStart, text.end)).toBe('</text>');
    expect(svg.slice(g.openEnd, g.closeStart)).toBe('<rect x="1"/><text>A &lt; B<![CDATA[ & <raw> ]]></text>');
  });

  it.each([
    ['an unclosed element', '<svg><g></svg>'],
    ['a stray end tag', '<svg></g></svg>'],
    ['a lone <', '<svg>a < b</svg>'],
    ['a duplicate attribute', '<svg x="1" x="2"/>'],
    ['an unquoted attribute', '<svg x=1/>'],
    ['no element at all', '<!-- nothing -->'],
  ])('throws on %s', (_, source) => {
    expect(() => parseSvgTree(source)).toThrow();
  });

  it('decodes the XML entities and character references, leaving unknown ones', () => {
    expect(decodeXmlText('&quot;&apos;&gt;&#1179;&#x1F600;&nbsp;')).toBe('"\'>қ😀&nbsp;');
  });
});
