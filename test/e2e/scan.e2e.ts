import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { encodeResponseCode } from '../../src/domain/response/responseCode';
import { answersWith, emptyWorkshop, fiveAnswers } from '../domain/workshop-fixtures';
import { axeViolations, launch, newPage, openContext, screenshot } from './browser';
import { checklist, expectHeading, importWorkshop, responseCode, scale } from './workshop-helpers';
import { blankFrame, qrFrame, writeY4m } from './y4m';

// Chromium's fake camera plays a video file on a loop: here, three members' QR codes, the first
// member's again with changed answers, and three QR codes that must each be refused with a message.
const W = 480;
const H = 360;
const codes = {
  chris: responseCode('c0ffee01', fiveAnswers.chris),
  dee: responseCode('c0ffee02', fiveAnswers.dee),
  eve: responseCode('c0ffee03', fiveAnswers.eve),
  chrisAgain: responseCode('c0ffee01', answersWith(4)),
};
const otherChecklist = (() => {
  const r = encodeResponseCode(
    { responseId: 'c0ffee09', answers: fiveAnswers.chris },
    { ...checklist, id: 'chief-executives-key-actions' },
    scale,
  );
  if (!r.ok) throw new Error(r.message);
  return r.value;
})();
// One character changed: the checksum catches it.
const mistyped = `${codes.eve.slice(0, 10)}${codes.eve[10] === 'A' ? 'B' : 'A'}${codes.eve.slice(11)}`;
const sequence = [
  codes.chris,
  codes.dee,
  'https://example.org/not-a-response',
  codes.eve,
  mistyped,
  otherChecklist,
  codes.chrisAgain,
];

function cameraVideo(texts: string[]) {
  const frames: Uint8Array[] = [];
  for (const text of texts) {
    for (let i = 0; i < 3; i++) frames.push(blankFrame(W, H));
    const frame = qrFrame(text, W, H);
    for (let i = 0; i < 12; i++) frames.push(frame);
  }
  const path = join(tmpdir(), `kai-scan-${process.pid}.y4m`);
  writeY4m(path, W, H, 10, frames);
  return path;
}

const FAKE_CAMERA = ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'];
const browsers: Browser[] = [];
afterAll(async () => {
  await Promise.all(browsers.map((b) => b.close()));
});
async function browserWith(flags: string[]) {
  const b = await launch(flags);
  browsers.push(b);
  return b;
}

/** Records each camera track the page opens, to check that leaving the page stops them. */
async function watchTracks(context: BrowserContext) {
  await context.addInitScript(() => {
    const tracks: MediaStreamTrack[] = [];
    (window as unknown as { __tracks: MediaStreamTrack[] }).__tracks = tracks;
    const original = navigator.mediaDevices?.getUserMedia?.bind(navigator.mediaDevices);
    if (!original) return;
    navigator.mediaDevices.getUserMedia = async (constraints) => {
      const stream = await original(constraints);
      tracks.push(...stream.getTracks());
      return stream;
    };
  });
}
const liveTracks = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as { __tracks: MediaStreamTrack[] }).__tracks.map((t) => t.readyState),
  );

async function openAddResponses(context: BrowserContext, anonymous = false) {
  const page = await newPage(context, '#/workshops');
  await expectHeading(page, 'Workshops');
  await importWorkshop(page, { ...emptyWorkshop(anonymous), title: 'Away day' });
  await page.getByRole('link', { name: 'Add responses from files or codes' }).click();
  await expectHeading(page, 'Add responses');
  return page;
}

const listed = (page: Page) =>
  page
    .locator('.scan-item')
    .evaluateAll((items) =>
      items.map((i) => (i as HTMLElement).innerText.replace(/\s+/g, ' ').trim()),
    );

