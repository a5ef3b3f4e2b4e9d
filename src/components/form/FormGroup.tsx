import type { ReactNode } from 'react';
import { describedBy, FieldError } from './FieldError';

export interface FieldProps {
  /** The control's id; its hint and error are `${id}-hint` and `${id}-error`. */
  id: string;
  label: ReactNode;
  /** Shown after the label as "(optional)". */
  optional?: boolean;
  hint?: ReactNode;
  error?: string;
  /** Extra classes on the group, such as "conditional" (className goes to the control). */
  groupClassName?: string;
}

/** What a control needs from its group: its id, and the hint and error that describe it. */
export interface ControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

/** Splits a field's props into the group's (label, hint, error…) and the rest, for its control. */
export function splitField<T extends FieldProps>(props: T) {
  const { label, optional, hint, error, groupClassName, ...control } = props;
  return [{ id: props.id, label, optional, hint, error, groupClassName }, control] as const;
}

/**
 * A label, hint and error over one control: the control is given its id, aria-describedby and
 * aria-invalid by the caller's render function, so every text field builds them the same way.
 */
export function FormGroup({
  id,
  label,
  optional,
  hint,
  error,
  groupClassName,
  children,
}: FieldProps & { children(control: ControlProps): ReactNode }) {
  const ids = describedBy(id, { hint: hint !== undefined, error: Boolean(error) });
  const classes = ['form-group', error && 'has-error', groupClassName].filter(Boolean).join(' ');
  return (
    <div className={classes}>
      <label htmlFor={id}>
        {label}
        {optional && (
          <>
            {' '}
            <span className="hint">(optional)</span>
          </>
        )}
      </label>
      {hint !== undefined && (
        <p className="hint" id={ids.hintId}>
          {hint}
        </p>
      )}
      {error && <FieldError id={ids.errorId} message={error} />}
      {children({
        id,
        'aria-describedby': ids.describedBy,
        'aria-invalid': error ? true : undefined,
      })}
    </div>
  );
}
