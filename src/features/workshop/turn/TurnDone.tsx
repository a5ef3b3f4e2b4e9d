import { Link } from 'react-router';
import { PageHeading } from '../../../components/PageHeading';
import { paths } from '../../../routing/paths';
import { respondents, type Workshop } from '../../../domain/workshop/workshop';

/** Shown the moment a turn ends: the answers are already out of sight. */
export function TurnDone({ workshop, onNext }: { workshop: Workshop; onNext(): void }) {
  const answered = respondents(workshop).length;
  return (
    <>
      <PageHeading title="Thank you: your answers are in" caption={workshop.title} />
      <div className="panel confirmation">
        <p className="lead">
          <strong>Hand the device to the next person.</strong>
        </p>
        <p>Your answers are saved and hidden. No one can see or change them on this device.</p>
      </div>
      <p>
        {answered} {answered === 1 ? 'person has' : 'people have'} answered so far.
      </p>
      <div className="button-group">
        <button type="button" className="button" onClick={onNext}>
          Start the next person's turn
        </button>
        <Link to={paths.workshop.href(workshop.id)}>
          Back to the workshop (for the facilitator)
        </Link>
      </div>
    </>
  );
}
