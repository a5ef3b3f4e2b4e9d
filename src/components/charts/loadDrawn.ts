import {
  startTransition,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type RefObject,
} from 'react';
import { flushSync } from 'react-dom';
import { afterShown } from './afterShown';

type Drawn = typeof import('./drawn');

let loaded: Drawn | null = null;
let loading: Promise<Drawn> | null = null;

/** The chart code (recharts and the kit's drawing), one chunk, asked for once. */
export function loadDrawn(): Promise<Drawn> {
  loading ??= import('./drawn').then((m) => (loaded = m));
  return loading;
}

/**
 * Charts waiting to be drawn, one a turn: each turn is a frame and then a task, so the browser
 * paints and answers a tap between two charts, and no one task draws a whole page of them. A chart
 * on the screen goes before one that is only near it.
 */
const waiting: { element: HTMLElement | null; draw: () => void }[] = [];
let turning = false;

/**
 * A chart that is not laid out (hidden while the part above it is still to come, or in a closed
 * disclosure) has a box of nothing at the top of the screen: it is nowhere, not on the screen.
 */
function laidOut(element: HTMLElement): boolean {
  return element.getClientRects().length > 0;
}

function onScreen(element: HTMLElement | null) {
  if (!element || !laidOut(element)) return false;
  const box = element.getBoundingClientRect();
  return box.top < innerHeight && box.bottom > 0;
}

function drawInTurn(element: HTMLElement | null, draw: () => void) {
  waiting.push({ element, draw });
  if (turning) return;
  turning = true;
  const next = () =>
    requestAnimationFrame(() =>
      setTimeout(() => {
        const first = Math.max(
          0,
          waiting.findIndex((w) => onScreen(w.element)),
        );
        waiting.splice(first, 1)[0]?.draw();
        if (waiting.length > 0) next();
        else turning = false;
      }),
    );
  next();
}

/** How far below (and above) the screen a chart starts to be drawn: about a screen on a phone. */
const NEAR = 600;

function isNear(element: HTMLElement): boolean {
  if (!laidOut(element)) return false;
  const box = element.getBoundingClientRect();
  return box.top < innerHeight + NEAR && box.bottom > -NEAR;
}

/**
 * The chart code, once it is here and the chart in `ref` is on or near the screen (or `always`: a
 * printed page, a slide). A page with many charts draws only those a reader comes to: a page whose
 * charts are all below its first screen does not ask for the chart code until the reader scrolls
 * towards them, and one with a chart in view asks once its first screen is shown (afterShown), so
 * its words never wait. Until then each chart's space is kept and its values written. Charts that
 * come near later draw one a turn, each in a transition; on a page whose chart code is already
 * here, a chart in view draws with the page. Printing draws every chart it can at once. Where the
 * browser cannot tell what is in view (no IntersectionObserver), every chart is near.
 */
export function useDrawn(ref: RefObject<HTMLElement | null>, always = false): Drawn | null {
  // Whether this chart waits for the reader to come near (not a printed page or slide, and a browser
  // that can tell).
  const watched = !always && typeof IntersectionObserver !== 'undefined';
  const [near, setNear] = useState(!watched);
  const [drawn, setDrawn] = useState<Drawn | null>(near ? loaded : null);
  // Printing wants every chart, near or not.
  const printing = useRef(false);

  // Measured before the first paint: a chart on the first screen of a page whose chart code is here
  // is drawn with the page, not a frame after it.
  useLayoutEffect(() => {
    const element = ref.current;
    const comeNear = () => {
      setNear(true);
      // Only a chart on the screen itself is drawn before the paint; one just below waits its turn.
      if (loaded && onScreen(element)) setDrawn(loaded);
    };
    // Without the chart code there is nothing to draw before the paint: the observer below says
    // when the chart comes near, after the frame's own layout, instead of forcing one here.
    if (!near && loaded && element && isNear(element)) comeNear();
  }, [near, ref]);

  useEffect(() => {
    if (near) return;
    const element = ref.current;
    if (!element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setNear(true);
      },
      { rootMargin: `${NEAR}px 0px` },
    );
    observer.observe(element);
    const beforePrint = () =>
      flushSync(() => {
        printing.current = true;
        setNear(true);
        if (loaded) setDrawn(loaded);
      });
    addEventListener('beforeprint', beforePrint);
    return () => {
      observer.disconnect();
      removeEventListener('beforeprint', beforePrint);
    };
  }, [near, ref]);

  useEffect(() => {
    if (drawn || !near) return;
    let live = true;
    const draw = (m: Drawn) =>
      drawInTurn(ref.current, () => {
        if (!live) return;
        // What was near when it asked may have been pushed down since, by a part arriving above it:
        // then it waits for the reader again.
        const element = ref.current;
        if (watched && !printing.current && element && !isNear(element)) setNear(false);
        else startTransition(() => setDrawn(m));
      });
    if (loaded) {
      draw(loaded);
      return () => {
        live = false;
      };
    }
    const callOff = afterShown(() => void loadDrawn().then((m) => live && draw(m)));
    return () => {
      live = false;
      callOff();
    };
  }, [drawn, near, ref, watched]);

  return drawn;
}
