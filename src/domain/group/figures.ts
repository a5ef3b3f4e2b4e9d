import type { CheckResult } from '../assessment/checkAssessment';
import type { Checklist, Scale } from '../content/types';
import { aggregateGroup } from '../scoring/group';
import { groupParticipants, WORKSHOP_LIMITS, type Workshop } from '../workshop/workshop';

/**
 * The group figures a workshop gives back to its members: for each action, how many answered each
 * value. Nothing else: no names, no notes, no workshop title and no one's row of answers, so a member
 * can carry them away and no one can learn from them what another person answered.
 */
export interface GroupFigures {
  checklistId: string;
  checklistVersion: string;
  /** Participants who had answered. */
  participants: number;
  /** Every action of the checklist, in leaflet order. */
  actions: GroupActionCounts[];
}

export interface GroupActionCounts {
  actionId: string;
  /** counts[v]: how many chose scale value v. */
  counts: number[];
  notSure: number;
}

/**
 * With two people, each could subtract their own answers from the counts and read the other's; from
 * three on, what is left is a mix of the others' answers that no one can take apart.
 */
export const MIN_PARTICIPANTS_FOR_FIGURES = 3;

const fail = (message: string): CheckResult<never> => ({ ok: false, message });

export function groupFigures(
  workshop: Workshop,
  checklist: Checklist,
  scale: Scale,
): CheckResult<GroupFigures> {
  const people = groupParticipants(workshop);
  if (people.length < MIN_PARTICIPANTS_FOR_FIGURES) {
    return fail(
      `the group results can be given back once at least ${MIN_PARTICIPANTS_FOR_FIGURES} participants have answered; with fewer, anyone could work out another person's answers from them.`,
    );
  }
  const group = aggregateGroup(checklist, scale, people);
  return {
    ok: true,
    value: {
      checklistId: checklist.id,
      checklistVersion: checklist.version,
      participants: group.participants,
      actions: group.actions.map((a) => ({
        actionId: a.actionId,
        counts: [...a.counts],
        notSure: a.notSure,
      })),
    },
  };
}

const isCount = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;

/**
 * The one check for group figures, however they arrived (a code or a file): this checklist, a possible
 * number of participants, every action once in leaflet order, and counts that add up. Returns a clean
 * copy built only from the known fields.
 */
export function checkGroupFigures(
  value: {
    checklistId: unknown;
    checklistVersion: unknown;
    participants: unknown;
    actions: readonly { actionId: unknown; counts: unknown; notSure: unknown }[];
  },
  checklist: Checklist,
  scale: Scale,
): CheckResult<GroupFigures> {
  if (value.checklistId !== checklist.id) {
    return fail(`it is for a different checklist, not "${checklist.title}".`);
  }
  if (value.checklistVersion !== checklist.version) {
    return fail(
      `it is for another version of the checklist; this app uses version ${checklist.version}.`,
    );
  }
  const participants = value.participants;
  if (
    !isCount(participants) ||
    participants < MIN_PARTICIPANTS_FOR_FIGURES ||
    participants > WORKSHOP_LIMITS.participants
  ) {
    return fail(
      `the number of participants in it is not between ${MIN_PARTICIPANTS_FOR_FIGURES} and ${WORKSHOP_LIMITS.participants}.`,
    );
  }
  const ids = checklist.sections.flatMap((s) => s.actions.map((a) => a.id));
  if (value.actions.length !== ids.length) {
    return fail(`it does not have figures for each of the checklist's ${ids.length} actions.`);
  }
  const actions: GroupActionCounts[] = [];
  for (const [i, id] of ids.entries()) {
    const a = value.actions[i]!;
    if (a.actionId !== id) return fail(`it does not have figures for each action, in order.`);
    const counts = a.counts;
    if (
      !Array.isArray(counts) ||
      counts.length !== scale.options.length ||
      !counts.every(isCount) ||
      !isCount(a.notSure)
    ) {
      return fail(`the figures for an action are not counts for each answer option.`);
    }
    const total = counts.reduce((s: number, c: number) => s + c, 0) + a.notSure;
    if (total > participants) {
      return fail(`more answers are counted for an action than there were participants.`);
    }
    actions.push({ actionId: id, counts: [...counts], notSure: a.notSure });
  }
  return {
    ok: true,
    value: {
      checklistId: checklist.id,
      checklistVersion: checklist.version,
      participants,
      actions,
    },
  };
}
