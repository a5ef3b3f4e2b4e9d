import { startTransition, useEffect, useState } from 'react';

type Drawn = typeof import('./drawn');

let loaded: Drawn | null = null;
let loading: Promise<Drawn> | null = null;

/** The chart code (recharts and the kit's drawing), one chunk, asked for once. */
export function loadDrawn(): Promise<Drawn> {
  loading ??= import('./drawn').then((m) => (loaded = m));
  return loading;
}

/**
 * The chart code once it is here. It is asked for after the page's first paint (a frame, then a
 * task: the browser paints in between), so a page's words never wait for it; until then the chart's
 * space is kept and its values written. The charts then draw in a transition: React yields to the
 * browser between them, so a tap is never held up by drawing.
 */
export function useDrawn(): Drawn | null {
  const [drawn, setDrawn] = useState<Drawn | null>(loaded);
  useEffect(() => {
    if (drawn) return;
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        void loadDrawn().then((m) => {
          if (live) startTransition(() => setDrawn(m));
        });
      });
    });
    return () => {
      live = false;
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [drawn]);
  return drawn;
}
