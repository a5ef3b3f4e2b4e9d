interface Props {
  conflict: boolean;
  followed: boolean;
  onTakeSaved(): void;
  onKeepThis(): void;
}

/** What the plan page says when the saved plan changed in another tab or window. */
export function PlanChangedElsewhere({ conflict, followed, onTakeSaved, onKeepThis }: Props) {
  if (conflict)
    return (
      <div className="notice error" role="alert">
        <h2>Your plan was changed in another tab or window</h2>
        <p>
          The changes made on this page since then have not been saved, so that neither overwrites
          the other. Which plan do you want to keep?
        </p>
        <div className="button-group">
          <button type="button" className="button secondary" onClick={onTakeSaved}>
            Show the saved plan
          </button>
          <button type="button" className="button secondary" onClick={onKeepThis}>
            Keep the plan on this page
          </button>
        </div>
      </div>
    );
  if (followed)
    return (
      <p className="notice" role="status">
        Your plan was changed in another tab or window. This page now shows the plan as saved.
      </p>
    );
  return null;
}
