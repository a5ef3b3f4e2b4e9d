import type { InputHTMLAttributes } from 'react';
import { FormGroup, type FieldProps } from './FormGroup';

type Props = FieldProps & Omit<InputHTMLAttributes<HTMLInputElement>, 'id'>;

/** A one-line text box with its label, hint and error. Other props go to the input, e.g. register(). */
export function TextField({ id, label, optional, hint, error, groupClassName, ...input }: Props) {
  return (
    <FormGroup {...{ id, label, optional, hint, error, groupClassName }}>
      {({ describedBy, invalid }) => (
        <input
          type="text"
          id={id}
          aria-describedby={describedBy}
          aria-invalid={invalid}
          {...input}
        />
      )}
    </FormGroup>
  );
}
