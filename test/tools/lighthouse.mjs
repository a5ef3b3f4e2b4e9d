// Runs Lighthouse (mobile defaults: a mid-range phone on a slow 4G connection, simulated) on the landing
// page, a section page and the results page of the built app, prints the scores and fails below the
// bar. Run by `npm run lighthouse`, which builds first. Reports go to test-results/lighthouse/.
// Functions passed to page.evaluate run in the browser.
/* global document */
import {
  createReadStream,
  existsSync,
  mkdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';
import lighthouse from 'lighthouse';
import puppeteer from 'puppeteer-core';

const BARS = { performance: 95, accessibility: 100, 'best-practices': 95 };
const CHROME_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];
const dist = new URL('../../dist/', import.meta.url).pathname;
const reportDir = new URL('../../test-results/lighthouse/', import.meta.url).pathname;
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};
// A page of the same origin that is not the app: answers are written to local storage there, so that
// no service worker or cached file from a first visit makes the audited load look faster than it is.
const SEED_PATH = '/lighthouse-seed';

/** dist/ on localhost, gzip-compressed as any ordinary static host serves it. */
function serve() {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (path === SEED_PATH) {
      res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>seed</title>');
      return;
    }
    let file = normalize(join(dist, path));
    if (!file.startsWith(dist)) return void res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return void res.writeHead(404).end('Not found');
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const compress =
      /gzip/.test(req.headers['accept-encoding'] ?? '') && !type.startsWith('image/png');
    res.writeHead(200, {
      'content-type': type,
      ...(compress ? { 'content-encoding': 'gzip' } : {}),
      // Hashed assets never change; everything else is checked each time, as a careful host would do.
      'cache-control': path.includes('/assets/')
        ? 'public, max-age=31536000, immutable'
        : 'no-cache',
    });
    const stream = createReadStream(file);
    (compress ? stream.pipe(createGzip()) : stream).pipe(res);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, origin: `http://localhost:${server.address().port}` }),
    ),
  );
}

/** What a leader who has answered every question has saved: answers written through the app itself. */
async function answersFromTheApp(browser, origin) {
  const page = await browser.newPage();
  await page.goto(`${origin}/#/section/climate`);
  for (const section of ['climate', 'leading', 'ambitions', 'delivery']) {
    await page.goto(`${origin}/#/section/${section}`);
    await page.waitForSelector('fieldset');
    await page.$$eval('fieldset', (groups) =>
      groups.forEach((group, i) => group.querySelectorAll('input')[i % 5]?.click()),
    );
  }
  const saved = await page.evaluate(() => JSON.stringify({ ...localStorage }));
  await page.close();
  return JSON.parse(saved);
}

async function audit({ name, hash, heading, seed, check }, origin) {
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: false, // --headless is in the flags, exactly as given
    args: CHROME_FLAGS,
  });
  try {
    const page = await browser.newPage();
    if (seed) {
      await page.goto(`${origin}${SEED_PATH}`);
      await page.evaluate((items) => {
        for (const [key, value] of Object.entries(items)) localStorage.setItem(key, value);
      }, seed);
    }
    const url = `${origin}/${hash}`;
    const result = await lighthouse(
      url,
      {
        onlyCategories: Object.keys(BARS),
        // Lighthouse clears the origin's storage before loading; keep the answers just written.
        disableStorageReset: Boolean(seed),
        logLevel: 'error',
        output: 'html',
      },
      undefined,
      page,
    );
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    // Hash routes: make sure the page audited is the one meant, not the landing page.
    const shown = await page.evaluate(() => ({
      heading: document.querySelector('h1')?.textContent ?? '',
      main: document.querySelector('main')?.textContent ?? '',
    }));
    if (!result.lhr.finalDisplayedUrl.endsWith(hash) || !shown.heading.includes(heading))
      throw new Error(
        `Lighthouse audited "${shown.heading}" at ${result.lhr.finalDisplayedUrl}, not "${heading}" at ${url}`,
      );
    if (check && !check(shown)) throw new Error(`${name}: the page did not show what it should`);
    return result;
  } finally {
    await browser.close();
  }
}

const score = (lhr, id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
const belowBar = (lhr) => Object.entries(BARS).some(([id, bar]) => score(lhr, id) < bar);

const { server, origin } = await serve();
let failed = false;
try {
  const seeder = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: false,
    args: CHROME_FLAGS,
  });
  const answers = await answersFromTheApp(seeder, origin).finally(() => seeder.close());
  if (!Object.keys(answers).some((key) => key === 'kai.assessment'))
    throw new Error('Could not save answers through the app to audit the results page');

  const pages = [
    { name: 'Landing', hash: '', heading: "Council Leaders' Key Actions for Innovation" },
    { name: 'Section', hash: '#/section/climate', heading: 'Create the climate for innovation' },
    {
      name: 'Results',
      hash: '#/results',
      heading: 'Your results',
      seed: answers,
      // The scores, from the answers saved above. The charts are below a phone's first screen and
      // are drawn when scrolled to, after the load Lighthouse measures.
      check: (shown) => /\d+\s*overall score out of 100/.test(shown.main),
    },
  ];
  console.log(
    `Lighthouse ${JSON.parse(readFileSync(new URL('../../node_modules/lighthouse/package.json', import.meta.url), 'utf8')).version}, mobile defaults, ${origin}`,
  );
  // LH_ONLY=Results audits one page, for working on it.
  for (const page of pages.filter((p) => !process.env.LH_ONLY || p.name === process.env.LH_ONLY)) {
    // Lighthouse's own advice on its run-to-run variance is to take the median of several runs. A
    // page that passes at once is not run again; one that does not is run twice more.
    const runs = [await audit(page, origin)];
    if (belowBar(runs[0].lhr)) runs.push(await audit(page, origin), await audit(page, origin));
    runs.sort((a, b) => score(a.lhr, 'performance') - score(b.lhr, 'performance'));
    const { lhr, report } = runs[Math.floor(runs.length / 2)];
    mkdirSync(reportDir, { recursive: true });
    const slug = page.name.toLowerCase();
    writeFileSync(`${reportDir}${slug}.html`, report);
    writeFileSync(`${reportDir}${slug}.json`, JSON.stringify(lhr, null, 1));
    const below = belowBar(lhr);
    const scores = Object.entries(BARS).map(
      ([id, bar]) =>
        `${lhr.categories[id]?.title ?? id} ${score(lhr, id)}${score(lhr, id) < bar ? ` (below ${bar})` : ''}`,
    );
    const note =
      runs.length > 1
        ? ` (median of ${runs.length} runs; performance ${runs.map((r) => score(r.lhr, 'performance')).join(', ')})`
        : '';
    console.log(`${page.name.padEnd(8)} ${page.hash || '/'}: ${scores.join(', ')}${note}`);
    if (below) {
      failed = true;
      for (const id of Object.keys(BARS))
        for (const ref of lhr.categories[id]?.auditRefs ?? []) {
          const a = lhr.audits[ref.id];
          if (ref.weight > 0 && a && a.score !== null && a.score < 1)
            console.log(`    ${id}: ${a.id} ${a.displayValue ?? ''} (score ${a.score})`);
        }
    }
  }
} finally {
  server.close();
}
console.log(`Reports: test-results/lighthouse/`);
if (failed) {
  console.error(
    `Below the bar (performance ${BARS.performance}, accessibility ${BARS.accessibility}, best practices ${BARS['best-practices']}).`,
  );
  process.exit(1);
}
