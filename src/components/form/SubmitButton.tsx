import type { ReactNode } from 'react';

/** A form's main button, with any other ways out (a link, a cancel) beside it. */
export function SubmitButton({ label, children }: { label: ReactNode; children?: ReactNode }) {
  return (
    <div className="button-group">
      <button type="submit" className="button">
        {label}
      </button>
      {children}
    </div>
  );
}
