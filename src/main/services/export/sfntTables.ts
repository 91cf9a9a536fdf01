/**
 * Reading and writing a TrueType (sfnt) file as its tables: what pdfKernFace.ts needs to give
 * pdfkit a face with some tables swapped.
 */

/** One table of a font file: its tag and its bytes. */
export interface TableEntry {
  tag: string;
  data: Buffer;
}

/** The tables of a font file, in the order of its directory. */
export function readTables(ttf: Buffer): TableEntry[] {
  const count = ttf.readUInt16BE(4);
  const entries: TableEntry[] = [];
  for (let i = 0; i < count; i++) {
    const record = 12 + 16 * i;
    const offset = ttf.readUInt32BE(record + 8);
    const length = ttf.readUInt32BE(record + 12);
    entries.push({ tag: ttf.toString('latin1', record, record + 4), data: ttf.subarray(offset, offset + length) });
  }
  return entries;
}

/** A TrueType file of these tables (sorted by tag), with its directory, checksums and head's checksum adjustment. */
export function writeFont(sfntVersion: number, tables: TableEntry[]): Buffer {
  const padded = (length: number): number => (length + 3) & ~3;
  const headerLength = 12 + 16 * tables.length;
  const out = Buffer.alloc(headerLength + tables.reduce((sum, entry) => sum + padded(entry.data.length), 0));
  const power = 2 ** Math.floor(Math.log2(tables.length));
  out.writeUInt32BE(sfntVersion, 0);
  out.writeUInt16BE(tables.length, 4);
  out.writeUInt16BE(power * 16, 6);
  out.writeUInt16BE(Math.log2(power), 8);
  out.writeUInt16BE(tables.length * 16 - power * 16, 10);
  let offset = headerLength;
  let headOffset = -1;
  tables.forEach(({ tag, data }, i) => {
    data.copy(out, offset);
    if (tag === 'head') {
      headOffset = offset;
      out.writeUInt32BE(0, offset + 8); // checkSumAdjustment counts as 0 in the table's checksum
    }
    const record = 12 + 16 * i;
    out.write(tag, record, 'latin1');
    out.writeUInt32BE(checksum(out.subarray(offset, offset + padded(data.length))), record + 4);
    out.writeUInt32BE(offset, record + 8);
    out.writeUInt32BE(data.length, record + 12);
    offset += padded(data.length);
  });
  if (headOffset >= 0) out.writeUInt32BE((0xb1b0afba - checksum(out)) >>> 0, headOffset + 8);
  return out;
}

/** The sum of a 4-byte-aligned run of bytes as big-endian 32-bit words, modulo 2³². */
function checksum(bytes: Buffer): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let sum = 0;
  for (let at = 0; at < bytes.length; at += 4) sum = (sum + view.getUint32(at)) >>> 0;
  return sum;
}
