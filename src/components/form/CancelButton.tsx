/** The way out of a panel or form that leaves everything as it was. */
export function CancelButton({ onCancel, label = 'Cancel' }: { onCancel(): void; label?: string }) {
  return (
    <button type="button" className="button secondary" onClick={onCancel}>
      {label}
    </button>
  );
}
