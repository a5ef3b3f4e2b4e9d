import { afterEach, beforeAll, beforeEach, vi } from 'vitest';

/**
 * The set-up a page's component test shares: an IntersectionObserver that never reports (jsdom has
 * none; a chart stays as it is off screen), empty storage before each test, and, given a day, the
 * clock fixed there (take local midday, so the date is the same in every time zone the suite runs in).
 */
export function setUpPage(today?: Date) {
  beforeAll(() => {
    vi.stubGlobal(
      'IntersectionObserver',
      class {
        observe() {}
        disconnect() {}
      },
    );
  });
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
    if (today) vi.useFakeTimers({ toFake: ['Date'], now: today });
  });
  afterEach(() => vi.useRealTimers());
}
