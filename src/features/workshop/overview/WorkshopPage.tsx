import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { PageHeading } from '../../../components/PageHeading';
import { SummaryRow } from '../../../components/SummaryRow';
import { paths } from '../../../routing/paths';
import { formatDate } from '../../../domain/display';
import { answeredCount } from '../../../domain/workshop/workshop';
import { useWorkshopStore } from '../../../state/workshopStore';
import { ConfirmPanel } from '../../../components/ConfirmPanel';
import { downloadWorkshopFile } from '../shared/exports';
import { SpreadsheetDownloads } from './SpreadsheetDownloads';
import { ParticipantsSection } from './ParticipantsSection';
import { GroupCodeSection } from '../qr/GroupCodeSection';
import { JoinSection } from '../qr/JoinSection';
import { RevealControl } from '../shared/RevealControl';
import { useCurrentWorkshop } from '../shared/useCurrentWorkshop';
import { EarlierRows } from '../earlier/EarlierRows';

/** The facilitator's page for one workshop: the steps of the session, in order. */
export function WorkshopPage() {
  const workshop = useCurrentWorkshop();
  const remove = useWorkshopStore((s) => s.remove);
  const navigate = useNavigate();
  const [deleting, setDeleting] = useState(false);
  const { answered, outOf } = answeredCount(workshop);
  const details = [workshop.council, workshop.date && formatDate(workshop.date)].filter(Boolean);

  return (
    <>
      <Link to={paths.workshops.href()} className="back-link">
        All workshops
      </Link>
      <PageHeading title={workshop.title} caption="Workshop" />
      <dl className="summary-list">
        <SummaryRow
          label="Council and date"
          to={paths.workshopEdit.href(workshop.id)}
          linkAbout="the workshop details"
        >
          {details.join(', ') || 'Not given'}
        </SummaryRow>
        <SummaryRow
          label="Participants are shown"
          to={paths.workshopEdit.href(workshop.id)}
          linkAbout="how participants are shown"
        >
          {workshop.anonymous ? 'Anonymously, as Participant 1, 2, 3 …' : 'By name'}
        </SummaryRow>
        <EarlierRows workshop={workshop} />
      </dl>

      <h2>1. Collect everyone's answers</h2>
      <p>
        {answered} of {outOf} {outOf === 1 ? 'participant has' : 'participants have'} answered.
      </p>
      <div className="button-group">
        <Link to={paths.workshopTurn.href(workshop.id)} className="button">
          Start a turn on this device
        </Link>
        <Link to={paths.workshopAdd.href(workshop.id)} className="button secondary">
          Add responses from files or codes
        </Link>
      </div>
      <ParticipantsSection workshop={workshop} />
      <JoinSection workshopId={workshop.id} />

      <h2>2. Reveal and discuss the group results</h2>
      <RevealControl workshop={workshop} />

      <h2>3. Agree a group action plan</h2>
      <p>
        {workshop.plan.length === 0
          ? 'No group actions agreed yet.'
          : `${workshop.plan.length} group ${workshop.plan.length === 1 ? 'action' : 'actions'} agreed.`}{' '}
        <Link to={paths.workshopPlan.href(workshop.id)}>
          {workshop.plan.length === 0
            ? 'Plan the group actions'
            : 'See or change the group action plan'}
        </Link>
      </p>

      <h2>4. Take it away</h2>
      {workshop.revealed ? (
        <>
          <p>
            <Link to={paths.workshopSummary.href(workshop.id)}>Print the group summary</Link>
          </p>
          <SpreadsheetDownloads workshop={workshop} />
        </>
      ) : (
        <p>The printed summary and the spreadsheets are ready once the results are revealed.</p>
      )}
      {workshop.revealed && <GroupCodeSection workshop={workshop} />}
      <p>
        Keep a copy of the whole workshop, or move it to another device:{' '}
        <button
          type="button"
          className="link-button"
          onClick={() => downloadWorkshopFile(workshop)}
        >
          export the workshop as a file
        </button>
        .{workshop.anonymous && ' The file has no participants’ names in it.'}
      </p>

      <h2>Delete this workshop</h2>
      {deleting ? (
        <ConfirmPanel
          id="delete-workshop"
          title={`Delete “${workshop.title}”?`}
          confirmLabel="Yes, delete this workshop"
          cancelLabel="No, keep it"
          onConfirm={() => {
            remove(workshop.id);
            navigate(paths.workshops.href());
          }}
          onCancel={() => setDeleting(false)}
        >
          <p>
            Every answer, the results and the group action plan are deleted from this device. You
            cannot undo this. Export the workshop first if you may need it again.
          </p>
        </ConfirmPanel>
      ) : (
        <button type="button" className="button warning" onClick={() => setDeleting(true)}>
          Delete this workshop
        </button>
      )}
    </>
  );
}
