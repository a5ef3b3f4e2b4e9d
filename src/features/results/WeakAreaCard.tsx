import { WeakAreaResearch } from '../../components/WeakAreaResearch';
import type { CouncilExample, Quote, Recommendation } from '../../domain/content/types';
import type { ActionResult } from '../../domain/scoring/score';
import type { AnswerValue } from '../../domain/scoring/answers';
import { answerLabel } from '../../domain/scoring/labels';
import { actionText, recommendations, scale, sectionOf } from './useResults';

interface Props {
  area: ActionResult & {
    quotes: Quote[];
    quotesShownAbove: boolean;
    recommendations: Recommendation[];
    examples: CouncilExample[];
  };
  rank: number;
  answer: AnswerValue | undefined;
  note: string | undefined;
}

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

      <WeakAreaResearch
        quotes={area.quotes}
        quotesShownAbove={area.quotesShownAbove}
        recommendations={area.recommendations}
        examples={area.examples}
        recommendationsSource={recommendations.source}
      />
    </section>
  );
}
