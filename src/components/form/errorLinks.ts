import type { FieldError } from './ErrorSummary';

/**
 * A form's errors as the error summary's links, in the order the fields appear on the page.
 * `fields` pairs each field's name with the id of the element its link should focus.
 */
export function errorLinks(
  errors: object | undefined,
  fields: readonly (readonly [string, string])[],
): FieldError[] {
  const byName = (errors ?? {}) as Record<string, { message?: unknown } | undefined>;
  return fields.flatMap(([name, fieldId]) => {
    const message = byName[name]?.message;
    return typeof message === 'string' && message ? [{ fieldId, message }] : [];
  });
}
