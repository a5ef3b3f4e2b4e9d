import { useLayoutEffect, useRef, useState } from 'react';

interface Box {
  width: number;
  height: number;
  fontSize: number;
}

/**
 * The width (and, for a chart that fills a slide, the height) a chart has to draw in, and the size of
 * its surrounding type, measured before the first paint and again whenever the box changes size.
 */
export function useChartBox(fixedWidth?: number) {
  const ref = useRef<HTMLDivElement>(null);
  const [box, setBox] = useState<Box>({ width: fixedWidth ?? 640, height: 0, fontSize: 16 });
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => {
      const fontSize = parseFloat(getComputedStyle(element).fontSize) || 16;
      const width = Math.max(240, fixedWidth ?? (Math.round(element.clientWidth) || 640));
      const height = Math.round(element.clientHeight);
      setBox((old) =>
        old.width === width && old.height === height && old.fontSize === fontSize
          ? old
          : { width, height, fontSize },
      );
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [fixedWidth]);
  return [ref, box] as const;
}
