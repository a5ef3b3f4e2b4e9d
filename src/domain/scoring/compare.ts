import type { Checklist, Scale } from '../content/types';
import type { Answers } from './answers';
import { scoreAssessment } from './score';

export interface Change {
  id: string;
  before: number | null;
  after: number | null;
  /** after − before; null when either has no score. */
  change: number | null;
}

export interface Comparison {
  overall: Change;
  coverage: { before: number; after: number };
  sections: Change[];
  actions: Change[];
}

const changeOf = (id: string, before: number | null, after: number | null): Change => ({
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
    actions: a.actions.map((x, i) => changeOf(x.actionId, x.score, b.actions[i]!.score)),
  };
}
