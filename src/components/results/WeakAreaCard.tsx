import type { ReactNode } from 'react';
import { checklistIndex } from '../../domain/content/contentIndex';
import { researchContent } from '../../domain/content/research';
import type { WeakArea } from '../../domain/scoring/personalView';
import { WeakAreaResearch } from '../WeakAreaResearch';
import type { Subject } from './subject';

interface Props {
  subject: Subject;
  area: WeakArea<{ actionId: string; sectionId: string }>;
  rank: number;
  /** What the leader answered, or how the group answered: shown under the heading. */
  children: ReactNode;
}

/** One weakest area: the action, where the subject stands, and what the research offers for it. */
export function WeakAreaCard({ subject, area, rank, children }: Props) {
  const prefix = { your: 'weak', "the group's": 'gweak', "the sector's": 'sweak' }[subject];
  const headingId = `${prefix}-${area.actionId.replace('.', '--')}`;
  return (
    <section className="card" aria-labelledby={headingId}>
      <h3 id={headingId}>
        <span className="caption">
          {rank}. {checklistIndex.sectionOf(area.sectionId).title}
        </span>
        {checklistIndex.actionText(area.actionId)}
      </h3>
      {children}
      <WeakAreaResearch
        research={area}
        recommendationsSource={researchContent.recommendations.source}
      />
    </section>
  );
}
