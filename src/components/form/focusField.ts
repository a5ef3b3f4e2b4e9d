/** Moves focus to a form field by id and brings it into view; used by error summaries and Change links. */
export function focusField(id: string) {
  const element = document.getElementById(id);
  if (!element) return;
  element.focus();
  element.scrollIntoView?.({ block: 'center' });
}
