import { useEffect, useRef, useState, type ComponentType } from 'react';
import { flushSync } from 'react-dom';

const INTENT_EVENTS = ['scroll', 'pointerdown', 'keydown'] as const;

/**
 * Wraps a chart so that the chart library loads with the first chart that is shown, not with the
 * page, and each chart is drawn only once it is on the screen (or the page is printed). Loading the
 * library and drawing a chart each take a mid-range phone's processor a noticeable part of a second,
 * in pieces the page cannot answer taps during: the page's words should not wait for charts further
 * down. Loading starts as soon as the reader scrolls, taps or types, so a chart is usually ready by
 * the time it is reached. The chart's space is kept from the start, so nothing moves when it is drawn.
 */
export function deferredChart<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const loadOnce = () => (loading ??= load().then((chart) => (loaded = chart)));

  return function DeferredChart({ height, ...props }: P & { height: number }) {
    const ref = useRef<HTMLDivElement>(null);
    const [Chart, setChart] = useState<ComponentType<P> | null>(() => loaded);
    const [onScreen, setOnScreen] = useState(false);

    useEffect(() => {
      const element = ref.current;
      if (!element) return;
      let gone = false;
      const startLoading = () => {
        removeIntentListeners();
        void loadOnce().then((chart) => {
          if (!gone) setChart(() => chart);
        });
      };
      const removeIntentListeners = () => {
        for (const type of INTENT_EVENTS) window.removeEventListener(type, startLoading);
      };
      for (const type of INTENT_EVENTS)
        window.addEventListener(type, startLoading, { passive: true, once: true });
      const observer = new IntersectionObserver(([entry]) => {
        if (entry?.isIntersecting) {
          observer.disconnect();
          setOnScreen(true);
          startLoading();
        }
      });
      observer.observe(element);
      // Printing lays out the whole page at once: draw every chart whose library has arrived.
      const beforePrint = () => flushSync(() => setOnScreen(true));
      window.addEventListener('beforeprint', beforePrint);
      return () => {
        gone = true;
        removeIntentListeners();
        observer.disconnect();
        window.removeEventListener('beforeprint', beforePrint);
      };
    }, []);

    return (
      <div ref={ref} style={{ minHeight: height }}>
        {onScreen && Chart && <Chart {...(props as unknown as P)} />}
      </div>
    );
  };
}
