import type { CheckResult } from '../assessment/checkAssessment';
import type { Checklist, Scale } from '../content/types';
import { aggregateGroup } from './aggregate';
import { groupParticipants, WORKSHOP_LIMITS, type Workshop } from '../workshop/workshop';
import type { GroupActionCounts, GroupFigures } from './groupCounts';
import { MIN_GROUP_SIZE, tooSmallForMembers } from './minimumGroup';

// The shape lives in ./groupCounts.ts, which imports nothing: an earlier workshop (workshop/earlier.ts)
// keeps these figures, and this file reads workshops, so a shared file of its own breaks the loop.
export type { GroupActionCounts, GroupFigures } from './groupCounts';

const fail = (message: string): CheckResult<never> => ({ ok: false, message });

/**
 * The figures of a workshop, for members (from MIN_GROUP_SIZE answers) or, with a smaller minimum, for
 * what stays on the facilitator's device (an earlier workshop's figures).
 */
export function groupFigures(
  workshop: Workshop,
  checklist: Checklist,
  scale: Scale,
  minimum: number = MIN_GROUP_SIZE,
): CheckResult<GroupFigures> {
  const people = groupParticipants(workshop);
  if (people.length < minimum) return fail(tooSmallForMembers(people.length));
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
 * The one check for group figures, however they arrived (a code or a file): this checklist, a group of
 * at least `minimum` (MIN_GROUP_SIZE for what members open), every action once in leaflet order, and
 * counts that add up. Returns a clean copy built only from the known fields.
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
  minimum: number = MIN_GROUP_SIZE,
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
  // Below MIN_GROUP_SIZE, figures for members say why they no longer open; other figures (an earlier
  // workshop's, on the facilitator's device) simply name the range.
  const lowest = minimum < MIN_GROUP_SIZE ? minimum : 1;
  if (
    !isCount(participants) ||
    participants < lowest ||
    participants > WORKSHOP_LIMITS.participants
  ) {
    return fail(
      `the number of participants in it is not between ${lowest} and ${WORKSHOP_LIMITS.participants}.`,
    );
  }
  // Made for a smaller group (by an older version, or by hand): it no longer opens, and says why.
  if (participants < minimum) {
    return fail(
      `it was made for a group of ${participants}. Group results are now given to members only for groups of at least ${minimum}: in a smaller group, two or three members who put their own answers together could work out another member's answers. The facilitator can still go through them with the group on their own screen.`,
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
