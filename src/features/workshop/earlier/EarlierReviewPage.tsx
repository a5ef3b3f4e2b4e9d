import { formatDate, formatMean } from '../../../domain/display';
import { Link, useNavigate } from 'react-router';
import { PageHeading } from '../../../components/PageHeading';
import { paths } from '../../../routing/paths';
import { summariseCounts } from '../../../domain/group/ownVsGroup';
import { useWorkshopStore } from '../../../state/workshopStore';
import { PlanReviewForm } from '../../../components/history/PlanReviewForm';
import { earlierName } from '../shared/groupChangeText';
import { useCurrentWorkshop } from '../shared/useCurrentWorkshop';

/** "Did we do what we said?": the group reviews each commitment of the earlier workshop's plan. */
export function EarlierReviewPage() {
  const workshop = useCurrentWorkshop();
  const save = useWorkshopStore((s) => s.reviewEarlierPlan);
  const navigate = useNavigate();
  const earlier = workshop.earlier;
  const back = paths.workshop.href(workshop.id);

  if (!earlier || earlier.plan.length === 0) {
    return (
      <>
        <PageHeading title="Review the earlier group plan" caption={workshop.title} />
        <p>
          {earlier
            ? `${earlierName(earlier)} agreed no group actions, so there is nothing to review.`
            : 'This workshop is not compared with an earlier one, so there is no earlier plan to review.'}
        </p>
        <p>
          <Link to={back}>Back to the workshop</Link>
        </p>
      </>
    );
  }

  const meanThen = new Map(
    earlier.figures.actions.map((a) => [a.actionId, summariseCounts(a.counts).mean]),
  );
  const n = earlier.plan.length;
  return (
    <PlanReviewForm
      title="Did we do what we said?"
      caption={workshop.title}
      intro={
        <p className="lead">
          At {earlierName(earlier)}, the group committed to{' '}
          {n === 1 ? 'one action' : `${n} actions`}. Agree what became of each. The review is kept
          with this workshop and printed on its group summary.
        </p>
      }
      plan={earlier.plan}
      saved={earlier.review}
      hint={(item) =>
        `We committed to: ${item.what}${item.who ? ` (owner: ${item.who})` : ''}${item.byWhen ? `, by ${formatDate(item.byWhen)}` : ''}. Group average then: ${formatMean(meanThen.get(item.actionId) ?? null)} of 4.`
      }
      onSave={(review) => {
        if (save(workshop.id, review).kind === 'saved') navigate(back);
      }}
      skip={{ to: back, label: 'Skip the review for now' }}
    />
  );
}
