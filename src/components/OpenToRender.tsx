import { useEffect, useRef, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';

interface Props {
  summary: ReactNode;
  className?: string;
  children: ReactNode;
  /**
   * Opened for printing and closed again after, as it was: a printed page has no disclosure to
   * click, so what is one click away on the screen is on the paper (the results page).
   */
  printOpen?: boolean;
}

/**
 * A disclosure (details and summary) whose content is rendered the first time it is opened, and kept
 * after. Closed content is never seen, but the browser would still build and lay it out: for a
 * group's every action in detail, thousands of elements on the first load; for a leader's results,
 * charts whose code need not be fetched until the reader asks for one.
 */
export function OpenToRender({ summary, className, children, printOpen = false }: Props) {
  const [opened, setOpened] = useState(false);
  const ref = useRef<HTMLDetailsElement>(null);

  useEffect(() => {
    if (!printOpen) return;
    let wasOpen: boolean | null = null;
    const beforePrint = () => {
      const details = ref.current;
      if (!details) return;
      wasOpen = details.open;
      flushSync(() => setOpened(true));
      details.open = true;
    };
    const afterPrint = () => {
      if (ref.current && wasOpen !== null) ref.current.open = wasOpen;
      wasOpen = null;
    };
    addEventListener('beforeprint', beforePrint);
    addEventListener('afterprint', afterPrint);
    return () => {
      removeEventListener('beforeprint', beforePrint);
      removeEventListener('afterprint', afterPrint);
    };
  }, [printOpen]);

  return (
    <details
      ref={ref}
      className={className}
      onToggle={(event) => {
        if (event.currentTarget.open) setOpened(true);
      }}
    >
      <summary>{summary}</summary>
      {opened && children}
    </details>
  );
}
