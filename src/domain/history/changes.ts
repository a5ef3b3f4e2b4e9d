import type { Checklist, Scale } from '../content/types';
import type { Answers, AnswerValue } from '../scoring/answers';
import { compareAssessments, type Change } from '../scoring/compare';

/**
 * How one action's answer moved between two rounds. "Newly answered": no score before, a score now;
 * "no longer scored": the reverse (now "Not sure" or unanswered); "not scored": neither has a score.
 */
export type Movement =
  'better' | 'same' | 'worse' | 'newly-answered' | 'no-longer-scored' | 'not-scored';

export interface ActionChange {
  actionId: string;
  before: AnswerValue | null;
  after: AnswerValue | null;
  movement: Movement;
  /** Points on the scale, after − before; null unless both are on the scale. */
  points: number | null;
}

export const MOVEMENT_LABELS: Record<Movement, string> = {
  better: 'Better',
  same: 'Same',
  worse: 'Worse',
  'newly-answered': 'Newly answered',
  'no-longer-scored': 'No longer scored',
  'not-scored': 'Not scored',
};

// After the size of the move, newly answered actions come first: they are new information.
const MOVEMENT_ORDER: Movement[] = [
  'better',
  'worse',
  'newly-answered',
  'no-longer-scored',
  'same',
  'not-scored',
];

export function movementOf(before: AnswerValue | null, after: AnswerValue | null): Movement {
  const b = typeof before === 'number';
  const a = typeof after === 'number';
  if (b && a) return after > before ? 'better' : after < before ? 'worse' : 'same';
  if (a) return 'newly-answered';
  if (b) return 'no-longer-scored';
  return 'not-scored';
}

/**
 * Points on the scale, after − before; null unless both are on the scale. Rounded to a tenth: a
 * group's mean answers are shown to one decimal place, so 2.4 − 2.0 is 0.4, not 0.39999…
 */
export function pointsBetween(before: AnswerValue | null, after: AnswerValue | null) {
  return typeof before === 'number' && typeof after === 'number'
    ? Math.round((after - before) * 10) / 10
    : null;
}

/**
 * Every action's movement between two sets of values, the largest moves first. The values are one
 * leader's answers, or a group's mean answers as shown (to one decimal place).
 */
export function changesBetween(
  checklist: Checklist,
  before: (actionId: string) => AnswerValue | null,
  after: (actionId: string) => AnswerValue | null,
): ActionChange[] {
  const order = new Map<string, number>();
  const changes: ActionChange[] = [];
  for (const section of checklist.sections) {
    for (const action of section.actions) {
      order.set(action.id, order.size);
      const b = before(action.id);
      const a = after(action.id);
      const points = pointsBetween(b, a);
      changes.push({
        actionId: action.id,
        before: b,
        after: a,
        movement: movementOf(b, a),
        points,
      });
    }
  }
  return changes.sort(
    (x, y) =>
      Math.abs(y.points ?? 0) - Math.abs(x.points ?? 0) ||
      MOVEMENT_ORDER.indexOf(x.movement) - MOVEMENT_ORDER.indexOf(y.movement) ||
      order.get(x.actionId)! - order.get(y.actionId)!,
  );
}

/** Every action's movement between an earlier round and a later one, the largest moves first. */
export const actionChanges = (checklist: Checklist, earlier: Answers, later: Answers) =>
  changesBetween(
    checklist,
    (id) => earlier[id] ?? null,
    (id) => later[id] ?? null,
  );

/** The actions that moved (up, down, or newly answered), largest first. */
export const movedActions = (changes: readonly ActionChange[]) =>
  changes.filter((c) => c.movement !== 'same' && c.movement !== 'not-scored');

export interface SinceLast {
  overall: Change;
  sections: Change[];
  coverage: { before: number; after: number };
  /** Up to `limit` actions whose answer went up, the largest rise first. */
  rises: ActionChange[];
  /**
   * Up to `limit` actions whose answer went down, the largest drop first: listed beside the rises, so
   * a drop is not found only in the history table (issue 25, item 14).
   */
  drops: ActionChange[];
  /** Actions that moved between a score and "Not sure" or no answer: told in the history table. */
  otherMoves: number;
}

/**
 * The short "since last time" account: overall and section changes, and the actions that rose and
 * fell most, each list largest first.
 */
export function sinceLast(
  checklist: Checklist,
  scale: Scale,
  earlier: Answers,
  later: Answers,
  limit = 3,
): SinceLast {
  const comparison = compareAssessments(checklist, scale, earlier, later);
  const moved = movedActions(actionChanges(checklist, earlier, later));
  return {
    overall: comparison.overall,
    sections: comparison.sections,
    coverage: comparison.coverage,
    rises: moved.filter((c) => c.movement === 'better').slice(0, limit),
    drops: moved.filter((c) => c.movement === 'worse').slice(0, limit),
    otherMoves: moved.filter((c) => c.movement !== 'better' && c.movement !== 'worse').length,
  };
}
