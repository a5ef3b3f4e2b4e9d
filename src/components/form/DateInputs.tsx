import './DateInputs.css';
import type { InputHTMLAttributes, ReactNode } from 'react';
import { describedBy, FieldError } from './FieldError';

type InputProps = InputHTMLAttributes<HTMLInputElement>;

interface Props {
  /** Element ids are `${idBase}-day`, `-month` and `-year`; error links target the day box. */
  idBase: string;
  legend: ReactNode;
  /** The plan's smaller legend, for a date inside a card. */
  small?: boolean;
  hint?: string;
  error?: string;
  /** A question about a date that is allowed but may be a slip, e.g. one that has passed (issue 25). */
  warning?: string | null;
  /** Props for each box, e.g. from a form library's register(). */
  day: InputProps;
  month: InputProps;
  year: InputProps;
}

/**
 * A date as three boxes in a fieldset (the GOV.UK date input), so an impossible date such as
 * 31 February can be told apart from a missing one and named in the error.
 */
export function DateInputs(props: Props) {
  const { idBase, legend, small, hint, error, warning, day, month, year } = props;
  const ids = describedBy(idBase, { hint: Boolean(hint), error: Boolean(error) });
  const warningId = `${idBase}-question`;
  const box = (part: 'day' | 'month' | 'year', label: string, props: InputProps) => (
    <div className={`date-part date-${part}`}>
      <label htmlFor={`${idBase}-${part}`}>{label}</label>
      <input
        type="text"
        inputMode="numeric"
        id={`${idBase}-${part}`}
        aria-invalid={error ? true : undefined}
        maxLength={part === 'year' ? 4 : 2}
        {...props}
      />
    </div>
  );
  return (
    <div className={error ? 'form-group has-error' : 'form-group'}>
      <fieldset aria-describedby={[ids.describedBy, warningId].filter(Boolean).join(' ')}>
        <legend className={small ? 'legend-small' : 'field-legend'}>{legend}</legend>
        {hint && (
          <p className="hint" id={ids.hintId}>
            {hint}
          </p>
        )}
        {error && <FieldError id={ids.errorId} message={error} />}
        {/* Always in the page, so that a question appearing as the year is typed is announced. */}
        <p className="date-question" id={warningId} aria-live="polite">
          {!error && warning}
        </p>
        <div className="date-inputs">
          {box('day', 'Day', day)}
          {box('month', 'Month', month)}
          {box('year', 'Year', year)}
        </div>
      </fieldset>
    </div>
  );
}
