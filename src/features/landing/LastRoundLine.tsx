import { useHydrated } from '../../components/useHydrated';
import { useAssessmentStore } from '../../state/assessmentStore';
import { roundDate } from '../../domain/display';

/**
 * "You finished your last round on 3 June 2026." Saved data, so written once the app has taken the
 * page over; its line is kept empty until then, so nothing below it moves (issue 25).
 */
export function LastRoundLine() {
  const hydrated = useHydrated();
  const updatedAt = useAssessmentStore((s) => s.assessment.updatedAt);
  return (
    <p className="last-round">
      {hydrated && updatedAt && `You finished your last round on ${roundDate(updatedAt)}.`}
    </p>
  );
}
