import type { TextareaHTMLAttributes } from 'react';
import { FormGroup, type FieldProps } from './FormGroup';

type Props = FieldProps & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'>;

/** A multi-line text box with its label, hint and error. Other props go to the textarea. */
export function TextareaField({
  id,
  label,
  optional,
  hint,
  error,
  groupClassName,
  ...textarea
}: Props) {
  return (
    <FormGroup {...{ id, label, optional, hint, error, groupClassName }}>
      {({ describedBy, invalid }) => (
        <textarea id={id} aria-describedby={describedBy} aria-invalid={invalid} {...textarea} />
      )}
    </FormGroup>
  );
}
