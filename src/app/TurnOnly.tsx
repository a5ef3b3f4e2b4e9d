import { Link } from 'react-router';
import { PageHeading } from '../components/PageHeading';
import { paths } from '../routing/paths';

/**
 * Every page but the turn's, while a member's turn is on (issue 26 item 8): the device owner's results,
 * plan, summary and data stay closed whatever address is typed, and the way back leads to the section
 * the member was on. Ending the turn is the facilitator's choice, made on the turn's page.
 */
export function TurnOnly({ workshopId, section }: { workshopId: string; section: number }) {
  return (
    <>
      <PageHeading title="This page is closed during a turn" />
      <p className="lead">
        Someone is answering privately on this device. Until their turn ends, only the turn's own
        pages open here.
      </p>
      <p>
        <Link
          to={paths.workshopTurn.href(workshopId)}
          state={{ turnStep: { kind: 'section', index: section } }}
          className="button"
        >
          Back to the turn
        </Link>
      </p>
      <p>
        The facilitator can end the turn on that page, with “End this turn (facilitator)”. The
        answers given in the turn so far are then not kept.
      </p>
    </>
  );
}
