import { checklistContent } from '../../content/load';
import type { Checklist, Scale } from '../../content/types';
import type { LoadCheck, SavedFormat } from '../format';

type Declared<T> = Omit<SavedFormat<T>, 'check'> & {
  check(state: unknown, checklist: Checklist, scale: Scale): LoadCheck<T>;
};

/** A saved format whose one check reads the app's checklist and answer scale. */
export function checkedAgainstContent<T>(format: Declared<T>): SavedFormat<T> {
  const { checklist, scale } = checklistContent;
  return { ...format, check: (state) => format.check(state, checklist, scale) };
}
