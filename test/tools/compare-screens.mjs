// Compares two folders of screenshots (test/e2e/pixel-screens.e2e.ts) picture by picture: the same
// bytes, or else the same pixels once decoded. Exits non-zero if a picture is missing on either side
// or any pixel differs.   node test/tools/compare-screens.mjs <before-dir> <after-dir>
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';

const [before, after] = process.argv.slice(2);
if (!before || !after) {
  console.error('usage: node test/tools/compare-screens.mjs <before-dir> <after-dir>');
  process.exit(2);
}

/** Width, height and RGBA pixels of an 8-bit, non-interlaced PNG (what Chromium's screenshots are). */
export function decodePng(buffer) {
  let width = 0;
  let height = 0;
  let colourType = 0;
  const data = [];
  for (let at = 8; at < buffer.length;) {
    const length = buffer.readUInt32BE(at);
    const type = buffer.toString('latin1', at + 4, at + 8);
    const body = buffer.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      if (body[8] !== 8 || body[12] !== 0) throw new Error('only 8-bit, non-interlaced PNGs');
      colourType = body[9];
    } else if (type === 'IDAT') data.push(body);
    at += 12 + length;
  }
  const channels = { 0: 1, 2: 3, 4: 2, 6: 4 }[colourType];
  if (!channels) throw new Error(`PNG colour type ${colourType} not handled`);
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * channels;
  const pixels = Buffer.alloc(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? pixels[y * stride + x - channels] : 0;
      const b = y > 0 ? pixels[(y - 1) * stride + x] : 0;
      const c = x >= channels && y > 0 ? pixels[(y - 1) * stride + x - channels] : 0;
      const p = a + b - c;
      const pa = Math.abs(p - a);
      const pb = Math.abs(p - b);
      const pc = Math.abs(p - c);
      const predict = [0, a, b, (a + b) >> 1, pa <= pb && pa <= pc ? a : pb <= pc ? b : c][filter];
      pixels[y * stride + x] = (line[x] + predict) & 0xff;
    }
  }
  return { width, height, channels, pixels };
}

const names = (dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.png'))
    .sort();
const all = [...new Set([...names(before), ...names(after)])].sort();
let failed = 0;
for (const name of all) {
  let a, b;
  try {
    a = readFileSync(join(before, name));
    b = readFileSync(join(after, name));
  } catch {
    console.log(`${name}: only in one folder`);
    failed++;
    continue;
  }
  if (a.equals(b)) {
    console.log(`${name}: identical bytes`);
    continue;
  }
  const x = decodePng(a);
  const y = decodePng(b);
  if (x.width !== y.width || x.height !== y.height) {
    console.log(`${name}: ${x.width}x${x.height} before, ${y.width}x${y.height} after`);
    failed++;
    continue;
  }
  let differ = 0;
  for (let i = 0; i < x.pixels.length; i += x.channels)
    if (x.pixels.compare(y.pixels, i, i + y.channels, i, i + x.channels) !== 0) differ++;
  console.log(`${name}: ${differ === 0 ? 'identical pixels' : `${differ} pixels differ`}`);
  if (differ) failed++;
}
console.log(`${all.length} pictures, ${failed} differ`);
process.exit(failed ? 1 : 0);
