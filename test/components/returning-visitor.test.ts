import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  emptyAssessment,
  hasStarted,
  type Assessment,
} from '../../src/domain/assessment/assessment';
import { headScript, STARTED_CHECK } from '../../src/build/prerender/scripts';
import { actionIds, checklist } from '../domain/fixtures';

// The built page's inline script tells a returning visitor before any of the app's code has run
// (src/build/prerender/scripts.ts). It must agree with the app's own hasStarted, or the landing would
// change its buttons when the app takes over.
const startedCheck = new Function(`return ${STARTED_CHECK}`)() as (a: Assessment) => boolean;

const text = fc.oneof(fc.constant(''), fc.constant('   '), fc.string({ maxLength: 4 }));
const assessment: fc.Arbitrary<Assessment> = fc
  .record({
    answers: fc.dictionary(
      fc.constantFrom(...actionIds),
      fc.oneof(fc.integer({ min: 0, max: 4 }), fc.constant('not-sure' as const)),
      { maxKeys: 3 },
    ),
    notes: fc.dictionary(fc.constantFrom(...actionIds), text, { maxKeys: 2 }),
    aboutYou: fc.record({ name: text, role: text, council: text }),
    plan: fc.array(
      fc.record({
        actionId: fc.constantFrom(...actionIds),
        what: fc.string(),
        who: fc.string(),
        byWhen: fc.constant(null),
        measure: fc.string(),
      }),
      { maxLength: 1 },
    ),
  })
  .map((parts) => ({ ...emptyAssessment(checklist), ...parts }));

describe("the built page's returning-visitor check", () => {
  it('agrees with hasStarted on any saved assessment', () => {
    fc.assert(
      fc.property(assessment, (a) => {
        expect(startedCheck(a)).toBe(hasStarted(a));
      }),
    );
  });

  it('says an empty assessment, and one with only blank notes and details, has not started', () => {
    const empty = emptyAssessment(checklist);
    expect(startedCheck(empty)).toBe(false);
    expect(
      startedCheck({
        ...empty,
        notes: { [actionIds[0]!]: '  ' },
        aboutYou: { name: ' ', role: '', council: '' },
      }),
    ).toBe(false);
    expect(startedCheck({ ...empty, answers: { [actionIds[0]!]: 'not-sure' } })).toBe(true);
  });
});

describe('the head script', () => {
  const run = (saved: string | null, hash = '') => {
    document.documentElement.className = '';
    document.documentElement.removeAttribute('data-prerender-swap');
    localStorage.clear();
    if (saved !== null) localStorage.setItem('kai.assessment', saved);
    window.location.hash = hash;
    new Function(
      headScript({
        pages: { '/': 'landing', '/about': 'about' },
        assessmentKey: 'kai.assessment',
        actionIds,
        preloads: [],
      }),
    )();
    return {
      classes: [...document.documentElement.classList].sort(),
      swap: document.documentElement.getAttribute('data-prerender-swap'),
    };
  };
  afterEach(() => localStorage.clear());
  const saved = (answers: Record<string, number>) =>
    JSON.stringify({
      version: 1,
      state: { assessment: { ...emptyAssessment(checklist), answers } },
    });

  it('marks a visitor with some answers as returning, and with every answer as complete', () => {
    expect(run(saved({ [actionIds[0]!]: 2 })).classes).toEqual(['kai-returning']);
    expect(run(saved(Object.fromEntries(actionIds.map((id) => [id, 1])))).classes).toEqual([
      'kai-complete',
      'kai-returning',
    ]);
  });

  it('marks nothing for a first visit, an empty save or damaged saved text', () => {
    expect(run(null).classes).toEqual([]);
    expect(run(saved({})).classes).toEqual([]);
    expect(run('{not json').classes).toEqual([]);
  });

  it('reads saved data only on the landing, the one page whose first screen depends on it', () => {
    const all = saved(Object.fromEntries(actionIds.map((id) => [id, 1])));
    expect(run(all, '#/').classes).toEqual(['kai-complete', 'kai-returning']);
    const read = vi.spyOn(Storage.prototype, 'getItem');
    expect(run(all, '#/results').classes).toEqual([]);
    expect(run(all, '#/about').classes).toEqual([]);
    expect(read).not.toHaveBeenCalled();
    read.mockRestore();
  });

  it('hides the landing until it is swapped for the page a link asks for', () => {
    expect(run(null, '').swap).toBeNull();
    expect(run(null, '#/').swap).toBeNull();
    expect(run(null, '#/about').swap).toBe('about');
    expect(run(null, '#/about/').swap).toBe('about');
    expect(run(null, '#/results?x=1').swap).toBe('');
  });
});
