import { beforeEach, vi } from 'vitest';
import { testNow } from './clock';

// Only Date is faked, and it runs on from TEST_NOW, so timers and waits behave as they always do.
// Re-armed before each test because a test may switch to real timers when it is done with its own.
const startClock = () =>
  vi.useFakeTimers({ now: testNow, toFake: ['Date'], shouldAdvanceTime: true });

if (testNow) {
  startClock();
  beforeEach(() => {
    if (!vi.isFakeTimers()) startClock();
  });
}
