import { useMemo } from 'react';
import { researchContent } from '../../domain/content/research';
import { checklistContent } from '../../domain/content/load';
import { findingStandings } from '../../domain/scoring/findings';
import { examplesFor, recommendationsFor } from '../../domain/scoring/links';
import {
  actionsByGap,
  strengths,
  TOP_WEAK_AREAS,
  weakAreas,
} from '../../domain/scoring/priorities';
import { anyQuoteFor, quotesForWeakAreas } from '../../domain/scoring/quotes';
import { scaleMax, scoreAssessment } from '../../domain/scoring/score';
import type { Answers } from '../../domain/scoring/answers';

const { checklist, scale } = checklistContent;
const { findings, quotes, recommendations, examples } = researchContent;
const actionsById = new Map(
  checklist.sections.flatMap((s) => s.actions.map((a) => [a.id, a] as const)),
);
const sectionsById = new Map(checklist.sections.map((s) => [s.id, s] as const));

export const actionText = (id: string) => actionsById.get(id)?.text ?? id;
export const sectionOf = (id: string) => sectionsById.get(id)!;

/** Everything the results page shows, worked out by the domain engine from the answers. */
export function useResults(answers: Answers) {
  return useMemo(() => {
    const max = scaleMax(scale);
    const result = scoreAssessment(checklist, scale, answers);
    const weak = weakAreas(result.actions, findings, max).slice(0, TOP_WEAK_AREAS);
    const quotesByArea = quotesForWeakAreas(weak, quotes.items);
    return {
      result,
      weak: weak.map((area) => ({
        ...area,
        quotes: quotesByArea.get(area.actionId) ?? [],
        quotesShownAbove:
          !quotesByArea.get(area.actionId)?.length && anyQuoteFor(area.actionId, quotes.items),
        recommendations: recommendationsFor(area.actionId, recommendations.items),
        examples: examplesFor(area.actionId, examples.items),
      })),
      strengths: strengths(result.actions, max),
      standings: findingStandings(result.actions, findings),
      byGap: actionsByGap(result.actions),
    };
  }, [answers]);
}

export type Results = ReturnType<typeof useResults>;
export { checklist, scale, findings, recommendations };
