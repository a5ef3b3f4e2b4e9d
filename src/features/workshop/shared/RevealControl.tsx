import { Link } from 'react-router';
import { paths } from '../../../routing/paths';
import { respondents, type Workshop } from '../../../domain/workshop/workshop';
import { useWorkshopStore } from '../../../state/workshopStore';

/**
 * Group results stay hidden until the facilitator reveals them, so that the first answers cannot steer
 * the people who answer later.
 */
export function RevealControl({ workshop }: { workshop: Workshop }) {
  const setRevealed = useWorkshopStore((s) => s.setRevealed);
  const answered = respondents(workshop).length;

  if (workshop.revealed) {
    return (
      <>
        <p>The group results are revealed.</p>
        <div className="button-group">
          <Link to={paths.workshopResults.href(workshop.id)} className="button">
            See the group results
          </Link>
          <Link to={paths.workshopPresent.href(workshop.id)} className="button secondary">
            Present the results
          </Link>
          <button
            type="button"
            className="link-button"
            onClick={() => setRevealed(workshop.id, false)}
          >
            Hide the results again
          </button>
        </div>
      </>
    );
  }
  return (
    <>
      <p>
        The group results are hidden, so that early answers do not steer later ones. Reveal them
        when everyone has answered.
      </p>
      {answered === 0 ? (
        <p className="hint">There is nothing to reveal until someone has answered.</p>
      ) : (
        <div className="button-group">
          <button type="button" className="button" onClick={() => setRevealed(workshop.id, true)}>
            Reveal the group results
          </button>
        </div>
      )}
    </>
  );
}
