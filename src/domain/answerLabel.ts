import type { Scale } from './content/types';
import type { AnswerValue } from './scoring/answers';

// Apart from display.ts because the questions need it in the first load and the rest of display.ts
// can wait for the pages that use it.

/** The label of a stored answer, as the user chose it. */
export function answerLabel(scale: Scale, value: AnswerValue | undefined | null): string {
  if (value === undefined || value === null) return 'Not answered';
  if (value === 'not-sure') return scale.notSure.label;
  return scale.options.find((o) => o.value === value)?.label ?? String(value);
}
