import type { ActionResult } from '../../domain/scoring/score';
import { answerLabel } from '../../domain/answerLabel';
import { useContent } from '../../components/content/ContentContext';

export function StrengthsList({ strengths }: { strengths: ActionResult[] }) {
  const { scale, index } = useContent();
  if (strengths.length === 0) {
    return <p>You did not answer any action at "To a large extent" or "Fully" yet.</p>;
  }
  return (
    <ul>
      {strengths.map((s) => (
        <li key={s.actionId}>
          {index.actionText(s.actionId)}: <strong>{answerLabel(scale, s.value)}</strong>
        </li>
      ))}
    </ul>
  );
}
