import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterShown } from '../../src/components/charts/afterShown';

// The browser's reports of a page load's largest paint, played by hand: `report(startTime)` delivers
// one entry to every observer watching, as the browser does once that paint is on the screen.
type Watcher = (list: { getEntries: () => { startTime: number }[] }) => void;
let watchers: Watcher[] = [];
let earlier: { startTime: number }[] = [];
let inputs = 0;
const report = (startTime: number) =>
  watchers.forEach((w) => w({ getEntries: () => [{ startTime }] }));

class FakeObserver {
  static supportedEntryTypes = ['largest-contentful-paint', 'first-input'];
  constructor(private readonly watcher: Watcher) {}
  observe({ buffered }: { type: string; buffered?: boolean }) {
    watchers.push(this.watcher);
    // Buffered: the paints already reported, delivered at once.
    if (buffered && earlier.length > 0) this.watcher({ getEntries: () => earlier });
  }
  disconnect() {
    watchers = watchers.filter((w) => w !== this.watcher);
  }
}

beforeEach(() => {
  vi.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'performance'],
  });
  vi.setSystemTime(new Date(2026, 11, 7, 9, 0));
  watchers = [];
  earlier = [];
  inputs = 0;
  vi.stubGlobal('PerformanceObserver', FakeObserver);
  vi.spyOn(performance, 'getEntriesByType').mockImplementation((type: string) =>
    type === 'first-input' && inputs > 0 ? ([{}] as PerformanceEntryList) : [],
  );
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('after the page is shown (the chart code waits for it)', () => {
  it('waits for a paint reported after it was asked, not one from before, then a task', () => {
    vi.advanceTimersByTime(1000);
    earlier = [{ startTime: 400 }]; // the header, painted before this page was rendered
    const then = vi.fn();
    afterShown(then);
    vi.advanceTimersByTime(100);
    expect(then).not.toHaveBeenCalled();
    report(1050); // the page's opening paragraph, now on the screen
    expect(then).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(then).toHaveBeenCalledTimes(1);
    // Nothing more: not the quarter-second fallback, not a second report.
    report(1200);
    vi.advanceTimersByTime(1000);
    expect(then).toHaveBeenCalledTimes(1);
  });

  it('goes on after a quarter of a second when no report comes', () => {
    const then = vi.fn();
    afterShown(then);
    vi.advanceTimersByTime(249);
    expect(then).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(then).toHaveBeenCalledTimes(1);
    expect(watchers).toEqual([]);
  });

  it('after a tap or key (no more reports) goes on after a frame and a task', () => {
    inputs = 1;
    const then = vi.fn();
    afterShown(then);
    expect(watchers).toEqual([]);
    vi.advanceTimersToNextFrame();
    expect(then).not.toHaveBeenCalled();
    vi.runOnlyPendingTimers(); // the task after the frame
    expect(then).toHaveBeenCalledTimes(1);
  });

  it('does nothing once called off (the chart left the page)', () => {
    const then = vi.fn();
    const callOff = afterShown(then);
    callOff();
    report(5000);
    vi.advanceTimersByTime(1000);
    expect(then).not.toHaveBeenCalled();
    expect(watchers).toEqual([]);
  });
});
