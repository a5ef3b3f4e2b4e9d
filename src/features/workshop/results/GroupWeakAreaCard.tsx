import { QuoteBlock } from '../../../components/QuoteBlock';
import type { CouncilExample, Quote, Recommendation } from '../../../domain/content/types';
import { formatScore } from '../../../domain/scoring/format';
import { answerRange } from '../../../domain/workshop/format';
import type { GroupActionView } from '../../../domain/workshop/groupView';
import { actionText, recommendations, scale, sectionOf } from '../workshopContent';

interface Props {
  area: GroupActionView & {
    quotes: Quote[];
    recommendations: Recommendation[];
    examples: CouncilExample[];
  };
  rank: number;
}

const MAX_EXAMPLES = 2;

/** One of the group's weakest areas, with what other leaders said, recommendations and examples. */
export function GroupWeakAreaCard({ area, rank }: Props) {
  const headingId = `gweak-${area.actionId.replace('.', '--')}`;
  return (
    <section className="card" aria-labelledby={headingId}>
      <h3 id={headingId}>
        <span className="caption">
          {rank}. {sectionOf(area.sectionId).title}
        </span>
        {actionText(area.actionId)}
      </h3>
      <p>
        Group score <strong>{formatScore(area.score)}</strong>;{' '}
        {answerRange(scale, area.min, area.max)}.
      </p>
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
