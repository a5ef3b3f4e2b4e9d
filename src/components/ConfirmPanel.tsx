import { useEffect, useRef, type ReactNode } from 'react';

interface Props {
  id: string;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm(): void;
  onCancel(): void;
  /** A third choice after the two buttons, such as a plain "Cancel". */
  extra?: ReactNode;
  /** 2 where the panel stands among a page's sections, 3 inside one. */
  headingLevel?: 2 | 3;
  /** A choice between two keepable outcomes, not a warning: shown as a plain notice. */
  plain?: boolean;
}

/** An inline "are you sure?" that takes focus, for changes that cannot be undone. */
export function ConfirmPanel({
  id,
  title,
  children,
  confirmLabel,
  cancelLabel,
  onConfirm,
  onCancel,
  extra,
  headingLevel = 3,
  plain,
}: Props) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div
      className={plain ? 'notice' : 'notice error'}
      role="alertdialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-text`}
      tabIndex={-1}
      ref={ref}
    >
      <Heading id={`${id}-title`}>{title}</Heading>
      <div id={`${id}-text`}>{children}</div>
      <div className="button-group">
        <button type="button" className="button warning" onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" className="button secondary" onClick={onCancel}>
          {cancelLabel}
        </button>
        {extra}
      </div>
    </div>
  );
}
