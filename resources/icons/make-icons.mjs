// Draws the Rancang icon (a sheet with a folded corner and text lines on a blue tile) and writes
// every icon file electron-builder needs: icon.png (512), icons/<n>x<n>.png (Linux), icon.ico
// and file.ico (Windows), icon.icns and file.icns (macOS). No image tools needed: plain Node.
// Usage: node resources/icons/make-icons.mjs
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const dir = path.dirname(fileURLToPath(import.meta.url));

/** CRC-32 of a buffer (PNG chunks). */
function crc32(buf) {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

/** A PNG file of an RGBA image. */
function png(size, rgba) {
  const chunk = (type, data) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(td));
    return Buffer.concat([len, td, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Coverage (0..1) of a rounded rectangle at point (x, y), all in unit coordinates. */
function roundRect(x, y, x0, y0, x1, y1, r, aa) {
  const dx = Math.max(x0 + r - x, 0, x - (x1 - r));
  const dy = Math.max(y0 + r - y, 0, y - (y1 - r));
  const d = Math.hypot(dx, dy) - r;
  const inside = Math.max(x0 - x, x - x1, y0 - y, y - y1);
  return Math.min(1, Math.max(0, 0.5 - Math.max(d, inside) / aa));
}

/** The icon as RGBA; `file` draws the document-file variant (no blue tile). */
function draw(size, file) {
  const out = Buffer.alloc(size * size * 4);
  const aa = 1 / size;
  const blend = (i, rgb, a) => {
    const ia = out[i + 3] / 255;
    const na = a + ia * (1 - a);
    for (let k = 0; k < 3; k++) out[i + k] = na === 0 ? 0 : Math.round((rgb[k] * a + out[i + k] * ia * (1 - a)) / na);
    out[i + 3] = Math.round(na * 255);
  };
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const x = (px + 0.5) / size;
      const y = (py + 0.5) / size;
      const i = (py * size + px) * 4;
      if (!file) blend(i, [0x1f, 0x4e, 0x8c], roundRect(x, y, 0.04, 0.04, 0.96, 0.96, 0.18, aa));
      // The sheet, minus its folded corner.
      const [sx0, sy0, sx1, sy1] = file ? [0.16, 0.06, 0.84, 0.94] : [0.26, 0.16, 0.74, 0.84];
      const fold = (sx1 - sx0) * 0.3;
      const inFold = x - (sx1 - fold) + (sy0 + fold - y) > 0 && x > sx1 - fold && y < sy0 + fold;
      const sheet = roundRect(x, y, sx0, sy0, sx1, sy1, 0.02, aa) * (inFold ? 0 : 1);
      blend(i, [0xff, 0xff, 0xff], sheet);
      if (file) blend(i, [0x1f, 0x4e, 0x8c], roundRect(x, y, sx0, sy0, sx1, sy1, 0.02, aa) * (1 - sheet) * (inFold ? 0 : 0.9));
      const foldTri = inFold && x - (sx1 - fold) + (sy0 + fold - y) < fold ? 1 : 0;
      blend(i, [0xc9, 0xd6, 0xea], foldTri);
      // Text lines: a heading, then body lines.
      const lh = (sy1 - sy0) / 9;
      for (let k = 0; k < 5; k++) {
        const ly = sy0 + lh * (2.2 + k * 1.3);
        const lx1 = k === 0 ? sx0 + (sx1 - sx0) * 0.55 : k === 4 ? sx0 + (sx1 - sx0) * 0.6 : sx1 - (sx1 - sx0) * 0.14;
        const color = k === 0 ? [0x1f, 0x4e, 0x8c] : [0x8a, 0x96, 0xa8];
        blend(i, color, roundRect(x, y, sx0 + (sx1 - sx0) * 0.14, ly, lx1, ly + lh * 0.45, lh * 0.2, aa));
      }
      // The gold mark of an amendment in the margin.
      blend(i, [0xe0, 0xa1, 0x1b], roundRect(x, y, sx0 + (sx1 - sx0) * 0.04, sy0 + lh * 4.8, sx0 + (sx1 - sx0) * 0.09, sy0 + lh * 7.4, 0.004, aa));
    }
  }
  return out;
}

/** An ICO file: BMP entries below 256 px, a PNG entry at 256 px. */
function ico(images) {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  const bodies = [];
  let offset = header.length;
  images.forEach(({ size, rgba }, n) => {
    let body;
    if (size >= 256) body = png(size, rgba);
    else {
      const bih = Buffer.alloc(40);
      bih.writeUInt32LE(40, 0);
      bih.writeInt32LE(size, 4);
      bih.writeInt32LE(size * 2, 8);
      bih.writeUInt16LE(1, 12);
      bih.writeUInt16LE(32, 14);
      const pixels = Buffer.alloc(size * size * 4);
      for (let y = 0; y < size; y++)
        for (let x = 0; x < size; x++) {
          const s = ((size - 1 - y) * size + x) * 4;
          const d = (y * size + x) * 4;
          pixels.set([rgba[s + 2], rgba[s + 1], rgba[s], rgba[s + 3]], d);
        }
      const maskRow = Math.ceil(size / 32) * 4;
      body = Buffer.concat([bih, pixels, Buffer.alloc(maskRow * size)]);
    }
    const e = 6 + 16 * n;
    header[e] = size >= 256 ? 0 : size;
    header[e + 1] = size >= 256 ? 0 : size;
    header.writeUInt16LE(1, e + 4);
    header.writeUInt16LE(32, e + 6);
    header.writeUInt32LE(body.length, e + 8);
    header.writeUInt32LE(offset, e + 12);
    offset += body.length;
    bodies.push(body);
  });
  return Buffer.concat([header, ...bodies]);
}

/** An ICNS file of PNG entries. */
function icns(entries) {
  const parts = entries.map(([type, data]) => {
    const h = Buffer.alloc(8);
    h.write(type, 0, 'latin1');
    h.writeUInt32BE(data.length + 8, 4);
    return Buffer.concat([h, data]);
  });
  const body = Buffer.concat(parts);
  const h = Buffer.alloc(8);
  h.write('icns', 0, 'latin1');
  h.writeUInt32BE(body.length + 8, 4);
  return Buffer.concat([h, body]);
}

for (const file of [false, true]) {
  const cache = new Map();
  const img = (size) => {
    if (!cache.has(size)) cache.set(size, draw(size, file));
    return cache.get(size);
  };
  const base = file ? 'file' : 'icon';
  fs.writeFileSync(path.join(dir, `${base}.ico`), ico([16, 24, 32, 48, 64, 128, 256].map((size) => ({ size, rgba: img(size) }))));
  const types = [['icp4', 16], ['icp5', 32], ['icp6', 64], ['ic07', 128], ['ic08', 256], ['ic09', 512], ['ic10', 1024]];
  fs.writeFileSync(path.join(dir, `${base}.icns`), icns(types.map(([t, s]) => [t, png(s, img(s))])));
  if (!file) {
    fs.writeFileSync(path.join(dir, 'icon.png'), png(512, img(512)));
    fs.mkdirSync(path.join(dir, 'icons'), { recursive: true });
    for (const s of [16, 32, 48, 64, 128, 256, 512]) fs.writeFileSync(path.join(dir, 'icons', `${s}x${s}.png`), png(s, img(s)));
  }
}
console.log(`Ikon ditulis di ${path.relative(process.cwd(), dir) || '.'}`);
