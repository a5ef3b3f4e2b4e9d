// A page in a fresh browser as the measuring tools see it: Lighthouse's phone (412×823), the saved
// data written first on the seed page (see server.mjs), and the processor slowed as a phone's.
// Functions passed to page.evaluate run in the browser.
import { SEED_PATH } from './server.mjs';

export async function seededPhone(browser, origin, seed, slowdown) {
  const page = await browser.newPage();
  await page.setViewport({ width: 412, height: 823, deviceScaleFactor: 1.75, isMobile: true });
  await page.goto(origin + SEED_PATH);
  await page.evaluate((items) => {
    for (const [key, value] of Object.entries(items)) localStorage.setItem(key, value);
  }, seed);
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
  return { page, cdp };
}
