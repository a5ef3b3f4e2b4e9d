import { startTransition, useEffect, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';

interface Props {
  children: ReactNode;
  /**
   * Space kept until the children arrive. A screen tall by default, so that nothing below (the
   * footer) is in view to jump away when they do.
   */
  placeholderHeight?: string;
}

/** The parts still to come, in the order they were put on the page (effects run in that order). */
const waiting: (() => void)[] = [];
/** The part asked to show and not yet on the page; null between turns. */
let inFlight: (() => void) | null = null;
let turning = false;

/**
 * One part a task, the first after a frame (the browser paints the first screen before any part), the
 * next once the last is on the page, so a tap can come in between. React splits a part's render into
 * slices (a transition) but puts it on the page in one go, so the parts of a long page arriving
 * together made one long task (0.3 s at a phone's speed on the group results); one at a time, none
 * is long.
 */
function nextTurn(afterFrame: boolean) {
  turning = true;
  const turn = () =>
    setTimeout(() => {
      inFlight = waiting.shift() ?? null;
      if (inFlight) startTransition(inFlight);
      else turning = false;
    });
  if (afterFrame) requestAnimationFrame(turn);
  else turn();
}

/** The part in flight is on the page (or gone): the next may come. */
function arrived(show: () => void) {
  if (inFlight !== show) return;
  inFlight = null;
  nextTurn(false);
}

/**
 * Renders its children just after the page's first paint instead of with it: the first screen (a
 * page's heading, its verdict and scores) is drawn and can be read at once, and the long rest follows
 * a part a turn, in the page's order. Printing first renders whatever is still waiting.
 * (content-visibility was tried on the cards: full-page screenshots then show unrendered cards as
 * empty boxes, which misleads reviewers, for a gain too small to measure on this machine.)
 *
 * Wrap the heavy parts after the first screen of a long page, e.g.
 * `<RenderLater><LongSection /></RenderLater>`. Until a part arrives, whatever follows it in the same
 * parent is hidden (styles/paint-first.css), so nothing that was painted moves when it does.
 */
export function RenderLater({ children, placeholderHeight = '100vh' }: Props) {
  const [shown, setShown] = useState(false);

  const [show] = useState(() => () => setShown(true));

  useEffect(() => {
    waiting.push(show);
    if (!turning) nextTurn(true);
    const beforePrint = () => flushSync(show);
    window.addEventListener('beforeprint', beforePrint);
    return () => {
      const at = waiting.indexOf(show);
      if (at >= 0) waiting.splice(at, 1);
      arrived(show);
      window.removeEventListener('beforeprint', beforePrint);
    };
  }, [show]);

  useEffect(() => {
    if (shown) arrived(show);
  }, [shown, show]);

  return shown ? (
    <div className="render-later">{children}</div>
  ) : (
    <div className="render-later-pending" style={{ minHeight: placeholderHeight }} />
  );
}
