// Types for the Lighthouse seeds, which the browser tests use too (test/e2e/prerender.e2e.ts).
import type { Browser } from 'puppeteer-core';

export const WORKSHOP_ID: string;
/** localStorage items: one workshop of `size` members who have all answered. */
export function workshopOf(size: number): Record<string, string>;
export function answersFromTheApp(
  browser: Browser,
  origin: string,
): Promise<Record<string, string>>;
