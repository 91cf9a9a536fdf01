import type { FontMetricsTable, WeightMetrics } from '../../../shared/render/fontMetrics';
import { readTables, writeFont } from './sfntTables';

/**
 * Tables the PDF face leaves out: OpenType layout (and its glyph classes), and what neither
 * fontkit's layout nor pdfkit's subset reads (hinting ranges, style attributes).
 */
const DROPPED = new Set(['GSUB', 'GPOS', 'GDEF', 'kern', 'STAT', 'gasp']);

/**
 * The font file as the PDF painter registers it with pdfkit: the same glyphs and metrics, with
 * the OpenType layout tables swapped for a `kern` table (Apple's class-based format 3) holding
 * the kerning of the metrics table the drawing was measured with. pdfkit lays text out with
 * fontkit, whose shaper reads GSUB and GPOS for a quarter of a second per face and takes about a
 * millisecond per new word; without them fontkit maps characters through the cmap and applies
 * the `kern` table, in microseconds, and sets every line exactly as wide as the drawing measured
 * it. Inter shapes no ligatures or contextual forms in the drawing's text, so nothing else changes.
 */
export function kernFace(ttf: Buffer, metrics: WeightMetrics, table: FontMetricsTable): Buffer {
  const all = readTables(ttf);
  const tableData = (tag: string): Buffer => {
    const found = all.find((entry) => entry.tag === tag);
    if (!found) throw new Error(`The font has no ${tag} table.`);
    return found.data;
  };
  const numGlyphs = tableData('maxp').readUInt16BE(4);
  const glyphs = glyphIds(tableData('cmap'), [...table.chars]).map((glyph) => (glyph < numGlyphs ? glyph : 0));
  const tables = all.filter((entry) => !DROPPED.has(entry.tag));
  tables.push({ tag: 'kern', data: kernTable(glyphs, metrics) });
  const post = tables.find((entry) => entry.tag === 'post');
  if (post) post.data = postWithoutNames(post.data);
  tables.sort((a, b) => (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0));
  return writeFont(ttf.readUInt32BE(0), tables);
}

/**
 * The `post` table as version 3.0: the same header (italic angle, underline), no glyph names.
 * pdfkit reads the header for every document; the 2,900 names would be decoded along with it.
 */
function postWithoutNames(post: Buffer): Buffer {
  const header = Buffer.from(post.subarray(0, 32));
  header.writeUInt32BE(0x00030000, 0);
  return header;
}

/**
 * The glyph each character maps to (0 where none), from the cmap's Unicode format 12 subtable:
 * groups of consecutive characters on consecutive glyphs. (fontkit would decode the whole cmap
 * with its generic table reader, a few times slower than this, on every export's first PDF.)
 */
function glyphIds(cmap: Buffer, chars: readonly string[]): number[] {
  let subtable: Buffer | undefined;
  for (let i = 0; i < cmap.readUInt16BE(2) && !subtable; i++) {
    const record = 4 + 8 * i;
    const [platform, encoding] = [cmap.readUInt16BE(record), cmap.readUInt16BE(record + 2)];
    const at = cmap.readUInt32BE(record + 4);
    const unicodeFull = (platform === 3 && encoding === 10) || (platform === 0 && encoding === 4);
    if (unicodeFull && cmap.readUInt16BE(at) === 12) subtable = cmap.subarray(at);
  }
  if (!subtable) throw new Error('The font has no format 12 Unicode cmap.');
  const groups = subtable.readUInt32BE(12);
  return chars.map((char) => {
    const code = char.codePointAt(0)!;
    let [low, high] = [0, groups - 1];
    while (low <= high) {
      const middle = (low + high) >> 1;
      const group = 16 + 12 * middle;
      if (code < subtable.readUInt32BE(group)) high = middle - 1;
      else if (code > subtable.readUInt32BE(group + 4)) low = middle + 1;
      else return subtable.readUInt32BE(group + 8) + code - subtable.readUInt32BE(group);
    }
    return 0;
  });
}

/** An Apple `kern` table (version 1.0) with one horizontal format 3 subtable: classes of glyphs, a value per class pair. */
function kernTable(glyphs: readonly number[], metrics: WeightMetrics): Buffer {
  // Glyphs past the last one classed are not kerned (fontkit reads 0 for them): fewer bytes to decode.
  const glyphCount = Math.max(...glyphs) + 1;
  // Class 0 is "not kerned": glyphs outside the table, as the measurer leaves characters it lacks.
  const leftClass = new Uint8Array(glyphCount);
  const rightClass = new Uint8Array(glyphCount);
  const leftCount = Math.max(...metrics.left) + 2;
  const rightCount = Math.max(...metrics.right) + 2;
  glyphs.forEach((glyph, i) => {
    if (glyph === 0) return;
    leftClass[glyph] = metrics.left[i] + 1;
    rightClass[glyph] = metrics.right[i] + 1;
  });
  const values = [0];
  const kernIndex = new Uint8Array(leftCount * rightCount);
  for (const [left, right, value] of metrics.kerning) {
    let index = values.indexOf(value);
    if (index < 0) index = values.push(value) - 1;
    kernIndex[(left + 1) * rightCount + right + 1] = index;
  }
  if (values.length > 255 || leftCount > 255 || rightCount > 255) {
    throw new Error('The kerning has more classes or values than a format 3 kern table holds.');
  }
  const subtableLength = 8 + 6 + 2 * values.length + 2 * glyphCount + kernIndex.length;
  const out = Buffer.alloc(8 + subtableLength);
  out.writeUInt32BE(0x00010000, 0);
  out.writeUInt32BE(1, 4); // one subtable
  out.writeUInt32BE(subtableLength, 8);
  out.writeUInt8(0, 12); // coverage: horizontal, not cross-stream, no variation
  out.writeUInt8(3, 13); // format
  out.writeUInt16BE(0, 14); // tuple index
  out.writeUInt16BE(glyphCount, 16);
  out.writeUInt8(values.length, 18);
  out.writeUInt8(leftCount, 19);
  out.writeUInt8(rightCount, 20);
  out.writeUInt8(0, 21); // flags
  let at = 22;
  for (const value of values) at = out.writeInt16BE(value, at);
  out.set(leftClass, at);
  out.set(rightClass, at + glyphCount);
  out.set(kernIndex, at + 2 * glyphCount);
  return out;
}
