import { emptyAssessment, type Assessment } from '../../assessment/assessment';
import {
  checkSavedAssessment,
  migrateSavedAssessment,
  SAVED_ASSESSMENT_VERSION,
} from '../../assessment/migrateAssessment';
import { checklistContent } from '../../content/load';
import type { SavedFormat } from '../format';

const { checklist, scale } = checklistContent;
export const ASSESSMENT_KEY = 'kai.assessment';

/** A leader's answers, notes, details and plan, as this browser keeps them. */
export const assessmentFormat: SavedFormat<{ assessment: Assessment }> = {
  key: ASSESSMENT_KEY,
  version: SAVED_ASSESSMENT_VERSION,
  empty: () => ({ assessment: emptyAssessment(checklist) }),
  migrate: migrateSavedAssessment,
  check: (state) => checkSavedAssessment(state, checklist, scale),
};
