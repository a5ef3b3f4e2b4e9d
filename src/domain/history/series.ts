import type { Checklist, Scale } from '../content/types';
import type { Answers } from '../scoring/answers';
import { scoreAssessment } from '../scoring/score';

export interface HistoryPoint {
  id: string;
  /** ISO date-time. */
  date: string;
  label: string;
  answers: Answers;
}

export interface RoundScores {
  id: string;
  date: string;
  label: string;
  overall: number | null;
  /** In checklist order. */
  sections: (number | null)[];
  coverage: number;
  answered: number;
  total: number;
}

/** Overall, section scores and coverage for each round, in the order given (earliest first). */
export function historyScores(
  checklist: Checklist,
  scale: Scale,
  points: readonly HistoryPoint[],
): RoundScores[] {
  return points.map((p) => {
    const r = scoreAssessment(checklist, scale, p.answers);
    return {
      id: p.id,
      date: p.date,
      label: p.label,
      overall: r.overall,
      sections: r.sections.map((s) => s.score),
      coverage: r.coverage,
      answered: r.total - r.notSure - r.unanswered,
      total: r.total,
    };
  });
}
