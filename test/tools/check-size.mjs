// Measures the JavaScript the first page loads (the entry chunk and everything it imports statically)
// and the whole app's JavaScript, gzipped, from Vite's build manifest. Fails over budget.
// Run after `vite build`: node test/tools/check-size.mjs
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const FIRST_LOAD_BUDGET = 110 * 1024;
const dist = new URL('../../dist/', import.meta.url).pathname;
const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));
const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
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

const firstLoadJs = [...firstLoad].filter((f) => f.endsWith('.js'));
const firstLoadBytes = firstLoadJs.reduce((sum, f) => sum + gz(f), 0);
const allJs = readdirSync(join(dist, 'assets'))
  .filter((f) => f.endsWith('.js'))
  .map((f) => `assets/${f}`);
const allBytes = allJs.reduce((sum, f) => sum + gz(f), 0);

console.log(`First-load JavaScript: ${kB(firstLoadBytes)} gzip (budget ${kB(FIRST_LOAD_BUDGET)})`);
for (const f of firstLoadJs) console.log(`  ${f}  ${kB(gz(f))}`);
console.log(`All JavaScript: ${kB(allBytes)} gzip in ${allJs.length} files`);
for (const f of allJs.filter((f) => !firstLoad.has(f)))
  console.log(`  ${f}  ${kB(gz(f))} (loaded on demand)`);

if (firstLoadBytes > FIRST_LOAD_BUDGET) {
  console.error(
    `First-load JavaScript is over budget by ${kB(firstLoadBytes - FIRST_LOAD_BUDGET)}.`,
  );
  process.exit(1);
}
