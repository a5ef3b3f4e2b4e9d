import { paths } from '../../../routing/paths';
import { SummaryRow } from '../../../components/SummaryRow';
import type { Workshop } from '../../../domain/workshop/workshop';
import { earlierName } from '../shared/groupChangeText';

/** The workshop page's rows for the earlier workshop of the group and the review of its plan. */
export function EarlierRows({ workshop }: { workshop: Workshop }) {
  const { earlier } = workshop;
  const reviewed = earlier?.review?.length ?? 0;
  return (
    <>
      <SummaryRow
        label="Compared with"
        to={paths.workshopEarlier.href(workshop.id)}
        linkText={earlier ? 'Change' : 'Choose'}
        linkAbout="the earlier workshop to compare with"
      >
        {earlier ? `${earlierName(earlier)}, the group's earlier workshop` : 'No earlier workshop'}
      </SummaryRow>
      {earlier && earlier.plan.length > 0 && (
        <SummaryRow
          label="Earlier group plan"
          to={paths.workshopEarlierReview.href(workshop.id)}
          linkText="Review"
          linkAbout="the earlier group plan"
        >
          {reviewed === 0
            ? `${earlier.plan.length} ${earlier.plan.length === 1 ? 'action' : 'actions'}, not reviewed yet`
            : `${reviewed} of ${earlier.plan.length} reviewed`}
        </SummaryRow>
      )}
    </>
  );
}
