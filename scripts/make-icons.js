#!/usr/bin/env node
// Draws the add-in's icons (a red tile with three rising bars: a ranking) and writes them as PNGs
// into assets/. Pure Node (zlib for the deflate stream), so the icons can be regenerated anywhere:
//   node scripts/make-icons.js
// The PNGs are committed; the manifest tests check that every size the manifest names exists.
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

/** Sizes the manifest uses: ribbon 16/32/80, IconUrl 32 (64 hi-res is the HighResolutionIconUrl), 128 for the store. */
const SIZES = [16, 32, 64, 80, 128];

const RED = [183, 28, 28];
const WHITE = [255, 255, 255];
const GOLD = [255, 193, 7];

// Shapes in unit coordinates (0..1, y downwards), painted in order.
const SHAPES = [
  { kind: "roundRect", x0: 0.02, y0: 0.02, x1: 0.98, y1: 0.98, r: 0.2, color: RED },
  { kind: "roundRect", x0: 0.16, y0: 0.52, x1: 0.35, y1: 0.84, r: 0.03, color: WHITE },
  { kind: "roundRect", x0: 0.405, y0: 0.36, x1: 0.595, y1: 0.84, r: 0.03, color: WHITE },
  { kind: "roundRect", x0: 0.65, y0: 0.16, x1: 0.84, y1: 0.84, r: 0.03, color: GOLD },
];

function insideRoundRect(s, x, y) {
  if (x < s.x0 || x > s.x1 || y < s.y0 || y > s.y1) return false;
  const cx = Math.min(Math.max(x, s.x0 + s.r), s.x1 - s.r);
  const cy = Math.min(Math.max(y, s.y0 + s.r), s.y1 - s.r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= s.r ** 2;
}

/** RGBA pixels of the icon at `size`, antialiased by 8×8 supersampling. */
function drawIcon(size) {
  const samples = 8;
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = (px + (sx + 0.5) / samples) / size;
          const y = (py + (sy + 0.5) / samples) / size;
          let color = null;
          for (const shape of SHAPES) if (insideRoundRect(shape, x, y)) color = shape.color;
          if (color) {
            r += color[0];
            g += color[1];
            b += color[2];
            a += 1;
          }
        }
      }
      const i = (py * size + px) * 4;
      const n = samples * samples;
      // Colour averaged over covered samples (straight alpha), coverage as alpha.
      pixels[i] = a ? Math.round(r / a) : 0;
      pixels[i + 1] = a ? Math.round(g / a) : 0;
      pixels[i + 2] = a ? Math.round(b / a) : 0;
      pixels[i + 3] = Math.round((255 * a) / n);
    }
  }
  return pixels;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A PNG file (8-bit RGBA, no interlace) holding `pixels`. */
function encodePng(size, pixels) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  header[10] = 0; // deflate
  header[11] = 0; // adaptive filtering
  header[12] = 0; // no interlace
  const rows = [];
  for (let y = 0; y < size; y++) {
    rows.push(Buffer.from([0]), pixels.subarray(y * size * 4, (y + 1) * size * 4));
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function main() {
  const outDir = path.join(__dirname, "..", "assets");
  fs.mkdirSync(outDir, { recursive: true });
  for (const size of SIZES) {
    const file = path.join(outDir, `icon-${size}.png`);
    fs.writeFileSync(file, encodePng(size, drawIcon(size)));
    console.log(`wrote ${path.relative(process.cwd(), file)} (${size}×${size})`);
  }
}

if (require.main === module) main();

module.exports = { SIZES, drawIcon, encodePng };
