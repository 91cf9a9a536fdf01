import { once } from 'node:events';
import { crc32, createDeflate } from 'node:zlib';
import { pngDpiChunk } from './pngDpi';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/**
 * Rows go unfiltered (filter type 0) at zlib level 2. Measured on a band of the 1,000-node map:
 * "Up" or "Sub" filtering costs a pass over every byte in JavaScript (about 40 ms a 4-megapixel
 * band) and then compresses a drawing's wide flat areas worse (175 KB against 155 KB); level 2
 * takes 13 ms where level 6 takes 83, for a file about the size resvg's own encoder wrote.
 */
const FILTER_NONE = 0;
const LEVEL = 2;

/** A PNG chunk: length, type, data, CRC of type and data. */
function chunk(type: string, data: Buffer): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/**
 * Writes an RGBA PNG a band of rows at a time, so the whole image never has to be in memory:
 * each band's rows go to one zlib stream (compressed on libuv's threads) and only the compressed
 * bytes are kept. The pixels come premultiplied, as resvg draws them, and are written straight,
 * rounded as tiny-skia rounds them, so the file holds the pixels resvg's own asPng would.
 */
export class PngWriter {
  private readonly deflate = createDeflate({ level: LEVEL });
  private readonly compressed: Buffer[] = [];
  private rows = 0;
  /** The rows handed to zlib, each behind its filter byte; reused once zlib has taken them. */
  private scanlines = Buffer.alloc(0);

  constructor(
    private readonly width: number,
    private readonly height: number,
    private readonly dpi: number,
  ) {
    this.deflate.on('data', (data: Buffer) => this.compressed.push(data));
  }

  /**
   * Adds the next rows (premultiplied RGBA, `width` pixels a row; they are made straight in
   * place) and resolves once zlib has taken them.
   */
  async addRows(pixels: Buffer): Promise<void> {
    const stride = this.width * 4;
    const count = pixels.length / stride;
    if (!Number.isInteger(count) || this.rows + count > this.height) throw new Error('rows past the image');
    straighten(pixels);
    const length = count * (stride + 1);
    if (this.scanlines.length < length) this.scanlines = Buffer.alloc(length);
    const scanlines = this.scanlines.subarray(0, length);
    for (let row = 0; row < count; row++) {
      scanlines[row * (stride + 1)] = FILTER_NONE;
      pixels.copy(scanlines, row * (stride + 1) + 1, row * stride, (row + 1) * stride);
    }
    this.rows += count;
    await new Promise<void>((resolve, reject) =>
      this.deflate.write(scanlines, (error) => (error ? reject(error) : resolve())),
    );
  }

  /** The PNG file: signature, IHDR, pHYs (the resolution), the image data, IEND. */
  async finish(): Promise<Buffer> {
    if (this.rows !== this.height) throw new Error(`${this.rows} of ${this.height} rows written`);
    // 'end': the last compressed bytes have been read (the writable side's 'finish' comes before them).
    const ended = once(this.deflate, 'end');
    this.deflate.end();
    await ended;
    const header = Buffer.alloc(13);
    header.writeUInt32BE(this.width, 0);
    header.writeUInt32BE(this.height, 4);
    header.set([8, 6, 0, 0, 0], 8); // 8 bits a channel, RGBA, deflate, adaptive filtering, no interlace
    return Buffer.concat([
      SIGNATURE,
      chunk('IHDR', header),
      pngDpiChunk(this.dpi),
      chunk('IDAT', Buffer.concat(this.compressed)),
      chunk('IEND', Buffer.alloc(0)),
    ]);
  }
}

/**
 * Premultiplied RGBA made straight in place, as tiny-skia's PremultipliedColorU8::demultiply
 * does it. Only partly covered pixels change: opaque ones and clear ones (all zero) read the same.
 */
function straighten(pixels: Buffer): void {
  for (let i = 3; i < pixels.length; i += 4) {
    const alpha = pixels[i];
    if (alpha === 255 || alpha === 0) continue;
    const a = alpha / 255;
    for (let c = i - 3; c < i; c++) pixels[c] = Math.min(255, Math.floor(pixels[c] / a + 0.5));
  }
}
