import { QuoteBlock } from '../../components/QuoteBlock';
import { formatScore } from '../../domain/display';
import type { WeakArea } from '../../domain/scoring/personalView';
import type { SectorAction } from '../../domain/sector/sectorView';
import { useContent } from '../../components/content/ContentContext';
import { medianAndRange } from './words';

/**
 * A weakest area on the Board's report: the figures and the single most direct quote and
 * recommendation (rank 1 of each), so that the report fits four pages. The page shows the rest.
 */
export function ReportWeakArea({ area, rank }: { area: WeakArea<SectorAction>; rank: number }) {
  const { index } = useContent();
  const quote = area.quotes[0];
  const recommendation = area.recommendations[0];
  return (
    <section className="report-area">
      <h3>
        {rank}. {index.actionText(area.actionId)}{' '}
        <span className="caption">({index.sectionOf(area.sectionId).title})</span>
      </h3>
      <p>
        Sector score {formatScore(area.score)} (all {area.n} answers pooled); the median group
        scores {medianAndRange(area.groups)}.
      </p>
      {quote && <QuoteBlock text={quote.text} />}
      {recommendation && (
        <p>
          Audit Commission, Seeing the light, <strong>{recommendation.id}</strong>:{' '}
          {recommendation.text}
        </p>
      )}
    </section>
  );
}
