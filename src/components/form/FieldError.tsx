/** The ids a field's hint and error take, and the aria-describedby that names them: built only here. */
export function describedBy(id: string, parts: { hint?: boolean; error?: boolean }) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const ids = [parts.hint && hintId, parts.error && errorId].filter(Boolean).join(' ');
  return { hintId, errorId, describedBy: ids || undefined };
}

/** The message under a field's label, read out before it by screen readers as "Error: …". */
export function FieldError({
  id,
  message,
  alert,
}: {
  id: string;
  message: string | undefined;
  /** Announce it at once, for an error that appears without a submit (such as a chosen file). */
  alert?: boolean;
}) {
  return (
    <p className="field-error" id={id} role={alert ? 'alert' : undefined}>
      <span className="visually-hidden">Error:</span> {message}
    </p>
  );
}
