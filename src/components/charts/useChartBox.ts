import { useLayoutEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';

interface ChartBox {
  width: number;
  height: number;
  fontSize: number;
}

/**
 * The box last measured for each kind of chart. A page's charts of one kind (the group's answer dot
 * plots, one to a card) share a width, so each chart after the first starts at the width it will
 * have: it is drawn at that width from its first render, and the page is not laid out again for it
 * (the group results page is laid out 22 times as it arrives, not 26: docs/performance.md).
 */
const lastBox = new Map<string, ChartBox>();

const sameBox = (a: ChartBox, b: ChartBox) =>
  a.width === b.width && a.height === b.height && a.fontSize === b.fontSize;

/**
 * The width (and, for a chart that fills a slide, the height) a chart has to draw in, and the size of
 * its surrounding type, measured before the first paint and again whenever the box changes size.
 * `kind` names the charts that share a box (e.g. `dots-page`); until measured, a chart starts at the
 * box its kind had last.
 *
 * The box is read when the browser reports it (a ResizeObserver, whose first report comes after the
 * frame's layout and before its paint), not in the commit: reading it there made the browser work
 * out the page's styles and layout inside React's task, once for each chart, and Lighthouse, which
 * records each such forced layout with its cause, timed every part of the group results arriving
 * as a long task (docs/performance.md, "Charts measured in the frame"). A box that changed is drawn
 * again at once (flushSync), so the first paint shows the chart at its width.
 */
export function useChartBox(kind: string, fixedWidth?: number) {
  const ref = useRef<HTMLDivElement>(null);
  const key = `${kind} ${fixedWidth ?? ''}`;
  const [box, setBox] = useState<ChartBox>(
    () => lastBox.get(key) ?? { width: fixedWidth ?? 640, height: 0, fontSize: 16 },
  );
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => {
      const measured = {
        width: Math.max(240, fixedWidth ?? (Math.round(element.clientWidth) || 640)),
        height: Math.round(element.clientHeight),
        fontSize: parseFloat(getComputedStyle(element).fontSize) || 16,
      };
      lastBox.set(key, measured);
      return measured;
    };
    const update = (measured: ChartBox) =>
      setBox((old) => (sameBox(old, measured) ? old : measured));
    if (typeof ResizeObserver === 'undefined') {
      update(measure());
      return;
    }
    // A printed chart (a fixed width) is measured at once: the page is printed as it stands after
    // 'beforeprint', with no frame for the observer to report in.
    if (fixedWidth !== undefined) update(measure());
    const observer = new ResizeObserver(() => {
      const measured = measure();
      flushSync(() => update(measured));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [fixedWidth, key]);
  return [ref, box] as const;
}
