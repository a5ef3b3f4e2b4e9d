import { Link } from 'react-router';
import { PageHeading } from '../../../components/PageHeading';
import { paths } from '../../../routing/paths';
import { respondents, type Workshop } from '../../../domain/workshop/workshop';
import { RevealControl } from './RevealControl';

/** What every results page shows until the facilitator reveals the results. */
export function ResultsHidden({ workshop, title }: { workshop: Workshop; title: string }) {
  const answered = respondents(workshop).length;
  return (
    <>
      <Link to={paths.workshop.href(workshop.id)} className="back-link">
        Back to the workshop
      </Link>
      <PageHeading title={title} caption={workshop.title} />
      <div className="panel">
        <h2 className="panel-title">The group results are hidden</h2>
        <p>
          {answered} of {workshop.participants.length}{' '}
          {workshop.participants.length === 1 ? 'participant has' : 'participants have'} answered.
        </p>
      </div>
      <RevealControl workshop={workshop} />
    </>
  );
}
