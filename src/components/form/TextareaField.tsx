import type { TextareaHTMLAttributes } from 'react';
import { FormGroup, splitField, type FieldProps } from './FormGroup';

type Props = FieldProps & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'>;

/** A multi-line text box with its label, hint and error. Other props go to the textarea. */
export function TextareaField(props: Props) {
  const [field, textarea] = splitField(props);
  return <FormGroup {...field}>{(control) => <textarea {...control} {...textarea} />}</FormGroup>;
}
