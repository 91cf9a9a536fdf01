/**
 * A small XML reader for the PDF export's direct drawing (pdfDirect.ts): the SVG as a tree of
 * elements that remember where they stand in the source, so the parts handed on to svg-to-pdfkit
 * can be copied out unchanged. Our renderer writes well-formed SVG; anything this reader does not
 * understand throws, and the caller then gives svg-to-pdfkit the whole document as before.
 */

export interface SvgElement {
  type: 'element';
  name: string;
  /** Attribute values with XML entities decoded. */
  attributes: Record<string, string>;
  children: SvgNode[];
  /** The element's source: [start, openEnd) is the start tag, [closeStart, end) the end tag (empty when self-closing). */
  start: number;
  openEnd: number;
  closeStart: number;
  end: number;
}

/** Character data, a comment, a CDATA section or a processing instruction. */
export interface SvgOther {
  /** Text: character data, leaving out white space between elements other than text (KEEPS_SPACE). */
  type: 'text' | 'cdata' | 'comment' | 'other';
  /** Text and CDATA: the characters (entities decoded); others: the raw markup. */
  value: string;
  start: number;
  end: number;
}

export type SvgNode = SvgElement | SvgOther;

/**
 * Elements whose white space can matter (text content, style sheets, titles). White space
 * between other elements is left out of the tree: a drawing has a line break after every tag.
 */
const KEEPS_SPACE = new Set(['text', 'tspan', 'textPath', 'a', 'style', 'title', 'desc', 'script']);

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Text with the five XML entities and numeric character references decoded. */
export function decodeXmlText(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(?:#x([\da-f]+)|#(\d+)|(\w+));/gi, (whole, hex?: string, dec?: string, name?: string) => {
    const code = hex ? parseInt(hex, 16) : dec ? Number(dec) : undefined;
    if (code !== undefined) return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    return ENTITIES[name!] ?? whole;
  });
}

// A start tag matches attribute by attribute (a pattern that tried each character of the tag
// against every alternative took twice as long on a 1 MB drawing).
const TOKEN =
  /<!--[\s\S]*?-->|<!\[CDATA\[([\s\S]*?)\]\]>|<[?!][^>]*>|<\/([\w:.-]+)\s*>|<([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|[^<]+/y;
const ATTRIBUTE = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

function parseAttributes(source: string, at: number): Record<string, string> {
  // A plain object: elements with the same attributes share V8's shape, where a dictionary per
  // element would make the tree twice the garbage.
  const attributes: Record<string, string> = {};
  if (!source) return attributes;
  ATTRIBUTE.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = ATTRIBUTE.exec(source))) {
    const name = match[1];
    if (Object.hasOwn(attributes, name)) throw new Error(`duplicate attribute ${name} at ${at}`);
    if (name === '__proto__') throw new Error(`an attribute named __proto__ at ${at}`);
    attributes[name] = decodeXmlText(match[2] ?? match[3]);
  }
  return attributes;
}

/** The document element of an SVG (or any XML) document. Throws on anything not well-formed. */
export function parseSvgTree(svg: string): SvgElement {
  const top: SvgElement = {
    type: 'element',
    name: '#document',
    attributes: {},
    children: [],
    start: 0,
    openEnd: 0,
    closeStart: svg.length,
    end: svg.length,
  };
  const stack: SvgElement[] = [top];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < svg.length) {
    const start = TOKEN.lastIndex;
    const match = TOKEN.exec(svg);
    if (!match) throw new Error(`not well-formed XML at ${start}`);
    const end = TOKEN.lastIndex;
    const parent = stack[stack.length - 1];
    const token = match[0];
    if (match[3] !== undefined) {
      const element: SvgElement = {
        type: 'element',
        name: match[3],
        attributes: parseAttributes(match[4], start),
        children: [],
        start,
        openEnd: end,
        closeStart: end,
        end,
      };
      parent.children.push(element);
      if (!match[5]) stack.push(element);
    } else if (match[2] !== undefined) {
      if (match[2] !== parent.name || stack.length === 1) throw new Error(`unexpected </${match[2]}> at ${start}`);
      parent.closeStart = start;
      parent.end = end;
      stack.pop();
    } else if (match[1] !== undefined) {
      parent.children.push({ type: 'cdata', value: match[1], start, end });
    } else if (token.startsWith('<!--')) {
      parent.children.push({ type: 'comment', value: token, start, end });
    } else if (token.startsWith('<')) {
      parent.children.push({ type: 'other', value: token, start, end });
    } else if (KEEPS_SPACE.has(parent.name) || token.trim()) {
      parent.children.push({ type: 'text', value: decodeXmlText(token), start, end });
    }
  }
  if (stack.length !== 1) throw new Error(`<${stack[stack.length - 1].name}> is not closed`);
  const root = top.children.find((node): node is SvgElement => node.type === 'element');
  if (!root) throw new Error('no document element');
  return root;
}
