import type { FieldErrors, FieldValues } from 'react-hook-form';
import type { FieldError } from '../../components/ErrorSummary';

/**
 * The form library's errors, in the order the fields appear on the page, as the error summary's links.
 * `fields` maps each field name to the id of the element its link should focus.
 */
export function summaryErrors<T extends FieldValues>(
  errors: FieldErrors<T>,
  fields: readonly (readonly [keyof T & string, string])[],
): FieldError[] {
  return fields.flatMap(([name, fieldId]) => {
    const message = errors[name]?.message;
    return typeof message === 'string' ? [{ fieldId, message }] : [];
  });
}
