import { useEffect } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { PageHeading } from '../../../components/PageHeading';
import { paths } from '../../../routing/paths';
import { LazyQrCode } from '../../../components/qr/LazyQrCode';
import type { Workshop } from '../../../domain/workshop/workshop';
import { capitalise } from '../../../domain/display';
import { useWorkshopStore } from '../../../state/workshopStore';
import { appAddress } from './appAddress';
import { JoinAddress } from './JoinAddress';
import { CopyableCode } from '../../../components/qr/CopyableCode';
import { useGroupCode } from './useGroupCode';
import './qrScreen.css';

/**
 * A QR code for the projector, outside the site layout: as large as the screen allows, with what to
 * do in a few words beside it. Escape goes back to the workshop.
 */
export function QrScreenPage() {
  const { id, what } = useParams();
  const workshop = useWorkshopStore((s) => s.workshops.find((w) => w.id === id));
  const navigate = useNavigate();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && workshop) navigate(paths.workshop.href(workshop.id));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [navigate, workshop]);

  return (
    <main id="main" className="qr-screen" tabIndex={-1}>
      {!workshop ? (
        <div>
          <PageHeading title="Workshop not found" />
          <Link to={paths.workshops.href()}>See your workshops</Link>
        </div>
      ) : what === 'group' ? (
        <GroupScreen workshop={workshop} />
      ) : (
        <JoinScreen workshop={workshop} />
      )}
    </main>
  );
}

function Back({ workshop }: { workshop: Workshop }) {
  return (
    <p className="qr-screen-back">
      <Link to={paths.workshop.href(workshop.id)}>Back to the workshop (Esc)</Link>
    </p>
  );
}

function JoinScreen({ workshop }: { workshop: Workshop }) {
  const address = appAddress();
  if (!address) {
    return (
      <div>
        <PageHeading title="No address to show" caption={workshop.title} />
        <p>
          This copy of the app is a file opened on this computer. Members need the app's hosted
          address or a copy of the file.
        </p>
        <Back workshop={workshop} />
      </div>
    );
  }
  return (
    <div className="qr-screen-grid">
      <LazyQrCode
        size="large"
        text={address}
        label="QR code for phones to scan. It holds the address of this app, written out next to it."
      />
      <div>
        <PageHeading title="Answer on your phone" caption={workshop.title} />
        <ol className="qr-screen-steps">
          <li>Point your phone's camera at the QR code and open the link.</li>
          <li>Answer the questions. Your answers stay on your phone.</li>
          <li>
            At the end, choose “Share your answers with a workshop” and show your QR code to the
            facilitator.
          </li>
        </ol>
        <JoinAddress address={address} rows={2} />
        <Back workshop={workshop} />
      </div>
    </div>
  );
}

function GroupScreen({ workshop }: { workshop: Workshop }) {
  const result = useGroupCode(workshop);
  if (!workshop.revealed || !result.ok) {
    return (
      <div>
        <PageHeading
          title={
            workshop.revealed
              ? 'The group results stay on this screen'
              : 'The group results cannot be given out yet'
          }
          caption={workshop.title}
        />
        <p>
          {workshop.revealed
            ? `${result.ok ? '' : capitalise(result.message)} Go through the results with the group on the workshop page instead.`
            : 'Reveal the group results first, on the workshop page.'}
        </p>
        <Back workshop={workshop} />
      </div>
    );
  }
  const { qrText, opensApp, figures } = result.value;
  return (
    <div className="qr-screen-grid">
      <LazyQrCode
        size="large"
        text={qrText}
        label={`QR code for members to scan. It holds the ${opensApp ? 'address' : 'code'} of the group results, written out next to it.`}
      />
      <div>
        <PageHeading title="Take the group results with you" caption={workshop.title} />
        <ol className="qr-screen-steps">
          {opensApp ? (
            <li>Point your phone's camera at the QR code and open the link.</li>
          ) : (
            <li>
              Open the app on your device, go to “You and the group” and paste the code below.
            </li>
          )}
          <li>
            See your own answers against the group's {figures.participants}: where you stand apart,
            where the group agrees and its weakest areas.
          </li>
          <li>Your own answers never leave your phone.</li>
        </ol>
        <p className="qr-screen-small">
          The code holds only how many answered each option for each action: no names, no notes.
        </p>
        <CopyableCode
          id="group-code"
          label={opensApp ? 'The group results address' : 'The group results code'}
          copyLabel={opensApp ? 'Copy the address' : 'Copy the code'}
          value={qrText}
          copiedHint="Send it to members who cannot scan."
          rows={3}
        />
        <Back workshop={workshop} />
      </div>
    </div>
  );
}
