import { promptsForPlan, type PlanPrompt } from '../plan/prompts';
import { personalView, type PersonalView, type ResultsContent } from '../scoring/personalView';
import { roundReport, type RoundReport } from './roundReport';
import type { PersonalSaved } from './saved';

/** The checklist with its research: what the app hands a results page (src/components/content). */
export type PersonalReportContent = ResultsContent;

/**
 * Everything a leader's results, summary and plan show, worked out once from the content and what is
 * saved: the view of the answers now (scores, findings, behaviours, weak areas with their research),
 * where this round stands against the last, and the saved plan's prompts.
 */
export interface PersonalReport extends RoundReport {
  view: PersonalView;
  /** One quote and one recommendation for each action of the saved plan. */
  prompts: Map<string, PlanPrompt>;
}

export function personalReport(
  content: PersonalReportContent,
  saved: PersonalSaved,
): PersonalReport {
  const { answers, plan } = saved.assessment;
  return {
    ...roundReport(content, saved),
    view: viewOf(content, answers),
    prompts: planPrompts(
      content,
      plan.map((p) => p.actionId),
    ),
  };
}

// The view depends on the answers alone: the plan page saves its plan as the leader types, and each
// save makes a new report, so the view (the costly part) is kept per content and answers object.
const views = new WeakMap<PersonalReportContent, WeakMap<object, PersonalView>>();
function viewOf(content: PersonalReportContent, answers: PersonalSaved['assessment']['answers']) {
  let byAnswers = views.get(content);
  if (!byAnswers) views.set(content, (byAnswers = new WeakMap()));
  let view = byAnswers.get(answers);
  if (!view) byAnswers.set(answers, (view = personalView(content, answers)));
  return view;
}

/** The prompts for the actions of a plan, as the plan page's form holds them or as saved. */
export const planPrompts = (
  content: Pick<PersonalReportContent, 'quotes' | 'recommendations'>,
  actionIds: readonly string[],
): Map<string, PlanPrompt> =>
  promptsForPlan(actionIds, content.quotes.items, content.recommendations.items);
