import { useEffect, useRef } from 'react';

const SITE = 'Key Actions for Innovation';

interface Props {
  title: string;
  /** Shown above the heading, e.g. "Section 2 of 4". */
  caption?: string;
  /** Prefixes the document title with "Error: " while a form on the page has errors. */
  hasError?: boolean;
  /** False when the page moves focus somewhere more useful itself (a question, an error summary). */
  takeFocus?: boolean;
}

/**
 * The page's one h1. On every page change it sets the document title and takes focus, so a screen
 * reader user hears the new page instead of being left on the link they pressed.
 */
export function PageHeading({ title, caption, hasError = false, takeFocus = true }: Props) {
  const ref = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = `${hasError ? 'Error: ' : ''}${title} – ${SITE}`;
  }, [title, hasError]);

  useEffect(() => {
    if (takeFocus) ref.current?.focus();
    // Only on arriving at a page, not when takeFocus changes later.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [title]);

  return (
    <h1 ref={ref} tabIndex={-1} className="page-heading">
      {caption && <span className="caption">{caption} </span>}
      {title}
    </h1>
  );
}
