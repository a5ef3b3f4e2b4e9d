import { useState, type ReactNode } from 'react';

interface Props {
  summary: ReactNode;
  className?: string;
  children: ReactNode;
}

/**
 * A disclosure (details and summary) whose content is rendered the first time it is opened, and kept
 * after. Closed content is never seen, but the browser would still build and lay it out: for a
 * group's every action in detail, thousands of elements on the first load.
 */
export function OpenToRender({ summary, className, children }: Props) {
  const [opened, setOpened] = useState(false);
  return (
    <details
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
