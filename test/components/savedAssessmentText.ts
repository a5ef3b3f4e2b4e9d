/**
 * An assessment as the app keeps it in localStorage (format 1): the checklist it answers, then
 * `fields` as given (a test may leave some out, or get them wrong, on purpose).
 */
export function savedAssessmentText(fields: Record<string, unknown>): string {
  return JSON.stringify({
    version: 1,
    state: {
      assessment: {
        id: 'abc123',
        checklistId: 'council-leaders-key-actions',
        checklistVersion: '1',
        ...fields,
      },
    },
  });
}
