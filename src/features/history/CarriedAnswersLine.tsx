import { answersAsBefore, carriedLine } from '../../domain/history/carried';
import { useAssessmentStore } from '../../state/assessmentStore';
import { roundDate } from './historyContent';
import { usePreviousRound } from './useHistory';

/** On the next round's "Check your answers": these are last round's answers; change what moved. */
export function CarriedAnswersLine() {
  const previous = usePreviousRound();
  const answers = useAssessmentStore((s) => s.assessment.answers);
  if (!previous || previous.kind !== 'round') return null;
  const line = carriedLine(
    answersAsBefore(previous.assessment.answers, answers),
    roundDate(previous.savedAt),
  );
  return line && <p className="lead">{line}</p>;
}
