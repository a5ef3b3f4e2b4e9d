import type { InputHTMLAttributes } from 'react';
import { FormGroup, splitField, type FieldProps } from './FormGroup';

type Props = FieldProps & Omit<InputHTMLAttributes<HTMLInputElement>, 'id'>;

/** A one-line text box with its label, hint and error. Other props go to the input, e.g. register(). */
export function TextField(props: Props) {
  const [field, input] = splitField(props);
  return (
    <FormGroup {...field}>{(control) => <input type="text" {...control} {...input} />}</FormGroup>
  );
}
