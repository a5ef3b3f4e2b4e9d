import type { Answers, AnswerValue } from '../scoring/answers';
import type { WeakArea } from '../scoring/personalView';
import { TOP_WEAK_AREAS, weakAreas } from '../scoring/priorities';
import { quotesForWeakAreas } from '../scoring/quotes';
import { areaResearch } from '../scoring/weakAreaResearch';
import { gapOf, scaleMax, type ActionResult } from '../scoring/score';
import type { GroupContent } from './groupView';
import type { GroupFigures } from './figures';

/** Scale points between a member's answer and everyone else's from which they stand apart. */
export const STAND_APART_POINTS = 2;

export interface CountsSummary {
  /** Answers on the scale. */
  n: number;
  mean: number | null;
  min: number | null;
  max: number | null;
}

export interface OwnVsGroupAction extends CountsSummary {
  actionId: string;
  sectionId: string;
  order: number;
  own: AnswerValue | undefined;
  counts: number[];
  notSure: number;
  /** The group's average as a 0–100 score, as the group results show it. */
  score: number | null;
  /** Everyone else: the group less one answer at the member's own value, when there is one. */
  others: CountsSummary;
  /** Scale points from the member's answer to the nearest of everyone else's; 0 when within them. */
  apart: number | null;
  /** Every answer on the scale within one point of the others (two or more answers). */
  groupAgrees: boolean;
}

export interface OwnVsGroup {
  participants: number;
  actions: OwnVsGroupAction[];
  /** Where the member is the outlier: 2 or more points from everyone else, farthest first. */
  standApart: OwnVsGroupAction[];
  /** Where the group agrees, in leaflet order. */
  agrees: OwnVsGroupAction[];
  /** The group's weakest areas, by its average, with the research. */
  weak: WeakArea<OwnVsGroupAction>[];
}

/** The number of answers, their mean, lowest and highest, from the count of each scale value. */
export function summariseCounts(counts: readonly number[]): CountsSummary {
  let n = 0;
  let sum = 0;
  counts.forEach((c, v) => {
    n += c;
    sum += c * v;
  });
  if (n === 0) return { n, mean: null, min: null, max: null };
  const min = counts.findIndex((c) => c > 0);
  const max = counts.length - 1 - [...counts].reverse().findIndex((c) => c > 0);
  return { n, mean: sum / n, min, max };
}

function apartFrom(own: AnswerValue | undefined, others: CountsSummary): number | null {
  if (typeof own !== 'number' || others.min === null || others.max === null) return null;
  if (own < others.min) return others.min - own;
  if (own > others.max) return own - others.max;
  return 0;
}

/**
 * A member's own answers against the group figures, worked out on the member's device. Their answer
 * is one of the group's (when they shared it), so they are compared with everyone else: one answer at
 * their value is taken out of the counts first.
 */
export function ownVsGroup(own: Answers, figures: GroupFigures, content: GroupContent): OwnVsGroup {
  const { checklist, scale, findings, quotes } = content;
  const top = scaleMax(scale);
  const sectionOf = new Map(
    checklist.sections.flatMap((s) => s.actions.map((a) => [a.id, s.id] as const)),
  );
  const actions = figures.actions.map((a, order): OwnVsGroupAction => {
    const mine = own[a.actionId];
    const whole = summariseCounts(a.counts);
    const othersCounts = a.counts.map((c, v) => (v === mine && c > 0 ? c - 1 : c));
    const others = summariseCounts(othersCounts);
    return {
      ...whole,
      score: whole.mean === null ? null : (whole.mean / top) * 100,
      actionId: a.actionId,
      sectionId: sectionOf.get(a.actionId)!,
      order,
      own: mine,
      counts: a.counts,
      notSure: a.notSure,
      others,
      apart: apartFrom(mine, others),
      groupAgrees: whole.n >= 2 && whole.max! - whole.min! <= 1,
    };
  });

  const standApart = actions
    .filter((a) => a.others.n >= 2 && a.apart !== null && a.apart >= STAND_APART_POINTS)
    .sort((a, b) => b.apart! - a.apart! || a.order - b.order);
  const agrees = actions.filter((a) => a.groupAgrees);

  // The same weak-area rule as for one leader and for the group results, on the group's average.
  const asResults: ActionResult[] = actions.map((a) => ({
    actionId: a.actionId,
    sectionId: a.sectionId,
    order: a.order,
    status: a.mean === null ? 'unanswered' : 'answered',
    value: a.mean,
    score: a.score,
    gap: gapOf(a.score),
  }));
  const weakResults = weakAreas(asResults, findings, top).slice(0, TOP_WEAK_AREAS);
  const weakQuotes = quotesForWeakAreas(weakResults, quotes.items);
  const weak = weakResults.map((r) => ({
    ...actions[r.order]!,
    ...areaResearch(r.actionId, weakQuotes.get(r.actionId), content),
  }));

  return { participants: figures.participants, actions, standApart, agrees, weak };
}
