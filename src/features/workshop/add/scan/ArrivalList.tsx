import type { OnDuplicate } from '../../../../domain/workshop/participants';
import type { Arrival } from './receiveScan';

export type ListedArrival = Arrival & { id: number };

interface Props {
  arrivals: ListedArrival[];
  onChoose(id: number, choice: OnDuplicate): void;
}

/** Each scanned code as it arrives, newest first, with a running count; read out as it changes. */
export function ArrivalList({ arrivals, onChoose }: Props) {
  const added = arrivals.filter((a) => a.kind === 'added').length;
  const replaced = arrivals.filter((a) => a.kind === 'replaced').length;
  return (
    <>
      <h3>Scanned so far</h3>
      <p className="scan-count">
        <strong>{added}</strong> {added === 1 ? 'response' : 'responses'} added
        {replaced > 0 && `, ${replaced} replaced`} while scanning.
      </p>
      <div role="log" aria-live="polite" aria-label="Scanned QR codes">
        <ul className="scan-list">
          {arrivals.map((a) => (
            <li key={a.id} className={`scan-item scan-${a.kind}`}>
              {a.kind === 'added' && <strong>{a.label} added</strong>}
              {a.kind === 'replaced' && <strong>{a.label}: answers replaced</strong>}
              {a.kind === 'full' && (
                <strong>Not added: the workshop is full (500 participants).</strong>
              )}
              {a.kind === 'not-saved' && (
                <>
                  <strong>Not added: it has not been saved.</strong> {a.message} Once there is room,
                  stop and start the camera and scan it again.
                </>
              )}
              {a.kind === 'problem' && (
                <>
                  <strong>A QR code could not be added:</strong> {a.message} Nothing has changed.
                </>
              )}
              {a.kind === 'duplicate' && (
                <fieldset>
                  <legend>
                    <strong>
                      These answers come from the same assessment as {a.existing}'s, already in.
                    </strong>
                  </legend>
                  <div className="button-group">
                    <button
                      type="button"
                      className="button secondary"
                      onClick={() => onChoose(a.id, 'replace')}
                    >
                      Replace the answers already in with these
                    </button>
                    <button
                      type="button"
                      className="button secondary"
                      onClick={() => onChoose(a.id, 'keep-both')}
                    >
                      Keep both, as two participants
                    </button>
                  </div>
                </fieldset>
              )}
            </li>
          ))}
        </ul>
      </div>
    </>
  );
}
