import { useEffect, useRef } from 'react';

/**
 * After an action is taken out of the plan: says so and offers to put it back as it was (issue 25).
 * Takes focus, so a keyboard or screen reader user hears it and can undo at once.
 */
export function RemovedNotice({ actionText, onUndo }: { actionText: string; onUndo(): void }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [actionText]);
  return (
    <div className="notice" role="status" tabIndex={-1} ref={ref}>
      <p>
        “{actionText}” is removed from your plan.{' '}
        <button type="button" className="button secondary" onClick={onUndo}>
          Undo <span className="visually-hidden">removing “{actionText}”</span>
        </button>
      </p>
    </div>
  );
}
