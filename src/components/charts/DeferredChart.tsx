import { useEffect, useRef, useState, type ComponentType } from 'react';
import { flushSync } from 'react-dom';

/**
 * Wraps a chart so that the chart library loads apart from the page, and the chart is drawn only once
 * it comes onto the screen, or when the page is printed. Drawing a chart with the library takes a
 * mid-range phone's processor about a third of a second, in one piece that the page cannot answer
 * taps during: the page's words should not wait for charts further down. The chart's space is kept
 * from the start, so nothing moves when it is drawn.
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
      // Fetched straight away (it costs the network, not the processor), so it is ready to draw.
      void loadOnce().then((chart) => {
        if (!gone) setChart(() => chart);
      });
      const observer = new IntersectionObserver(([entry]) => {
        if (entry?.isIntersecting) {
          setOnScreen(true);
          observer.disconnect();
        }
      });
      observer.observe(element);
      const beforePrint = () => flushSync(() => setOnScreen(true));
      window.addEventListener('beforeprint', beforePrint);
      return () => {
        gone = true;
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
