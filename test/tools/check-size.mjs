// Measures, gzipped, the JavaScript the first page loads (the entry chunk, every module index.html
// preloads, such as React's DOM renderer that the entry imports just after the first paint, and
// everything those import statically) and all the JavaScript the app can ever load, and fails over either budget.
// "All" counts every .js file of the hosted build: the page's chunks, the lazily loaded ones, and the
// service worker with its workbox runtime, which the browser downloads on the first visit and runs
// beside the page. The single-file build's inline script, when built, is measured against the same
// whole-app budget. Run after `vite build` (and `vite build --mode single`): node test/tools/check-size.mjs
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const FIRST_LOAD_BUDGET = 110 * 1024;
// 300 kB until issue 11, which added the in-room QR codes: the QR encoder (about 6 kB) and the camera
// decoder (about 13 kB), each loaded only by the pages that use them but kept for offline use. 340 kB
// since issues 10 and 14 (history pages, the saved-format guard): every addition is loaded on demand
// except the guard, and the first-load budget above is unchanged. 365 kB since issue 21 (charts drawn
// by recharts, decision 012): measured 350.0 kB with recharts' chunk (122.3 kB, loaded after the first
// paint by the pages with a chart), plus 15 kB. 398 kB when issue 21 landed after issues 24–26 (the
// sector picture, the saved-data kernel, papaparse: 260.3 kB without the charts): measured 382.6 kB,
// plus 15 kB. Each later issue that adds code raises it by what it measures, and says so.
const ALL_JS_BUDGET = 398 * 1024;
const dist = new URL('../../dist/', import.meta.url).pathname;
const singleFile = new URL('../../dist-single/key-actions-for-innovation.html', import.meta.url)
  .pathname;
const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));
const gzBytes = (text) => gzipSync(text, { level: 9 }).length;
const gz = (file) => gzBytes(readFileSync(join(dist, file)));
const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;

const entry = Object.entries(manifest).find(([, chunk]) => chunk.isEntry);
if (!entry) throw new Error('No entry chunk in dist/.vite/manifest.json');

const firstLoad = new Set();
const visit = (key) => {
  const chunk = manifest[key];
  if (!chunk || firstLoad.has(chunk.file)) return;
  firstLoad.add(chunk.file);
  for (const imported of chunk.imports ?? []) visit(imported);
};
visit(entry[0]);
// What index.html itself loads or preloads is first-load JavaScript too, however the entry imports it.
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const keyOfFile = new Map(Object.entries(manifest).map(([key, chunk]) => [chunk.file, key]));
// The hosted build's swap script asks for its list of modules once the page is painted
// (src/build/prerender/scripts.ts): a JSON array of file names just before `.forEach`.
const preloadedAfterPaint = [...html.matchAll(/(\[(?:"[^"]+\.js",?)*\])\.forEach/g)].flatMap(
  ([, list]) => JSON.parse(list).map((f) => `href="${f}"`),
);
const preloaded = [html, ...preloadedAfterPaint].join('\n');
for (const [, file] of preloaded.matchAll(/href="\.\/([^"]+\.js)"/g)) {
  if (!keyOfFile.has(file))
    throw new Error(`index.html preloads ${file}, which the build did not make`);
  visit(keyOfFile.get(file));
}

const firstLoadJs = [...firstLoad].filter((f) => f.endsWith('.js'));
const firstLoadBytes = firstLoadJs.reduce((sum, f) => sum + gz(f), 0);
const pageJs = readdirSync(join(dist, 'assets'))
  .filter((f) => f.endsWith('.js'))
  .map((f) => `assets/${f}`);
const workerJs = readdirSync(dist).filter((f) => f.endsWith('.js'));
const allJs = [...pageJs, ...workerJs];
const allBytes = allJs.reduce((sum, f) => sum + gz(f), 0);

const failures = [];
console.log(`First-load JavaScript: ${kB(firstLoadBytes)} gzip (budget ${kB(FIRST_LOAD_BUDGET)})`);
for (const f of firstLoadJs) console.log(`  ${f}  ${kB(gz(f))}`);
if (firstLoadBytes > FIRST_LOAD_BUDGET)
  failures.push(
    `First-load JavaScript is over budget by ${kB(firstLoadBytes - FIRST_LOAD_BUDGET)}.`,
  );

console.log(
  `All JavaScript: ${kB(allBytes)} gzip in ${allJs.length} files (budget: under ${kB(ALL_JS_BUDGET)})`,
);
for (const f of pageJs.filter((f) => !firstLoad.has(f)))
  console.log(`  ${f}  ${kB(gz(f))} (loaded on demand)`);
for (const f of workerJs) console.log(`  ${f}  ${kB(gz(f))} (service worker)`);
if (allBytes >= ALL_JS_BUDGET)
  failures.push(`All JavaScript is over budget by ${kB(allBytes - ALL_JS_BUDGET)}.`);

// What a link straight to a lazily loaded page fetches beside the first load (the head script's table
// in src/build/prerender/scripts.ts: a JSON array just before `.concat`). On a slow connection each
// file is a round trip, six at a time, so the pages Lighthouse audits have a budget in files (issue
// 21: the group results came in 11 files and their largest paint waited for them).
const FILES_BUDGET = {
  '^/results$': 1,
  '^/history$': 5,
  '^/workshops/[^/]+/results$': 4,
};
const linked = /(\[\{"route"[^\n]*?\}\])\.concat/.exec(html);
if (linked) {
  console.log('A link to a lazily loaded page also fetches:');
  const table = JSON.parse(linked[1]);
  for (const { route, files } of table) {
    const js = files.map((f) => f.replace(/^\.\//, '')).filter((f) => !firstLoad.has(f));
    const bytes = js.reduce((sum, f) => sum + gz(f), 0);
    const budget = FILES_BUDGET[route];
    console.log(
      `  ${route.padEnd(28)} ${kB(bytes)} in ${js.length} file${js.length === 1 ? '' : 's'}${budget ? ` (budget ${budget})` : ''}`,
    );
    if (budget && js.length > budget)
      failures.push(`A link to ${route} fetches ${js.length} files, over its budget of ${budget}.`);
  }
  for (const route of Object.keys(FILES_BUDGET))
    if (!table.some((r) => r.route === route))
      failures.push(`No link table entry for ${route}: its budget in files cannot be checked.`);
}

if (existsSync(singleFile)) {
  const html = readFileSync(singleFile, 'utf8');
  const scripts = [...html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)];
  const scriptBytes = scripts.reduce((sum, m) => sum + gzBytes(m[1]), 0);
  console.log(
    `Single-file build: ${kB(gzBytes(html))} gzip in all, its inline JavaScript ${kB(scriptBytes)} gzip (budget: under ${kB(ALL_JS_BUDGET)})`,
  );
  if (scriptBytes >= ALL_JS_BUDGET)
    failures.push(
      `The single-file build's JavaScript is over budget by ${kB(scriptBytes - ALL_JS_BUDGET)}.`,
    );
}

for (const failure of failures) console.error(failure);
if (failures.length > 0) process.exit(1);
