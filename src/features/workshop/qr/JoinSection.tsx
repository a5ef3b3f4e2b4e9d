import { Link } from 'react-router';
import { paths } from '../../../routing/paths';
import { LazyQrCode } from '../../../components/qr/LazyQrCode';
import { appAddress } from './appAddress';
import { JoinAddress } from './JoinAddress';

/** On the workshop page: the QR code members scan to open the app on their own phones. */
export function JoinSection({ workshopId }: { workshopId: string }) {
  const address = appAddress();
  return (
    <>
      <h3>Members answering on their own phones</h3>
      {address ? (
        <>
          <p>
            Members scan this QR code with their phone's camera to open the app, answer the
            questions and show you their own QR code when they have finished. Nothing is sent to any
            server.
          </p>
          <div className="qr-with-text">
            <LazyQrCode
              text={address}
              label="QR code for phones to scan. It holds the address of this app, written out next to it, to copy."
            />
            <div>
              <JoinAddress address={address} rows={1} />
              <p>
                <Link to={paths.workshopShowCode.href(workshopId, 'join')}>
                  Show the QR code full screen, for the projector
                </Link>
              </p>
            </div>
          </div>
        </>
      ) : (
        <div className="notice" role="note">
          <p>
            This copy of the app is a file opened on this computer, so there is no address for
            members' phones to open. Members need the app's hosted address (where your council hosts
            it) or a copy of the file itself, then they send you their response file or code.
          </p>
        </div>
      )}
    </>
  );
}
