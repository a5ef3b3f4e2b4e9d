/** Longest wait for the browser to say the page is shown, should it not (see afterShown). */
const SHOWN_BY = 250;

/**
 * Calls `then` once the page as it is now is on the screen, and returns a way to call it off. A frame's
 * callback comes before its frame is drawn, and a task after it may still come before the frame is
 * shown; the browser's report of a page load's largest paint comes once it is shown. So on a first
 * visit the chart code (about 120 kB) is asked for only after the page's words are in front of the
 * reader, never beside them on a slow connection (decision 020). After the first tap or key the
 * browser makes no more of those reports, and some browsers make none: then a frame and a task. Should
 * no report come (nothing larger was painted, or the reader scrolled), a quarter of a second.
 */
export function afterShown(then: () => void): () => void {
  const since = performance.now();
  let over = false;
  let frame = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let observer: PerformanceObserver | undefined;
  const stop = () => {
    over = true;
    observer?.disconnect();
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
  const finish = () => {
    if (over) return;
    stop();
    then();
  };
  const reported =
    typeof PerformanceObserver !== 'undefined' &&
    (PerformanceObserver.supportedEntryTypes ?? []).includes('largest-contentful-paint') &&
    performance.getEntriesByType('first-input').length === 0;
  if (reported) {
    observer = new PerformanceObserver((list) => {
      if (list.getEntries().some((e) => e.startTime >= since)) setTimeout(finish);
    });
    observer.observe({ type: 'largest-contentful-paint', buffered: true });
    timer = setTimeout(finish, SHOWN_BY);
  } else {
    frame = requestAnimationFrame(() => {
      timer = setTimeout(finish);
    });
  }
  return stop;
}
