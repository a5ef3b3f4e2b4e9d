import type { ResultsContent, WeakArea } from '../scoring/personalView';
import { behaviourStandings, findingStandings, type FindingStanding } from '../scoring/findings';
import { TOP_WEAK_AREAS, weakAreas } from '../scoring/priorities';
import { quotesForWeakAreas } from '../scoring/quotes';
import { gapOf, scaleMax, type ActionResult } from '../scoring/score';
import { mean } from '../scoring/stats';
import { areaResearch } from '../scoring/weakAreaResearch';
import { scoreFromCounts } from './groupScores';
import type { Distribution } from './quantiles';
import type { SectorFigures } from './sectorFigures';

export interface SectorAction {
  actionId: string;
  sectionId: string;
  order: number;
  /** The pooled answers of every participant, as a 0–100 score; null when nobody gave a value. */
  score: number | null;
  gap: number | null;
  /** Participants who gave a scale value, and who answered "Not sure". */
  n: number;
  notSure: number;
  counts: number[];
  groups: Distribution;
  /** Highest minus lowest group score: how far councils differ. */
  spread: number | null;
}

export interface SectorSection {
  sectionId: string;
  /** The mean of the section's pooled action scores, each action weighing the same. */
  score: number | null;
  groups: Distribution;
}

export interface SectorView {
  figures: SectorFigures;
  actions: SectorAction[];
  sections: SectorSection[];
  overall: { score: number | null; groups: Distribution };
  /** The section whose median group scores lowest (the first in leaflet order on a tie): the chart's headline. */
  lowestSection: SectorSection | null;
  /** The sector's weakest areas (pooled mean answer at "to some extent" or below), with the research. */
  weak: WeakArea<SectorAction>[];
  /** Where councils differ most: the widest spread of group scores first. */
  differ: SectorAction[];
  /** Where they agree: the narrowest spread first. */
  agree: SectorAction[];
  standings: FindingStanding[];
  behaviours: FindingStanding[];
}

/** How many actions each of "differ most" and "agree" lists. */
export const TOP_SPREADS = 3;
/**
 * Councils agree on an action when every group's score is within one answer point (25 of 100) of every
 * other's; they differ on it when the spread is wider than that.
 */
export const AGREE_WITHIN = 25;

/** Everything the sector picture, its report and its CSV show, from the sector's figures. */
export function sectorView(figures: SectorFigures, content: ResultsContent): SectorView {
  const { checklist, scale, findings, quotes } = content;
  const max = scaleMax(scale);
  const sectionOf = new Map(
    checklist.sections.flatMap((s) => s.actions.map((a) => [a.id, s.id] as const)),
  );
  const actions = figures.actions.map((a, order): SectorAction => {
    const score = scoreFromCounts(a.counts);
    const { min, max: top } = a.groups;
    return {
      actionId: a.actionId,
      sectionId: sectionOf.get(a.actionId)!,
      order,
      score,
      gap: gapOf(score),
      n: a.counts.reduce((s, c) => s + c, 0),
      notSure: a.notSure,
      counts: a.counts,
      groups: a.groups,
      spread: min === null || top === null ? null : top - min,
    };
  });
  const sections = figures.sections.map((s) => ({
    sectionId: s.sectionId,
    score: mean(
      actions.flatMap((a) => (a.sectionId === s.sectionId && a.score !== null ? [a.score] : [])),
    ),
    groups: s.groups,
  }));
  // The same weak-area and finding rules as for one leader, with the pooled mean answer as the value.
  const asResults: ActionResult[] = actions.map((a) => ({
    actionId: a.actionId,
    sectionId: a.sectionId,
    order: a.order,
    status: a.n > 0 ? 'answered' : 'unanswered',
    value: a.score === null ? null : (a.score / 100) * max,
    score: a.score,
    gap: a.gap,
  }));
  const weak = weakAreas(asResults, findings, max).slice(0, TOP_WEAK_AREAS);
  const chosen = quotesForWeakAreas(weak, quotes.items);
  const spreadOrder = actions
    .filter((a) => a.spread !== null)
    .sort((a, b) => b.spread! - a.spread! || a.order - b.order);
  return {
    figures,
    actions,
    sections,
    overall: {
      score: mean(sections.flatMap((s) => (s.score === null ? [] : [s.score]))),
      groups: figures.overall,
    },
    lowestSection: lowestMedian(sections),
    weak: weak.map((w) => ({
      ...actions[w.order]!,
      ...areaResearch(w.actionId, chosen.get(w.actionId), content),
    })),
    differ: spreadOrder.filter((a) => a.spread! > AGREE_WITHIN).slice(0, TOP_SPREADS),
    agree: spreadOrder
      .filter((a) => a.spread! <= AGREE_WITHIN)
      .sort((a, b) => a.spread! - b.spread! || a.order - b.order)
      .slice(0, TOP_SPREADS),
    standings: findingStandings(asResults, findings),
    behaviours: behaviourStandings(asResults, findings),
  };
}

/** The section with the lowest median group score; the earlier in leaflet order on a tie. */
function lowestMedian(sections: readonly SectorSection[]): SectorSection | null {
  let lowest: SectorSection | null = null;
  for (const s of sections) {
    if (s.groups.median === null) continue;
    if (!lowest || s.groups.median < lowest.groups.median!) lowest = s;
  }
  return lowest;
}
