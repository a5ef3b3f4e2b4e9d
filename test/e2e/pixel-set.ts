import type { Server } from 'node:http';
import { afterAll, beforeAll, inject } from 'vitest';
import { serveStatic } from './static-server';

/**
 * A set of pictures for a before-and-after pixel check (test/tools/compare-screens.mjs): the folder
 * they go in (test-results/<name>/before, after, or latest without SCREENS_OUT) and the built app,
 * served on a fixed port because a page may show the app's address (the workshop's QR code).
 */
export function pixelSet(name: string, port: number) {
  const out = new URL(
    `../../test-results/${name}/${process.env.SCREENS_OUT ?? 'latest'}/`,
    import.meta.url,
  ).pathname;
  const site = { url: '' };
  let server: Server;
  beforeAll(async () => {
    ({ server, url: site.url } = await serveStatic(
      inject('distDir'),
      '/councils/innovation/',
      port,
    ));
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return { out, site };
}

/**
 * Each picture test tries once more on a failure. Flicking through a long page while its charts
 * draw stalls headless Chromium 150's rendering for good, about one load of the group results in
 * ten: no frame, no IntersectionObserver report, no screenshot, while the page's script still runs.
 * Builds from before the chart kit's last changes stall the same way (docs/performance.md, "Known
 * limits"). A second try opens a new page in a new context.
 */
export const RETRY_ON_STALL = { retry: 1 };
