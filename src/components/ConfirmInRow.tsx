import type { ReactNode } from 'react';

/**
 * A table row's "are you sure?": the action said in full (which item, in words a screen reader
 * reads out of context) and a way back, in place of the row's usual links.
 */
export function ConfirmInRow({
  confirm,
  onConfirm,
  onKeep,
}: {
  confirm: ReactNode;
  onConfirm: () => void;
  onKeep: () => void;
}) {
  return (
    <span className="row-actions">
      <button type="button" className="link-button" onClick={onConfirm}>
        {confirm}
      </button>
      <button type="button" className="link-button" onClick={onKeep}>
        Keep it
      </button>
    </span>
  );
}
