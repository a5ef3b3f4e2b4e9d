// Renders the app's PNG icons from its SVG icons with the same Chromium the browser tests use, so no
// image tool is needed. Run after changing an icon: node test/tools/make-icons.mjs (the PNGs are committed).
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const root = new URL('../../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');
const icon = read('public/icons/icon.svg');
const maskable = read('test/tools/icons/maskable.svg');
const outputs = [
  [icon, 192, 'public/icons/icon-192.png'],
  [icon, 512, 'public/icons/icon-512.png'],
  [maskable, 512, 'public/icons/icon-maskable-512.png'],
  // iOS draws its own rounded corners over a full square.
  [maskable, 180, 'public/icons/apple-touch-icon.png'],
];

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage();
for (const [svg, size, path] of outputs) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
  );
  await page.screenshot({ path: new URL(path, root).pathname, omitBackground: true });
  console.log(`${path} (${size}×${size})`);
}
await browser.close();
