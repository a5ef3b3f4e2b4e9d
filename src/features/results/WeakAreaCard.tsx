import type { CouncilExample, Quote, Recommendation } from '../../domain/content/types';
import type { ActionResult } from '../../domain/scoring/score';
import type { AnswerValue } from '../../domain/scoring/answers';
import { QuoteBlock } from '../../components/QuoteBlock';
import { answerLabel } from '../../domain/scoring/labels';
import { actionText, recommendations, scale, sectionOf } from './useResults';

interface Props {
  area: ActionResult & {
    quotes: Quote[];
    recommendations: Recommendation[];
    examples: CouncilExample[];
  };
  rank: number;
  answer: AnswerValue | undefined;
  note: string | undefined;
}

const MAX_EXAMPLES = 2;

export function WeakAreaCard({ area, rank, answer, note }: Props) {
  const headingId = `weak-${area.actionId.replace('.', '--')}`;
  return (
    <section className="card" aria-labelledby={headingId}>
      <h3 id={headingId}>
        <span className="caption">
          {rank}. {sectionOf(area.sectionId).title}
        </span>
        {actionText(area.actionId)}
      </h3>
      <p>
        Your answer: <strong>{answerLabel(scale, answer)}</strong>
      </p>
      {note?.trim() && <p className="summary-note">Your note: {note}</p>}

      {area.quotes.length > 0 && (
        <>
          <h4>What other leaders said</h4>
          {area.quotes.map((q) => (
            <QuoteBlock key={q.id} text={q.text} />
          ))}
        </>
      )}

      {area.recommendations.length > 0 && (
        <>
          <h4>
            From "{recommendations.source.title}" ({recommendations.source.publisher})
          </h4>
          <ul>
            {area.recommendations.map((r) => (
              <li key={r.id}>
                <strong>{r.id}</strong> {r.text}
              </li>
            ))}
          </ul>
        </>
      )}

      {area.examples.length > 0 && (
        <>
          <h4>Examples from other councils</h4>
          <ul>
            {area.examples.slice(0, MAX_EXAMPLES).map((e) => (
              <li key={e.id}>
                <strong>
                  {e.council}
                  {e.title !== e.council && `: ${e.title}`}
                </strong>{' '}
                ({e.programme}). {e.description}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
