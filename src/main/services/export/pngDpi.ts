import { crc32 } from 'node:zlib';

const METRES_PER_INCH = 0.0254;

/**
 * A PNG's pHYs chunk saying its resolution, so that a word processor places a 2× export at the
 * drawing's size instead of twice as large. It goes right after IHDR, as the PNG specification
 * asks (pHYs must come before the image data).
 */
export function pngDpiChunk(dpi: number): Buffer {
  const pixelsPerMetre = Math.round(dpi / METRES_PER_INCH);
  const chunk = Buffer.alloc(4 + 4 + 9 + 4);
  chunk.writeUInt32BE(9, 0);
  chunk.write('pHYs', 4, 'latin1');
  chunk.writeUInt32BE(pixelsPerMetre, 8);
  chunk.writeUInt32BE(pixelsPerMetre, 12);
  chunk.writeUInt8(1, 16); // unit: the metre
  chunk.writeUInt32BE(crc32(chunk.subarray(4, 17)), 17);
  return chunk;
}
