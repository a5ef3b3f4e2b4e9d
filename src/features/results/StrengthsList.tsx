import type { ActionResult } from '../../domain/scoring/score';
import { answerLabel } from '../../domain/scoring/labels';
import { actionText, scale } from './useResults';

export function StrengthsList({ strengths }: { strengths: ActionResult[] }) {
  if (strengths.length === 0) {
    return <p>You did not answer any action at "To a large extent" or "Fully" yet.</p>;
  }
  return (
    <ul>
      {strengths.map((s) => (
        <li key={s.actionId}>
          {actionText(s.actionId)}: <strong>{answerLabel(scale, s.value)}</strong>
        </li>
      ))}
    </ul>
  );
}
