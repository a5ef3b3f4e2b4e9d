import type { Checklist, Scale } from '../content/types';
import type { AnswerStatus, Answers } from './answers';
import { scoreAssessment } from './score';

export interface Change {
  id: string;
  before: number | null;
  after: number | null;
  /** after − before; null when either has no score. */
  change: number | null;
}

/** An action's change, with how it was answered each time ("Not sure" has no score). */
export interface ActionChange extends Change {
  beforeStatus: AnswerStatus;
  afterStatus: AnswerStatus;
}

export interface Comparison {
  overall: Change;
  coverage: { before: number; after: number };
  sections: Change[];
  actions: ActionChange[];
}

/** One figure then and now, and the difference when both exist. */
export const changeOf = (id: string, before: number | null, after: number | null): Change => ({
  id,
  before,
  after,
  change: before === null || after === null ? null : after - before,
});

/** What moved between an earlier assessment and a later one, per section and per action. */
export function compareAssessments(
  checklist: Checklist,
  scale: Scale,
  earlier: Answers,
  later: Answers,
): Comparison {
  const a = scoreAssessment(checklist, scale, earlier);
  const b = scoreAssessment(checklist, scale, later);
  return {
    overall: changeOf('overall', a.overall, b.overall),
    coverage: { before: a.coverage, after: b.coverage },
    sections: a.sections.map((s, i) => changeOf(s.sectionId, s.score, b.sections[i]!.score)),
    actions: a.actions.map((x, i) => ({
      ...changeOf(x.actionId, x.score, b.actions[i]!.score),
      beforeStatus: x.status,
      afterStatus: b.actions[i]!.status,
    })),
  };
}

/**
 * The change as a reader can check it: the difference of the whole numbers shown beside it, so
 * "38 then, 56 now" says "up 18", never "up 19" from the unrounded 37.5 and 56.25.
 */
export function shownChange(c: Change): number | null {
  return c.before === null || c.after === null ? null : Math.round(c.after) - Math.round(c.before);
}

/**
 * "Up 18", "Down 5", "No change", or why there is no figure: "Was Not sure", "No score then". The one
 * wording of a change for every page (results, history, compare, group results, slides, print).
 */
export function describeChange(c: Change | ActionChange, notSureLabel: string): string {
  const shown = shownChange(c);
  if (shown !== null)
    return shown === 0 ? 'No change' : shown > 0 ? `Up ${shown}` : `Down ${-shown}`;
  if ('beforeStatus' in c) {
    if (c.beforeStatus === 'not-sure' && c.after !== null) return `Was ${notSureLabel}`;
    if (c.afterStatus === 'not-sure' && c.before !== null) return `Now ${notSureLabel}`;
    if (c.beforeStatus === 'unanswered' && c.after !== null) return 'Newly answered';
  }
  if (c.before === null && c.after === null) return 'No score';
  return c.before === null ? 'No score then' : 'No score now';
}

/** Actions whose answer changed come first, each group in leaflet order. */
export function changedFirst(actions: readonly ActionChange[]): ActionChange[] {
  const changed = (a: ActionChange) =>
    a.beforeStatus !== a.afterStatus || (shownChange(a) ?? 0) !== 0;
  return [...actions.filter(changed), ...actions.filter((a) => !changed(a))];
}
