import { crc32 } from 'node:zlib';

const SIGNATURE_LENGTH = 8;
/** Length, type, 13 bytes of data, CRC: IHDR always comes first and always has this size. */
const IHDR_END = SIGNATURE_LENGTH + 4 + 4 + 13 + 4;
const METRES_PER_INCH = 0.0254;

/**
 * The PNG with a pHYs chunk saying its resolution, so that a word processor places a 2× export
 * at the drawing's size instead of twice as large. Inserted right after IHDR, as the PNG
 * specification asks (pHYs must come before the image data).
 */
export function withPngDpi(png: Buffer, dpi: number): Buffer {
  if (png.toString('latin1', 12, 16) !== 'IHDR') throw new Error('not a PNG: IHDR missing');
  const pixelsPerMetre = Math.round(dpi / METRES_PER_INCH);
  const chunk = Buffer.alloc(4 + 4 + 9 + 4);
  chunk.writeUInt32BE(9, 0);
  chunk.write('pHYs', 4, 'latin1');
  chunk.writeUInt32BE(pixelsPerMetre, 8);
  chunk.writeUInt32BE(pixelsPerMetre, 12);
  chunk.writeUInt8(1, 16); // unit: the metre
  chunk.writeUInt32BE(crc32(chunk.subarray(4, 17)), 17);
  return Buffer.concat([png.subarray(0, IHDR_END), chunk, png.subarray(IHDR_END)]);
}
