import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newPage, openContext, screenshot } from './browser';
import { browserForFile } from './fileBrowser';
import { fivePersonWorkshop } from '../domain/workshop-fixtures';
import { at, expectHeading, importWorkshop } from './workshop-helpers';

const browser = browserForFile();

const gaps = (page: Page) =>
  page.evaluate(() => {
    const header = document.querySelector('.site-header')!.getBoundingClientRect();
    const footer = document.querySelector('.site-footer')!.getBoundingClientRect();
    const main = document.querySelector('main')!;
    const first = main.querySelector('h1, a, p, .back-link')!.getBoundingClientRect();
    const buttons = [...main.querySelectorAll('button, .button')].filter(
      (b) => (b as HTMLElement).offsetParent !== null,
    );
    const last = buttons.at(-1)?.getBoundingClientRect();
    return {
      underHeader: Math.round(first.top - header.bottom),
      aboveFooter: last ? Math.round(footer.top + scrollY - (last.bottom + scrollY)) : null,
      bandUnderFooter: Math.round(innerHeight - (footer.bottom + scrollY)),
    };
  });

describe('spacing, targets and inputs', () => {
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ]) {
    it(`radios are 40 px rows, chosen by a click anywhere on the row (${viewport.width} px)`, async () => {
      const { context } = await openContext(browser(), viewport);
      const page = await newPage(context, '#/section/climate');
      await page.locator('fieldset .radio').first().waitFor();
      const rows = page.locator('fieldset').first().locator('.radio');
      const count = await rows.count();
      expect(count).toBe(6);
      for (let i = 0; i < count; i++) {
        const box = (await rows.nth(i).boundingBox())!;
        expect(box.height, `row ${i + 1}`).toBeGreaterThanOrEqual(40);
        // Far right of the row, past the end of the label's words.
        await page.mouse.click(box.x + box.width - 4, box.y + box.height / 2);
        expect(await rows.nth(i).locator('input').isChecked(), `row ${i + 1}`).toBe(true);
      }
      await screenshot(page, `issue13-section-${viewport.width}`);
      await context.close();
    });
  }

  it('puts space under the header and above the footer, and no band under it', async () => {
    const { context } = await openContext(browser(), { width: 1280, height: 800 });
    const page = await newPage(context, '#/workshops/new');
    await expectHeading(page, 'Create a workshop');
    const created = await gaps(page);
    expect(created.underHeader).toBeGreaterThanOrEqual(24);
    expect(created.aboveFooter).toBeGreaterThanOrEqual(24);
    // "(optional)" looks the same in a label and in a legend.
    const styles = await page
      .locator('.hint', { hasText: '(optional)' })
      .evaluateAll((hints) =>
        hints.map((h) => `${getComputedStyle(h).fontWeight} ${getComputedStyle(h).color}`),
      );
    expect(styles.length).toBeGreaterThanOrEqual(2);
    expect(new Set(styles).size).toBe(1);
    expect(await page.locator('legend', { hasText: '(optional)' }).locator('.hint').count()).toBe(
      1,
    );

    await page.goto(at(page, '#/privacy'));
    await page.setViewportSize({ width: 1280, height: 2400 });
    expect((await gaps(page)).bandUnderFooter).toBeLessThanOrEqual(0);

    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(at(page, '#/workshops'));
    await expectHeading(page, 'Workshops');
    const button = await page
      .getByLabel('Choose a workshop file')
      .evaluate((input) => getComputedStyle(input, '::file-selector-button').backgroundColor);
    expect(button).toBe('rgb(243, 242, 241)');
    await screenshot(page, 'issue13-workshops-1280');
    await context.close();
  });
});

describe("a member's turn on a shared device", () => {
  it('hides the site navigation, with a clear way out for the facilitator', async () => {
    const { context } = await openContext(browser(), { width: 390, height: 844 });
    const page = await newPage(context, '#/workshops');
    const id = await importWorkshop(page, fivePersonWorkshop());
    await page.goto(at(page, `#/workshops/${id}/turn`));
    await page.getByRole('button', { name: 'Start answering' }).click();
    await expectHeading(page, 'Create the climate for innovation');
    expect(await page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(false);
    expect(await page.getByRole('link', { name: 'Results' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Key Actions for Innovation' }).count()).toBe(0);
    await screenshot(page, 'issue13-turn-390');
    await page.getByRole('button', { name: 'End this turn (facilitator)' }).click();
    await page.getByRole('button', { name: 'Yes, end the turn' }).click();
    await expectHeading(page, 'Cabinet away day');
    expect(await page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(true);
    await context.close();
  });
});
