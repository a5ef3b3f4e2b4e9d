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

/**
 * Renders its children just after the page's first paint instead of with it: the first screen (a
 * page's heading, its verdict and scores) is drawn and can be read at once, and the long rest follows
 * in small pieces a tap can come between (a transition: React yields to the browser every few
 * milliseconds). Printing first renders whatever is still waiting. (content-visibility was tried
 * on the cards: full-page screenshots then show unrendered cards as empty boxes, which misleads
 * reviewers, for a gain too small to measure on this machine.)
 *
 * Wrap the heavy parts after the first screen of a long page, e.g.
 * `<RenderLater><LongSection /></RenderLater>`. Every RenderLater on the page arrives in the same
 * render; until then, whatever follows the first one in the same parent is hidden (styles/paint-first.css), so
 * nothing that was painted moves when they arrive.
 */
export function RenderLater({ children, placeholderHeight = '100vh' }: Props) {
  const [shown, setShown] = useState(false);

  useEffect(() => {
    // A frame, then a task: the browser paints in between.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startTransition(() => setShown(true)));
    });
    const beforePrint = () => flushSync(() => setShown(true));
    window.addEventListener('beforeprint', beforePrint);
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      window.removeEventListener('beforeprint', beforePrint);
    };
  }, []);

  return shown ? (
    <div className="render-later">{children}</div>
  ) : (
    <div className="render-later-pending" style={{ minHeight: placeholderHeight }} />
  );
}
