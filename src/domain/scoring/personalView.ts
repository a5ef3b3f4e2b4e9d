import type {
  Checklist,
  Examples,
  Findings,
  Quotes,
  Recommendations,
  Scale,
} from '../content/types';
import type { Answers } from './answers';
import { behaviourStandings, findingStandings, type FindingStanding } from './findings';
import { actionsByGap, strengths, TOP_WEAK_AREAS, weakAreas } from './priorities';
import { quotesForWeakAreas } from './quotes';
import { areaResearch, type AreaResearch } from './weakAreaResearch';
import { scaleMax, scoreAssessment, type ActionResult, type AssessmentResult } from './score';

/** The checklist and the research: what a results surface, personal or group, is worked out from. */
export interface ResultsContent {
  checklist: Checklist;
  scale: Scale;
  findings: Findings;
  quotes: Quotes;
  recommendations: Recommendations;
  examples: Examples;
}

/** A weak area with the research offered for it. */
export type WeakArea<A> = A & AreaResearch;

export interface PersonalView {
  result: AssessmentResult;
  /** The top five weak areas, each with its quotes, recommendations and council examples. */
  weak: WeakArea<ActionResult>[];
  strengths: ActionResult[];
  standings: FindingStanding[];
  /** The leader's standing on what leaders in councils achieving more innovations do (para 16). */
  behaviours: FindingStanding[];
  /** Every scored action, largest gap first: the gap chart's order. */
  byGap: ActionResult[];
}

/**
 * Everything the results, plan, summary and history pages show from one leader's answers: the one
 * place the personal pipeline (score → weak areas → top five → quotes) is put together.
 */
export function personalView(content: ResultsContent, answers: Answers): PersonalView {
  const { checklist, scale, findings, quotes } = content;
  const max = scaleMax(scale);
  const result = scoreAssessment(checklist, scale, answers);
  const weak = weakAreas(result.actions, findings, max).slice(0, TOP_WEAK_AREAS);
  const quotesByArea = quotesForWeakAreas(weak, quotes.items);
  return {
    result,
    weak: weak.map((area) => ({
      ...area,
      ...areaResearch(area.actionId, quotesByArea.get(area.actionId), content),
    })),
    strengths: strengths(result.actions, max),
    standings: findingStandings(result.actions, findings),
    behaviours: behaviourStandings(result.actions, findings),
    byGap: actionsByGap(result.actions),
  };
}
