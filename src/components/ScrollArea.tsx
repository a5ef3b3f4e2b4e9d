import type { ReactNode } from 'react';

/**
 * A wide table that may scroll sideways on a phone: focusable and named, so a keyboard user can
 * scroll it too (WCAG 2.1.1).
 */
export function ScrollArea({ label, children }: { label: string; children: ReactNode }) {
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div className="table-scroll" tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
