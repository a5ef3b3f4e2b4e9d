import { useEffect, useRef } from 'react';
import { focusField } from './focusField';

export interface FieldError {
  /** The id of the field the error is about; the link moves focus there. */
  fieldId: string;
  message: string;
}

interface Props {
  errors: FieldError[];
  /** Changes on every failed submit, so focus returns to the summary each time. */
  attempt: number;
}

/**
 * "There is a problem": shown at the top of a form after a failed submit, with a link to each field.
 * Links are buttons in disguise: hash routing owns the URL fragment, so they move focus themselves.
 */
export function ErrorSummary({ errors, attempt }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const focusedAttempt = useRef(0);
  // Once per failed submit, as soon as its errors are on screen: a form library may report the
  // attempt a render before the errors, and focus must not jump here again while the user types.
  useEffect(() => {
    if (errors.length > 0 && attempt !== focusedAttempt.current) {
      focusedAttempt.current = attempt;
      ref.current?.focus();
    }
  });

  if (errors.length === 0) return null;
  return (
    <div
      ref={ref}
      className="error-summary"
      role="alert"
      aria-labelledby="error-summary-title"
      tabIndex={-1}
    >
      <h2 id="error-summary-title">There is a problem</h2>
      <ul>
        {errors.map((error) => (
          <li key={error.fieldId}>
            <a
              href={`#${error.fieldId}`}
              onClick={(event) => {
                event.preventDefault();
                focusField(error.fieldId);
              }}
            >
              {error.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
