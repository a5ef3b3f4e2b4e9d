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
  /** Props for each box, e.g. from a form library's register(). */
  day: InputProps;
  month: InputProps;
  year: InputProps;
}

/**
 * A date as three boxes in a fieldset (the GOV.UK date input), so an impossible date such as
 * 31 February can be told apart from a missing one and named in the error.
 */
export function DateInputs({ idBase, legend, small, hint, error, day, month, year }: Props) {
  const ids = describedBy(idBase, { hint: Boolean(hint), error: Boolean(error) });
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
      <fieldset aria-describedby={ids.describedBy}>
        <legend className={small ? 'legend-small' : 'field-legend'}>{legend}</legend>
        {hint && (
          <p className="hint" id={ids.hintId}>
            {hint}
          </p>
        )}
        {error && <FieldError id={ids.errorId} message={error} />}
        <div className="date-inputs">
          {box('day', 'Day', day)}
          {box('month', 'Month', month)}
          {box('year', 'Year', year)}
        </div>
      </fieldset>
    </div>
  );
}
