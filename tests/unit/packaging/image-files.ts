/**
 * Just enough of the PNG and ICO formats to check generated icons: PNG size from IHDR, RGBA pixels
 * of 8-bit RGBA PNGs (what resvg writes), and the image sizes listed in an ICO directory.
 */
import { inflateSync } from 'node:zlib';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width, height and format of a PNG, from its IHDR chunk. */
export interface PngHeader {
  readonly width: number;
  readonly height: number;
  readonly bitDepth: number;
  readonly colorType: number;
}

/** Reads the IHDR chunk; throws when the bytes are not a PNG. */
export function readPngHeader(bytes: Buffer): PngHeader {
  if (bytes.length < 33 || !bytes.subarray(0, 8).equals(PNG_SIGNATURE)) throw new Error('not a PNG file');
  if (bytes.toString('latin1', 12, 16) !== 'IHDR') throw new Error('PNG without IHDR first');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20), bitDepth: bytes.readUInt8(24), colorType: bytes.readUInt8(25) };
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** The pixels of a non-interlaced 8-bit RGBA PNG, row by row, 4 bytes per pixel. */
export function decodeRgba(bytes: Buffer): Uint8Array {
  const { width, height, bitDepth, colorType } = readPngHeader(bytes);
  if (bitDepth !== 8 || colorType !== 6) throw new Error(`only 8-bit RGBA PNGs are decoded, got depth ${bitDepth} type ${colorType}`);
  if (bytes.readUInt8(28) !== 0) throw new Error('interlaced PNGs are not decoded');
  const idat: Buffer[] = [];
  for (let at = 8; at + 8 <= bytes.length;) {
    const length = bytes.readUInt32BE(at);
    if (bytes.toString('latin1', at + 4, at + 8) === 'IDAT') idat.push(bytes.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * 4;
  const out = new Uint8Array(stride * height);
  for (let y = 0; y < height; y += 1) {
    const filter = raw[y * (stride + 1)] ?? 0;
    for (let x = 0; x < stride; x += 1) {
      const value = raw[y * (stride + 1) + 1 + x] ?? 0;
      const left = x >= 4 ? (out[y * stride + x - 4] ?? 0) : 0;
      const up = y > 0 ? (out[(y - 1) * stride + x] ?? 0) : 0;
      const upLeft = x >= 4 && y > 0 ? (out[(y - 1) * stride + x - 4] ?? 0) : 0;
      const predictor = [0, left, up, (left + up) >> 1, paeth(left, up, upLeft)][filter];
      if (predictor === undefined) throw new Error(`unknown PNG filter ${filter}`);
      out[y * stride + x] = (value + predictor) & 0xff;
    }
  }
  return out;
}

/** One image listed in an ICO file's directory. */
export interface IcoEntry {
  readonly width: number;
  readonly height: number;
  readonly bitsPerPixel: number;
}

/** The images an ICO file lists (a 0 in the directory means 256 px). */
export function readIcoEntries(bytes: Buffer): readonly IcoEntry[] {
  if (bytes.length < 6 || bytes.readUInt16LE(0) !== 0 || bytes.readUInt16LE(2) !== 1) throw new Error('not an ICO file');
  const count = bytes.readUInt16LE(4);
  if (bytes.length < 6 + count * 16) throw new Error('ICO directory is truncated');
  return Array.from({ length: count }, (_, index) => {
    const at = 6 + index * 16;
    return {
      width: bytes.readUInt8(at) || 256,
      height: bytes.readUInt8(at + 1) || 256,
      bitsPerPixel: bytes.readUInt16LE(at + 6),
    };
  });
}
