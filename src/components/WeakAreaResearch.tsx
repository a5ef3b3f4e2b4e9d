import type {
  CouncilExample,
  Quote,
  Recommendation,
  Recommendations,
} from '../domain/content/types';
import { QuoteBlock } from './QuoteBlock';

interface Props {
  quotes: Quote[];
  recommendations: Recommendation[];
  examples: CouncilExample[];
  /** Where the recommendations come from, named above them. */
  recommendationsSource: Recommendations['source'];
}

const MAX_EXAMPLES = 2;

/** For a weak area, personal or the group's: what other leaders said, recommendations and examples. */
export function WeakAreaResearch({
  quotes,
  recommendations,
  examples,
  recommendationsSource,
}: Props) {
  return (
    <>
      {quotes.length > 0 && (
        <>
          <h4>What other leaders said</h4>
          {quotes.map((q) => (
            <QuoteBlock key={q.id} text={q.text} />
          ))}
        </>
      )}
      {recommendations.length > 0 && (
        <>
          <h4>
            From "{recommendationsSource.title}" ({recommendationsSource.publisher})
          </h4>
          <ul>
            {recommendations.map((r) => (
              <li key={r.id}>
                <strong>{r.id}</strong> {r.text}
              </li>
            ))}
          </ul>
        </>
      )}
      {examples.length > 0 && (
        <>
          <h4>Examples from other councils</h4>
          <ul>
            {examples.slice(0, MAX_EXAMPLES).map((e) => (
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
    </>
  );
}
