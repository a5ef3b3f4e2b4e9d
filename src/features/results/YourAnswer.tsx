import { answerLabel } from '../../domain/answerLabel';
import { useContent } from '../../components/content/ContentContext';
import { useAssessmentStore } from '../../state/assessmentStore';

/** What the leader answered for a weak area, and their note on it if they wrote one. */
export function YourAnswer({ actionId }: { actionId: string }) {
  const { scale } = useContent();
  const answer = useAssessmentStore((s) => s.assessment.answers[actionId]);
  const note = useAssessmentStore((s) => s.assessment.notes[actionId]);
  return (
    <>
      <p>
        Your answer: <strong>{answerLabel(scale, answer)}</strong>
      </p>
      {note?.trim() && <p className="summary-note">Your note: {note}</p>}
    </>
  );
}
