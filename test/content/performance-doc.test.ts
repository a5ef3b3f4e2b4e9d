import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// docs/performance.md describes what keeps the app fast today; a file it names that is gone, or a
// chart the app no longer draws, sends a maintainer looking for code that is not there.
const root = join(import.meta.dirname, '../..');
// A path broken over two lines of the Markdown is joined back together.
const text = readFileSync(join(root, 'docs/performance.md'), 'utf8').replace(/\/\n\s+/g, '/');

describe('docs/performance.md', () => {
  it('names only source files that exist', () => {
    const named = [...text.matchAll(/\b((?:src|test)\/[\w./-]+\.(?:tsx|ts|mjs|css))/g)].map(
      (m) => m[1]!,
    );
    expect(named.length).toBeGreaterThan(3);
    expect(named.filter((path) => !existsSync(join(root, path)))).toEqual([]);
  });

  it('does not describe the radar or the chart library as still drawn', () => {
    const radar = text.split('\n').filter((line) => /radar/i.test(line));
    expect(radar.every((line) => /replaced|no radar/i.test(line))).toBe(true);
    expect(text).not.toMatch(/library loads with the first chart/);
  });
});
