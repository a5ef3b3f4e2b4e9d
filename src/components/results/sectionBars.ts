import type { AppContent } from '../../domain/content/appContent';
import { formatScore } from '../../domain/display';
import type { BarRow } from '../charts/types';

interface SectionScore {
  sectionId: string;
  score: number | null;
  /** A group's lowest and highest participant, drawn as a line through the bar. */
  min?: number | null;
  max?: number | null;
}

/** One bar per section, titled as in the leaflet, with "No score" as words rather than a zero. */
export function sectionBars(
  sections: readonly SectionScore[],
  index: Pick<AppContent['index'], 'sectionOf'>,
): BarRow[] {
  return sections.map((s) => ({
    label: index.sectionOf(s.sectionId).title,
    value: s.score,
    valueLabel: s.score === null ? 'No score' : formatScore(s.score),
    range: s.min == null || s.max == null ? null : [s.min, s.max],
  }));
}
