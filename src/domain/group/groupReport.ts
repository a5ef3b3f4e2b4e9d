import type { EarlierWorkshop } from '../workshop/earlier';
import { participantLabel, respondents, type Workshop } from '../workshop/workshop';
import { groupSince, type GroupSince } from './groupSince';
import { groupView, type GroupContent, type GroupView } from './groupView';
import { summariseCounts } from './ownVsGroup';

/** One of the actions that moved most, with the exact mean answers (0–4) behind its move. */
export interface MoveMeans {
  actionId: string;
  then: number | null;
  now: number | null;
}

/** The group's change since the earlier workshop it is compared with. */
export interface SinceEarlier extends GroupSince {
  earlier: EarlierWorkshop;
  /**
   * The top moves' exact means then and now (not the one-decimal figures the move is ranked by), so
   * a 0–100 figure on a slide is the one the section slides show for that action.
   */
  topMoveMeans: MoveMeans[];
}

/**
 * Everything the group pages show (results, printed summary, slides and the "since" panels), worked
 * out once from the content and the workshop: the pages pass its pieces down and compute nothing.
 */
export interface GroupReport extends GroupView {
  workshop: Workshop;
  /** Each member who has answered, as shown everywhere: their name, or "Participant n". */
  people: string[];
  /** Null when the workshop is not compared with an earlier one. */
  since: SinceEarlier | null;
}

function sinceEarlier(content: GroupContent, earlier: EarlierWorkshop, view: GroupView) {
  const { group } = view;
  const since = groupSince(content.checklist, earlier, group);
  const thenMean = new Map(
    earlier.figures.actions.map((a) => [a.actionId, summariseCounts(a.counts).mean]),
  );
  const nowMean = new Map(group.actions.map((a) => [a.actionId, a.mean]));
  return {
    ...since,
    earlier,
    topMoveMeans: since.topMoves.map(({ actionId }) => ({
      actionId,
      then: thenMean.get(actionId) ?? null,
      now: nowMean.get(actionId) ?? null,
    })),
  };
}

/** The group report of a workshop: its view, who answered, and what moved since its earlier one. */
export function groupReport(content: GroupContent, workshop: Workshop): GroupReport {
  const view = groupView(workshop, content);
  return {
    ...view,
    workshop,
    people: respondents(workshop).map((p) => participantLabel(workshop, p)),
    since: workshop.earlier ? sinceEarlier(content, workshop.earlier, view) : null,
  };
}
