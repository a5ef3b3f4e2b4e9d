import { answersAsBefore, carriedLine } from '../../domain/history/carried';
import { roundDate } from '../../domain/display';
import type { LastRound } from '../../domain/history/whole';

/** On the next round's "Check your answers": these are last round's answers; change what moved. */
export function CarriedAnswersLine({ last }: { last: LastRound }) {
  const { previous, answers } = last;
  if (!previous || previous.kind !== 'round') return null;
  const line = carriedLine(
    answersAsBefore(previous.assessment.answers, answers),
    roundDate(previous.savedAt),
  );
  return line && <p className="lead">{line}</p>;
}
