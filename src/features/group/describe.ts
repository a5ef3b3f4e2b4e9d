import type { CountsSummary, OwnVsGroupAction } from '../../domain/group/ownVsGroup';
import { answerLabel } from '../../domain/answerLabel';
import { formatMean } from '../../domain/display';
import type { Scale } from '../../domain/content/types';

const quoted = (scale: Scale, v: number) => `“${answerLabel(scale, v)}”`;

/** "everyone else answered from “Not at all” to “To some extent”". */
export function othersAnswered(others: CountsSummary, scale: Scale): string {
  if (others.min === null || others.max === null) return 'no one else answered on the scale';
  return others.min === others.max
    ? `everyone else answered ${quoted(scale, others.min)}`
    : `everyone else answered from ${quoted(scale, others.min)} to ${quoted(scale, others.max)}`;
}

/** "3 “To some extent”, 2 “To a large extent”, 1 not sure": the group's answers, in scale order. */
export function groupAnswers(a: OwnVsGroupAction, scale: Scale): string {
  const parts = a.counts.flatMap((c, v) => (c > 0 ? [`${c} ${quoted(scale, v)}`] : []));
  if (a.notSure > 0) parts.push(`${a.notSure} not sure`);
  return parts.length ? parts.join(', ') : 'no answers';
}

export const yourAnswer = (a: OwnVsGroupAction, scale: Scale) => answerLabel(scale, a.own);
export const groupAverage = (a: OwnVsGroupAction) => formatMean(a.mean);
