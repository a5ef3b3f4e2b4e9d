import { describe, expect, it } from 'vitest';
import { axeViolations, baseUrl, newPage, openContext, screenshot } from './browser';
import { browserForFile } from './fileBrowser';

const browser = browserForFile();

describe('the built app, served from a sub-path of a plain static host', () => {
  it('shows the four sections and their twenty actions from content/', async () => {
    const { context, foreignRequests, consoleErrors } = await openContext(browser());
    const page = await newPage(context);
    await expect
      .poll(() => page.locator('h1').textContent())
      .toContain("Council Leaders' Key Actions for Innovation");
    const sections = await page.locator('main ol li').allTextContents();
    expect(sections).toEqual([
      'Create the climate for innovation (6 actions)',
      'Lead for innovation (5 actions)',
      'Agree clear long-term ambitions for innovation (4 actions)',
      'Ensure priority innovations are delivered (5 actions)',
    ]);
    await screenshot(page, 'foundation-landing');
    expect(await axeViolations(page)).toEqual([]);
    expect(foreignRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('opens a deep link directly and after a refresh, with no server configuration', async () => {
    const { context } = await openContext(browser());
    const page = await newPage(context, '#/no-such-page');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Page not found');
    await page.reload();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Page not found');
    expect(page.url()).toBe(`${baseUrl()}#/no-such-page`);
    await context.close();
  });
});