describe("scanning members' QR codes with the device's camera", () => {
  it('adds three members as their codes are read, refuses bad ones, and stops the camera on leaving', async () => {
    const video = cameraVideo(sequence);
    const browser = await browserWith([
      ...FAKE_CAMERA,
      `--use-file-for-fake-video-capture=${video}`,
    ]);
    const { context, foreignRequests, consoleErrors } = await openContext(browser, {
      width: 1280,
      height: 800,
    });
    await watchTracks(context);
    const page = await openAddResponses(context);
    // No camera is asked for until the button is pressed.
    expect(await liveTracks(page)).toEqual([]);
    await page.getByRole('button', { name: "Scan with this device's camera" }).click();
    await page.getByText('The camera is on.').waitFor();
    expect(await liveTracks(page)).toEqual(['live']);
    // Focus goes to the one control the facilitator needs next.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Stop the camera');

    // Each code is listed once as it arrives, newest first.
    await expect
      .poll(() => listed(page), { timeout: 30_000, interval: 500 })
      .toEqual(
        expect.arrayContaining([
          'Participant 1 added',
          'Participant 2 added',
          'Participant 3 added',
          'A QR code could not be added: it is not a response code: a response code starts with "KAI1-" or "KAI2-". Nothing has changed.',
          expect.stringMatching(/^A QR code could not be added: it does not check out/),
          `A QR code could not be added: it is for a different checklist, not "${checklist.title}". Nothing has changed.`,
          expect.stringContaining(
            "These answers come from the same assessment as Participant 1's, already in.",
          ),
        ]),
      );
    // Read many times a second while in view, each code still appears once.
    await page.waitForTimeout(3000);
    expect((await listed(page)).length).toBe(7);
    expect(await page.locator('.scan-count').innerText()).toBe('3 responses added while scanning.');
    await screenshot(page, 'scan-laptop-01-scanning');
    expect(await axeViolations(page)).toEqual([]);

    // The duplicate: the facilitator chooses, as with files.
    await page.getByRole('button', { name: 'Replace the answers already in with these' }).click();
    expect(await listed(page)).toContain('Participant 1: answers replaced');
    expect(await page.locator('.scan-count').innerText()).toBe(
      '3 responses added, 1 replaced while scanning.',
    );

    // The paste box still works while scanning.
    await page.getByLabel('Paste response codes').fill(responseCode('c0ffee07', fiveAnswers.asha));
    await page.getByRole('button', { name: 'Add the codes' }).click();
    await page.getByRole('heading', { name: '1 response added' }).waitFor();

    // Leaving the page stops the camera.
    await page.getByRole('link', { name: 'Back to the workshop' }).first().click();
    await expectHeading(page, 'Away day');
    await expect.poll(() => liveTracks(page)).toEqual(['ended']);
    const text = await page.locator('main').innerText();
    expect(text).toContain('4 of 4 participants have answered.');
    expect(text.match(/Added from a response code/g)?.length).toBe(4);
    expect(foreignRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('says so when the camera is refused, and the paste box still works', async () => {
    const browser = await browserWith([
      '--use-fake-device-for-media-stream',
      '--deny-permission-prompts',
    ]);
    const { context } = await openContext(browser, { width: 1280, height: 800 });
    const page = await openAddResponses(context);
    // With the keyboard alone.
    await page.getByRole('button', { name: "Scan with this device's camera" }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'The camera was not allowed' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      'Close this message',
    );
    expect(await page.getByRole('alert').innerText()).toContain(
      "allow the camera for this app in the browser's settings",
    );
    await screenshot(page, 'scan-laptop-02-refused');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Paste response codes').fill(codes.chris);
    await page.getByRole('button', { name: 'Add the codes' }).click();
    await page.getByRole('heading', { name: '1 response added' }).waitFor();
    // Closing the message offers the camera again.
    await page.getByRole('button', { name: 'Close this message' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: "Scan with this device's camera" }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      "Scan with this device's camera",
    );
    await context.close();
  });

  it('says so when there is no camera', async () => {
    const browser = await browserWith(['--use-fake-ui-for-media-stream']);
    const { context } = await openContext(browser, { width: 1280, height: 800 });
    const page = await openAddResponses(context);
    await page.getByRole('button', { name: "Scan with this device's camera" }).click();
    await page.getByRole('heading', { name: 'No camera was found' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
