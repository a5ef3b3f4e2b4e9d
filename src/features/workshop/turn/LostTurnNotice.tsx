import { useEffect, useState } from 'react';
import { forgetLostTurn, useTurnInProgress, wasTurnLost } from './turnInProgress';

/**
 * After a reload (or a tab closed and opened again) in the middle of a turn: says that the turn was not
 * kept. Its answers lived in memory only, so they are gone, and nothing of them is on the device.
 */
export function LostTurnNotice({ workshopId }: { workshopId: string }) {
  const [lost] = useState(
    () => useTurnInProgress.getState().who === null && wasTurnLost(workshopId),
  );
  useEffect(() => {
    if (lost) forgetLostTurn();
  }, [lost]);
  if (!lost) return null;
  return (
    <div className="notice error" role="alert">
      <h2>The last turn was not kept</h2>
      <p>
        The page was reloaded or closed before that turn was finished, so its answers were not
        recorded, and nothing of them is left on this device. Whoever was answering needs to start
        their turn again.
      </p>
    </div>
  );
}
