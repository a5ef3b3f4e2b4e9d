import { useRef, useState } from 'react';
import './qr.css';

interface Props {
  id: string;
  label: string;
  value: string;
  /** Said after a copy: what to do with it next. */
  copiedHint: string;
  copyLabel?: string;
  rows?: number;
}

/** A code written out in full, selectable and copyable: the text behind every QR code. */
export function CopyableCode({
  id,
  label,
  value,
  copiedHint,
  copyLabel = 'Copy the code',
  rows = 2,
}: Props) {
  const [copied, setCopied] = useState<'' | 'copied' | 'select'>('');
  const ref = useRef<HTMLTextAreaElement>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied('copied');
    } catch {
      // No clipboard access (an older browser or a locked-down laptop): select it for Ctrl+C.
      ref.current?.select();
      setCopied('select');
    }
  };
  return (
    <>
      <div className="form-group">
        <label htmlFor={id}>{label}</label>
        <textarea
          id={id}
          ref={ref}
          className="code-output"
          readOnly
          rows={rows}
          value={value}
          onFocus={(e) => e.target.select()}
        />
      </div>
      <div className="button-group">
        <button type="button" className="button secondary" onClick={() => void copy()}>
          {copyLabel}
        </button>
        <p role="status" className="copy-status">
          {copied === 'copied' && `Copied. ${copiedHint}`}
          {copied === 'select' && 'The code is selected: press Ctrl+C (or Cmd+C) to copy it.'}
        </p>
      </div>
    </>
  );
}
