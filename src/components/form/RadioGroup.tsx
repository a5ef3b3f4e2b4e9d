import type { InputHTMLAttributes, ReactNode } from 'react';
import { describedBy, FieldError } from './FieldError';

export interface RadioOption {
  /** The radio's id; the first option's id is where error links point. */
  id: string;
  label: ReactNode;
  /** name, value, checked and onChange, or a form library's register(). */
  input: InputHTMLAttributes<HTMLInputElement>;
}

interface Props {
  /** Base for the hint and error ids: `${id}-hint`, `${id}-error`. */
  id: string;
  /** The question. */
  legend: ReactNode;
  legendClassName?: string;
  hint?: ReactNode;
  error?: string;
  options: RadioOption[];
  /** Sets the last option apart after an "or", for an answer that is not one of the others. */
  orBeforeLast?: boolean;
  /** Extra classes and an id on the group, for a question page. */
  className?: string;
  groupId?: string;
  /** Shown below the fieldset, inside the group: a note or a follow-up field. */
  children?: ReactNode;
}

/** A question as a fieldset: the legend asks it, the hint and error are described once, radios answer. */
export function RadioGroup(props: Props) {
  const { id, legend, legendClassName = 'field-legend', hint, error, options } = props;
  const ids = describedBy(id, { hint: hint !== undefined, error: Boolean(error) });
  const classes = ['form-group', error && 'has-error', props.className].filter(Boolean).join(' ');
  const radio = (option: RadioOption) => (
    <div className="radio" key={option.id}>
      <input type="radio" id={option.id} {...option.input} />
      <label htmlFor={option.id}>{option.label}</label>
    </div>
  );
  const split = props.orBeforeLast ? options.length - 1 : options.length;
  return (
    <div className={classes} id={props.groupId}>
      <fieldset aria-describedby={ids.describedBy}>
        <legend className={legendClassName || undefined}>{legend}</legend>
        {hint !== undefined && (
          <p className="hint" id={ids.hintId}>
            {hint}
          </p>
        )}
        {error && <FieldError id={ids.errorId} message={error} />}
        <div className="radios">
          {options.slice(0, split).map(radio)}
          {props.orBeforeLast && (
            <p className="radio-divider" aria-hidden="true">
              or
            </p>
          )}
          {options.slice(split).map(radio)}
        </div>
      </fieldset>
      {props.children}
    </div>
  );
}
