/**
 * The icons in assets/ are exactly what scripts/make-icons.js draws (so they can be regenerated),
 * and its PNG encoder writes files a decoder reads back pixel for pixel.
 */
import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";
/* eslint-disable @typescript-eslint/no-require-imports */
const icons = require("../../scripts/make-icons") as {
  SIZES: number[];
  drawIcon: (size: number) => Buffer;
  encodePng: (size: number, pixels: Buffer) => Buffer;
};
/* eslint-enable @typescript-eslint/no-require-imports */

const ASSETS = path.resolve(__dirname, "../../assets");

/** Decodes the PNGs make-icons writes (8-bit RGBA, filter 0), checking every chunk's CRC. */
function decode(png: Buffer): { width: number; height: number; pixels: Buffer } {
  let offset = 8;
  let width = 0;
  let height = 0;
  const idat: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString("ascii", offset + 4, offset + 8);
    const data = png.subarray(offset + 8, offset + 8 + length);
    const crc = png.readUInt32BE(offset + 8 + length);
    expect(zlib.crc32(png.subarray(offset + 4, offset + 8 + length))).toBe(crc);
    if (type === "IHDR") {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      expect([...data.subarray(8, 13)]).toEqual([8, 6, 0, 0, 0]);
    }
    if (type === "IDAT") idat.push(data);
    offset += 12 + length;
  }
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const pixels = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++) {
    expect(raw[y * (width * 4 + 1)]).toBe(0);
    raw.copy(pixels, y * width * 4, y * (width * 4 + 1) + 1, (y + 1) * (width * 4 + 1));
  }
  return { width, height, pixels };
}

describe("icons", () => {
  test.each([16, 32, 64, 80, 128])("assets/icon-%i.png is what make-icons draws", (size) => {
    expect(icons.SIZES).toContain(size);
    const committed = fs.readFileSync(path.join(ASSETS, `icon-${size}.png`));
    const decoded = decode(committed);
    expect({ width: decoded.width, height: decoded.height }).toEqual({ width: size, height: size });
    expect(decoded.pixels.equals(icons.drawIcon(size))).toBe(true);
  });

  test("the encoder round-trips arbitrary pixels", () => {
    const pixels = Buffer.from(Array.from({ length: 3 * 3 * 4 }, (_, i) => (i * 37) % 256));
    const decoded = decode(icons.encodePng(3, pixels));
    expect(decoded.pixels.equals(pixels)).toBe(true);
  });

  test("the icon is opaque in the middle and transparent in the corners", () => {
    const pixels = icons.drawIcon(32);
    const alpha = (x: number, y: number) => pixels[(y * 32 + x) * 4 + 3];
    expect(alpha(16, 16)).toBe(255);
    expect(alpha(0, 0)).toBe(0);
  });
});
