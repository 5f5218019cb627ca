/**
 * Draws the add-in's ribbon and store icons (assets/icon-16/32/64/80.png): the ABC quadrant, a 2×2 grid
 * with rounded outer corners. Top right green A, top left and bottom right amber B, bottom left red C,
 * a thin white gap between the quadrants, transparent outside. At 16 px the letters are left out.
 * Run with `node scripts/draw-icons.mjs`; the output is deterministic.
 */
import { writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";

const GREEN = [0x2e, 0x7d, 0x32];
const AMBER = [0xe8, 0xa3, 0x17];
const RED = [0xc6, 0x28, 0x28];
const WHITE = [0xff, 0xff, 0xff];

/** A 5×7 bitmap font with just the three letters. */
const FONT = {
  A: [".###.", "#...#", "#...#", "#####", "#...#", "#...#", "#...#"],
  B: ["####.", "#...#", "#...#", "####.", "#...#", "#...#", "####."],
  C: [".###.", "#...#", "#....", "#....", "#....", "#...#", ".###."],
};
const FONT_WIDTH = 5;
const FONT_HEIGHT = 7;

/** Per icon size: transparent margin, white gap, corner radius and letter scale (0 = no letters). */
const LAYOUTS = {
  16: { margin: 0, gap: 2, radius: 3, scale: 0 },
  32: { margin: 1, gap: 2, radius: 5, scale: 1 },
  64: { margin: 2, gap: 4, radius: 10, scale: 2 },
  80: { margin: 2, gap: 4, radius: 12, scale: 3 },
};

/** Which quadrant (colour and letter) a point lies in: column and row 0 or 1, row 0 on top. */
const QUADRANTS = [
  [
    { color: AMBER, letter: "B" },
    { color: GREEN, letter: "A" },
  ],
  [
    { color: RED, letter: "C" },
    { color: AMBER, letter: "B" },
  ],
];

/** True when (x, y) lies inside the square from `lo` to `hi` with corners rounded by `radius`. */
function insideRoundedSquare(x, y, lo, hi, radius) {
  if (x < lo || y < lo || x > hi || y > hi) return false;
  const cx = Math.min(Math.max(x, lo + radius), hi - radius);
  const cy = Math.min(Math.max(y, lo + radius), hi - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

/** How much of pixel (px, py) the rounded square covers, from 0 to 255, sampled 4×4 for smooth corners. */
function coverage(px, py, lo, hi, radius) {
  let hits = 0;
  for (let sy = 0; sy < 4; sy++) {
    for (let sx = 0; sx < 4; sx++) {
      if (insideRoundedSquare(px + (sx + 0.5) / 4, py + (sy + 0.5) / 4, lo, hi, radius)) hits++;
    }
  }
  return Math.round((hits * 255) / 16);
}

/** The icon of `size` pixels as RGBA bytes, row by row. */
function drawIcon(size) {
  const { margin, gap, radius, scale } = LAYOUTS[size];
  const quadrant = (size - 2 * margin - gap) / 2;
  const pixels = new Uint8Array(size * size * 4);
  const letterPixels = new Set();
  if (scale > 0) {
    for (let row = 0; row < 2; row++) {
      for (let col = 0; col < 2; col++) {
        const glyph = FONT[QUADRANTS[row][col].letter];
        const left = margin + col * (quadrant + gap) + Math.floor((quadrant - FONT_WIDTH * scale) / 2);
        const top = margin + row * (quadrant + gap) + Math.floor((quadrant - FONT_HEIGHT * scale) / 2);
        for (let y = 0; y < FONT_HEIGHT * scale; y++) {
          for (let x = 0; x < FONT_WIDTH * scale; x++) {
            if (glyph[Math.floor(y / scale)][Math.floor(x / scale)] === "#") {
              letterPixels.add((top + y) * size + left + x);
            }
          }
        }
      }
    }
  }
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const alpha = coverage(x, y, margin, size - margin, radius);
      if (alpha === 0) continue;
      const col = x - margin < quadrant ? 0 : x - margin >= quadrant + gap ? 1 : -1;
      const row = y - margin < quadrant ? 0 : y - margin >= quadrant + gap ? 1 : -1;
      const inGap = col < 0 || row < 0;
      const color = inGap || letterPixels.has(y * size + x) ? WHITE : QUADRANTS[row][col].color;
      pixels.set([...color, alpha], (y * size + x) * 4);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** The CRC-32 of some bytes, as PNG chunks need it. */
function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** Four bytes, big-endian. */
function uint32(value) {
  return [(value >>> 24) & 0xff, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff];
}

/** One PNG chunk: length, type, data and the CRC over type and data. */
function chunk(type, data) {
  const typeAndData = new Uint8Array([...type].map((c) => c.charCodeAt(0)).concat([...data]));
  return new Uint8Array([...uint32(data.length), ...typeAndData, ...uint32(crc32(typeAndData))]);
}

/** A complete PNG file for a square RGBA image: signature, IHDR, IDAT and IEND. */
function encodePng(size, rgba) {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  // Width, height, bit depth 8, colour type 6 (RGBA), compression 0, filter 0, no interlace.
  const header = [...uint32(size), ...uint32(size), 8, 6, 0, 0, 0];
  const scanlines = new Uint8Array(size * (1 + size * 4));
  for (let y = 0; y < size; y++) {
    // Filter type 0 (None) in front of every row.
    scanlines.set(rgba.subarray(y * size * 4, (y + 1) * size * 4), y * (1 + size * 4) + 1);
  }
  const idat = deflateSync(scanlines, { level: 9 });
  return new Uint8Array([
    ...signature,
    ...chunk("IHDR", header),
    ...chunk("IDAT", idat),
    ...chunk("IEND", []),
  ]);
}

for (const size of [16, 32, 64, 80]) {
  const file = new URL(`../assets/icon-${size}.png`, import.meta.url);
  writeFileSync(file, encodePng(size, drawIcon(size)));
  console.log(`wrote assets/icon-${size}.png`);
}
