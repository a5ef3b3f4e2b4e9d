import type { ActionResult } from '../../domain/scoring/score';
import { answerLabel } from '../../domain/answerLabel';
import { checklistIndex } from '../../domain/content/contentIndex';
import { checklistContent } from '../../domain/content/load';

export function StrengthsList({ strengths }: { strengths: ActionResult[] }) {
  if (strengths.length === 0) {
    return <p>You did not answer any action at "To a large extent" or "Fully" yet.</p>;
  }
  return (
    <ul>
      {strengths.map((s) => (
        <li key={s.actionId}>
          {checklistIndex.actionText(s.actionId)}:{' '}
          <strong>{answerLabel(checklistContent.scale, s.value)}</strong>
        </li>
      ))}
    </ul>
  );
}
