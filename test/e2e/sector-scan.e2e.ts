import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGroupCode, groupCodeUrl } from '../../src/domain/group/groupCode';
import type { GroupFigures } from '../../src/domain/group/figures';
import { actionIds } from '../domain/fixtures';
import { FOUR } from '../domain/sector-fixtures';
import {
  axeViolations,
  baseUrl,
  launch,
  newPage,
  openContext,
  screenshot,
  screenshotDir,
} from './browser';
import { waitForHeading } from './journey';
import { checklist, responseCode } from './workshop-helpers';
import { blankFrame, qrFrame, writeY4m } from './y4m';

// Chromium's fake camera plays a video on a loop (as in scan.e2e.ts): the QR code a facilitator
// shows for a fourth council's group results (the address a phone opens), the first council's
// results again, and a member's own response code.
const W = 480;
const H = 360;
const codeOf = (f: GroupFigures) => {
  const code = encodeGroupCode(f, checklist);
  if (!code.ok) throw new Error(code.message);
  return code.value;
};
const personal = responseCode('c0ffee09', Object.fromEntries(actionIds.map((id) => [id, 2])));

function cameraVideo(texts: string[]) {
  const frames: Uint8Array[] = [];
  for (const text of texts) {
    for (let i = 0; i < 3; i++) frames.push(blankFrame(W, H));
    const frame = qrFrame(text, W, H);
    for (let i = 0; i < 12; i++) frames.push(frame);
  }
  const path = join(tmpdir(), `kai-sector-scan-${process.pid}.y4m`);
  writeY4m(path, W, H, 10, frames);
  return path;
}

let browser: Browser;
beforeAll(async () => {
  const video = cameraVideo([
    groupCodeUrl(baseUrl(), codeOf(FOUR[3]!)),
    codeOf(FOUR[0]!),
    personal,
  ]);
  browser = await launch([
    '--use-fake-device-for-media-stream',
    '--use-fake-ui-for-media-stream',
    `--use-file-for-fake-video-capture=${video}`,
  ]);
});
afterAll(() => browser?.close());

async function paste(page: Page, text: string) {
  await page.getByLabel('Paste a group results code or link').fill(text);
  await page.getByRole('button', { name: 'Add these group results' }).click();
}

/** Three councils pasted in, then the camera on: the fourth comes from its QR code. */
async function threeThenScan(page: Page) {
  for (const f of FOUR.slice(0, 3)) await paste(page, codeOf(f));
  await page.getByText('The code: added as “Group 3”.').waitFor();
  await page.getByRole('button', { name: "Scan with this device's camera" }).click();
  await page.getByText('The camera is on.').waitFor();
  await expect
    .poll(() => page.locator('.scan-item').allInnerTexts(), { timeout: 30_000, interval: 500 })
    .toEqual(
      expect.arrayContaining([
        'The QR code: added as “Group 4”, a group of 5.',
        'The QR code could not be added: these results are already in the picture, as “Group 1”. Nothing was added.',
        "The QR code could not be added: it is a participant's response code, not the group results: it goes to the facilitator.",
      ]),
    );
}

const groupRow = (page: Page, label: string) =>
  page
    .getByRole('table', { name: /groups' results on this device/ })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: label, exact: true }) })
    .innerText()
    .then((t) => t.replace(/\s+/g, ' ').trim());

describe('the sector picture collects group results through the camera', () => {
  it('adds a group from its QR code and refuses a duplicate, with the camera code loaded only on the press', async () => {
    const { context, foreignRequests, consoleErrors } = await openContext(browser, {
      width: 1280,
      height: 800,
    });
    const scripts: string[] = [];
    context.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    const page = await newPage(context, '#/sector');
    await waitForHeading(page, 'The sector picture');
    // The camera and the QR decoder are not part of the page until the button is pressed.
    expect(scripts.filter((u) => /CameraScanner|decode/.test(u))).toEqual([]);
    await threeThenScan(page);
    expect(scripts.filter((u) => /CameraScanner/.test(u))).toHaveLength(1);
    // Read many times a second while in view, each code is still listed once.
    await page.waitForTimeout(3000);
    expect(await page.locator('.scan-item').count()).toBe(3);
    expect(await page.locator('.scan-count').innerText()).toBe('1 group added while scanning.');
    // The scanned group is in the list, with its participants, and in the figures.
    expect(await groupRow(page, 'Group 4')).toMatch(/^Group 4 5 /);
    expect(await page.getByRole('rowheader', { name: /^Group \d$/ }).count()).toBe(4);
    await page.getByText(/^4 groups, 21 participants in all/).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('.scanner').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${screenshotDir}sector-scan-1280-camera.png` });
    await screenshot(page, 'sector-scan-1280');

    // Stopping the camera gives the button back, with focus on it.
    await page.getByRole('button', { name: 'Stop the camera' }).click();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      "Scan with this device's camera",
    );
    expect(foreignRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  }, 90_000);

  it('scans on a phone', async () => {
    const { context } = await openContext(browser, { width: 390, height: 844 });
    const page = await newPage(context, '#/sector');
    await waitForHeading(page, 'The sector picture');
    await threeThenScan(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('.scanner').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${screenshotDir}sector-scan-390-camera.png` });
    await screenshot(page, 'sector-scan-390');
    await context.close();
  }, 90_000);
});
