import { useState } from 'react';
import { ConfirmPanel } from '../../../components/ConfirmPanel';

/** The facilitator's way out of a member's turn: ends it without keeping the answers so far. */
export function TurnExit({ onEnd }: { onEnd(): void }) {
  const [asking, setAsking] = useState(false);
  return (
    <div className="turn-exit">
      <p>
        <strong>Answering privately.</strong> The site's menus are hidden until this turn ends.
      </p>
      {asking ? (
        <ConfirmPanel
          id="end-turn"
          title="End this turn without saving?"
          confirmLabel="Yes, end the turn"
          cancelLabel="No, keep answering"
          onConfirm={onEnd}
          onCancel={() => setAsking(false)}
        >
          <p>The answers given in this turn so far are not kept.</p>
        </ConfirmPanel>
      ) : (
        <button type="button" className="link-button" onClick={() => setAsking(true)}>
          End this turn (facilitator)
        </button>
      )}
    </div>
  );
}
