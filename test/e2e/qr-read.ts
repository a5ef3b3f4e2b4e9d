import { decodeQR } from 'qr/decode.js';
import type { Locator } from 'playwright-core';

/**
 * Reads the QR code drawn on screen, as a phone would: the SVG is drawn on a canvas in a blank page
 * (the app's own policy rightly forbids data: images) and its pixels decoded here.
 */
export async function readQr(svg: Locator): Promise<string> {
  const markup = await svg.evaluate((el) => new XMLSerializer().serializeToString(el));
  const blank = await svg.page().context().newPage();
  try {
    const size = 480;
    const pixels = await blank.evaluate(
      async ({ markup, size }) => {
        const img = new Image(size, size);
        img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`;
        await img.decode();
        const canvas = document.createElement('canvas');
        canvas.width = size;
        canvas.height = size;
        const context = canvas.getContext('2d')!;
        context.drawImage(img, 0, 0, size, size);
        return Array.from(context.getImageData(0, 0, size, size).data);
      },
      { markup, size },
    );
    return decodeQR({ width: size, height: size, data: new Uint8Array(pixels) });
  } finally {
    await blank.close();
  }
}
