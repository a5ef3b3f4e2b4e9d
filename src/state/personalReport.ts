import { useMemo } from 'react';
import {
  personalReport,
  type PersonalReport,
  type PersonalReportContent,
} from '../domain/report/personalReport';
import { roundReport, type RoundReport } from '../domain/report/roundReport';
import type { Checklist, Scale } from '../domain/content/types';
import type { PersonalSaved } from '../domain/report/saved';
import { useAssessmentStore } from './assessmentStore';
import { useHistoryStore } from './historyStore';
import { useSnapshotStore } from './snapshotStore';

/** What the leader has saved: the round now, the kept rounds and the snapshots. */
function usePersonalSaved(): PersonalSaved {
  const assessment = useAssessmentStore((s) => s.assessment);
  const rounds = useHistoryStore((s) => s.entries);
  const snapshots = useSnapshotStore((s) => s.snapshots);
  return useMemo(() => ({ assessment, rounds, snapshots }), [assessment, rounds, snapshots]);
}

/**
 * The leader's report, worked out once per page and per change of what is saved, from the content
 * the page is given (useResultsContent()): the page passes its parts down as props.
 */
export function usePersonalReport(content: PersonalReportContent): PersonalReport {
  const saved = usePersonalSaved();
  return useMemo(() => personalReport(content, saved), [content, saved]);
}

/** The same without the research: where this round stands against the last (history, review). */
export function useRoundReport(content: { checklist: Checklist; scale: Scale }): RoundReport {
  const saved = usePersonalSaved();
  return useMemo(() => roundReport(content, saved), [content, saved]);
}
