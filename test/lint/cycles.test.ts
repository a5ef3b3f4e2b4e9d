import { describe, expect, it } from 'vitest';
// @ts-expect-error a plain JavaScript tool, run by npm test as well (test/tools/check-cycles.mjs)
import { findCycles } from '../tools/check-cycles.mjs';

// ESLint's import-x/no-cycle skips type-only imports; this check counts them (issue 23).
describe('the import cycle check', () => {
  it('finds a cycle made of type-only imports, over several lines, as a path back to its start', () => {
    expect(findCycles(['test/lint/fixtures/type-cycle'])).toEqual([
      [
        'test/lint/fixtures/type-cycle/earlier.ts',
        'test/lint/fixtures/type-cycle/figures.ts',
        'test/lint/fixtures/type-cycle/workshop.ts',
        'test/lint/fixtures/type-cycle/earlier.ts',
      ],
    ]);
  });

  it('does not count a dynamic import', () => {
    expect(findCycles(['test/lint/fixtures/no-cycle'])).toEqual([]);
  });

  it('finds none in src', () => {
    expect(findCycles(['src'])).toEqual([]);
  });
});
