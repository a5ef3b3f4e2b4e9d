import type { ReactNode } from 'react';
import { useContent } from '../content/ContentContext';
import { useResearch } from '../content/useResearch';
import type { WeakArea } from '../../domain/scoring/personalView';
import { WeakAreaResearch } from '../WeakAreaResearch';
import type { Subject } from './subject';
import { WeakAreaLead } from './WeakAreaLead';

interface Props {
  subject: Subject;
  area: WeakArea<{ actionId: string; sectionId: string }>;
  rank: number;
  /** What the leader answered, or how the group answered: shown under the heading. */
  children: ReactNode;
  /**
   * "lead": only the area's one most direct item, the rest one click away (the first screens of the
   * results); "all": every item (the default).
   */
  research?: 'all' | 'lead';
}

/** One weakest area: the action, where the subject stands, and what the research offers for it. */
export function WeakAreaCard({ subject, area, rank, children, research = 'all' }: Props) {
  const { index } = useContent();
  const { recommendations } = useResearch();
  const prefix = { your: 'weak', "the group's": 'gweak', "the sector's": 'sweak' }[subject];
  const headingId = `${prefix}-${area.actionId.replace('.', '--')}`;
  return (
    <section
      className={`card${research === 'lead' ? ' card-lead' : ''}`}
      aria-labelledby={headingId}
    >
      <h3 id={headingId}>
        <span className="caption">
          {rank}. {index.sectionOf(area.sectionId).title}
        </span>
        {index.actionText(area.actionId)}
      </h3>
      {children}
      {research === 'lead' ? (
        <WeakAreaLead actionId={area.actionId} research={area} />
      ) : (
        <WeakAreaResearch research={area} recommendationsSource={recommendations.source} />
      )}
    </section>
  );
}
