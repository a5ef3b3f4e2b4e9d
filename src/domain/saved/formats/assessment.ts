import { emptyAssessment } from '../../assessment/assessment';
import {
  checkSavedAssessment,
  migrateSavedAssessment,
  SAVED_ASSESSMENT_VERSION,
} from '../../assessment/migrateAssessment';
import { checklistContent } from '../../content/load';
import { checkedAgainstContent } from './checkedAgainstContent';

export const ASSESSMENT_KEY = 'kai.assessment';

/** A leader's answers, notes, details and plan, as this browser keeps them. */
export const assessmentFormat = checkedAgainstContent({
  key: ASSESSMENT_KEY,
  version: SAVED_ASSESSMENT_VERSION,
  empty: () => ({ assessment: emptyAssessment(checklistContent.checklist) }),
  migrate: migrateSavedAssessment,
  check: checkSavedAssessment,
});
