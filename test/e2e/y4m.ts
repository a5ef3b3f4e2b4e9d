import { writeFileSync } from 'node:fs';
import encodeQR from 'qr';

/**
 * A small YUV4MPEG2 writer for Chromium's fake camera (--use-file-for-fake-video-capture): 4:2:0, each
 * frame a luma plane and two chroma planes. Grey only, so the chroma planes are all 128 (no colour).
 */
export function writeY4m(
  path: string,
  width: number,
  height: number,
  fps: number,
  lumas: Uint8Array[],
) {
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F${fps}:1 Ip A1:1 C420jpeg\n`);
  const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128);
  const parts: Buffer[] = [header];
  for (const luma of lumas) {
    if (luma.length !== width * height) throw new Error('A frame is not width × height');
    parts.push(Buffer.from('FRAME\n'), Buffer.from(luma), chroma);
  }
  writeFileSync(path, Buffer.concat(parts));
}

/** A white frame with nothing on it. */
export const blankFrame = (width: number, height: number) =>
  new Uint8Array(width * height).fill(255);

/** A white frame with a QR code of `text` in the middle, filling most of its height. */
export function qrFrame(text: string, width: number, height: number): Uint8Array {
  const grid = encodeQR(text, 'raw', { ecc: 'medium', border: 4 });
  const module = Math.floor((Math.min(width, height) * 0.9) / grid.length);
  const size = module * grid.length;
  const left = Math.floor((width - size) / 2);
  const top = Math.floor((height - size) / 2);
  const frame = blankFrame(width, height);
  grid.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (!dark) return;
      for (let dy = 0; dy < module; dy++) {
        const start = (top + y * module + dy) * width + left + x * module;
        frame.fill(0, start, start + module);
      }
    }),
  );
  return frame;
}
