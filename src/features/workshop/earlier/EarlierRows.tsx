import { Link } from 'react-router';
import { paths } from '../../../components/paths';
import type { Workshop } from '../../../domain/workshop/workshop';
import { earlierName } from '../groupChangeText';

/** The workshop page's rows for the earlier workshop of the group and the review of its plan. */
export function EarlierRows({ workshop }: { workshop: Workshop }) {
  const { earlier } = workshop;
  const reviewed = earlier?.review?.length ?? 0;
  return (
    <>
      <div className="summary-row">
        <dt>Compared with</dt>
        <dd>
          {earlier
            ? `${earlierName(earlier)}, the group's earlier workshop`
            : 'No earlier workshop'}
        </dd>
        <dd>
          <Link to={paths.workshopEarlier.href(workshop.id)}>
            {earlier ? 'Change' : 'Choose'}{' '}
            <span className="visually-hidden">the earlier workshop to compare with</span>
          </Link>
        </dd>
      </div>
      {earlier && earlier.plan.length > 0 && (
        <div className="summary-row">
          <dt>Earlier group plan</dt>
          <dd>
            {reviewed === 0
              ? `${earlier.plan.length} ${earlier.plan.length === 1 ? 'action' : 'actions'}, not reviewed yet`
              : `${reviewed} of ${earlier.plan.length} reviewed`}
          </dd>
          <dd>
            <Link to={paths.workshopEarlierReview.href(workshop.id)}>
              Review <span className="visually-hidden">the earlier group plan</span>
            </Link>
          </dd>
        </div>
      )}
    </>
  );
}
