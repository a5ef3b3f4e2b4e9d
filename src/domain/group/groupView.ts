import type { Quote } from '../content/types';
import type { AnswerValue } from '../scoring/answers';
import { behaviourStandings, findingStandings, type FindingStanding } from '../scoring/findings';
import { aggregateGroup, type GroupActionResult, type GroupResult } from './aggregate';
import { actionsByGap, TOP_WEAK_AREAS, weakAreas } from '../scoring/priorities';
import { quotesForWeakAreas } from '../scoring/quotes';
import { areaResearch } from '../scoring/weakAreaResearch';
import type { ActionResult } from '../scoring/score';
import { scaleMax } from '../scoring/score';
import type { ResultsContent, WeakArea } from '../scoring/personalView';
import {
  groupParticipants,
  participantLabel,
  respondents,
  type Workshop,
} from '../workshop/workshop';

/** The results and slides lead with the few most split actions, not every one. */
export const TOP_DISAGREEMENTS = 5;

/** The same content a personal view is worked out from. */
export type GroupContent = ResultsContent;

export interface ParticipantAnswer {
  /** As shown everywhere: the name, or "Participant n" when anonymous. */
  label: string;
  answer: AnswerValue | undefined;
}

export interface GroupActionView extends GroupActionResult {
  answers: ParticipantAnswer[];
}

export interface GroupView {
  group: GroupResult;
  /** Every action, largest group gap first, then leaflet order; actions nobody scored come last. */
  byGap: GroupActionView[];
  /** The most split actions (at most five), most split first: discussion prompts, each with a quote. */
  disagreements: (GroupActionView & { quote: Quote | null })[];
  /** How many actions the group is split on in all. */
  splitCount: number;
  /** Actions where a member or two see it differently but the group is not split, leaflet order. */
  outliers: GroupActionView[];
  /** The group's weakest areas (mean answer at "to some extent" or below), with the research. */
  weak: WeakArea<GroupActionView>[];
  standings: FindingStanding[];
  /** The group's standing on what leaders in councils achieving more innovations do (para 16). */
  behaviours: FindingStanding[];
}

/**
 * The group's action results in the shape the personal priorities take, with the mean answer as the
 * value: the same weak-area, gap and finding rules then apply to a group as to one leader.
 */
function asActionResults(actions: readonly GroupActionResult[]): ActionResult[] {
  return actions.map((a) => ({
    actionId: a.actionId,
    sectionId: a.sectionId,
    order: a.order,
    status: a.n > 0 ? 'answered' : 'unanswered',
    value: a.mean,
    score: a.score,
    gap: a.gap,
  }));
}

/** Everything the group results, presentation and printed summary show, from the workshop's answers. */
export function groupView(workshop: Workshop, content: GroupContent): GroupView {
  const { checklist, scale, findings, quotes } = content;
  const group = aggregateGroup(checklist, scale, groupParticipants(workshop));
  const people = respondents(workshop).map((p) => ({
    label: participantLabel(workshop, p),
    answers: p.response.answers,
  }));
  const views = new Map<string, GroupActionView>(
    group.actions.map((a) => [
      a.actionId,
      { ...a, answers: people.map((p) => ({ label: p.label, answer: p.answers[a.actionId] })) },
    ]),
  );
  const view = (id: string) => views.get(id)!;

  const asResults = asActionResults(group.actions);
  const scored = actionsByGap(asResults).map((a) => view(a.actionId));
  const byGap = [
    ...scored,
    ...group.actions.filter((a) => a.gap === null).map((a) => view(a.actionId)),
  ];

  // One quote per discussion prompt, then up to two per weak area from the quotes not yet used, so no
  // quote appears twice on one page and the same answers always give the same quotes.
  const split = group.disagreements.slice(0, TOP_DISAGREEMENTS);
  const promptQuotes = quotesForWeakAreas(split, quotes.items, 1);
  const used = new Set([...promptQuotes.values()].flat().map((q) => q.id));
  const weakResults = weakAreas(asResults, findings, scaleMax(scale)).slice(0, TOP_WEAK_AREAS);
  const weakQuotes = quotesForWeakAreas(
    weakResults,
    quotes.items.filter((q) => !used.has(q.id)),
  );

  return {
    group,
    byGap,
    disagreements: split.map((a) => ({
      ...view(a.actionId),
      quote: promptQuotes.get(a.actionId)?.[0] ?? null,
    })),
    splitCount: group.disagreements.length,
    outliers: group.actions.filter((a) => a.outliers > 0).map((a) => view(a.actionId)),
    weak: weakResults.map((a) => ({
      ...view(a.actionId),
      ...areaResearch(a.actionId, weakQuotes.get(a.actionId), content),
    })),
    standings: findingStandings(asResults, findings),
    behaviours: behaviourStandings(asResults, findings),
  };
}

/**
 * The group's weakest areas, without the research beside them: what the group plan suggests first.
 * The same rule as the view's `weak`, from the checklist, scale and findings only.
 */
export function groupWeakest(
  workshop: Workshop,
  { checklist, scale, findings }: Pick<GroupContent, 'checklist' | 'scale' | 'findings'>,
): string[] {
  const group = aggregateGroup(checklist, scale, groupParticipants(workshop));
  return weakAreas(asActionResults(group.actions), findings, scaleMax(scale))
    .slice(0, TOP_WEAK_AREAS)
    .map((a) => a.actionId);
}
