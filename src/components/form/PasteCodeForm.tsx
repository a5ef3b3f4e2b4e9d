import { useState, type ClipboardEvent, type FormEvent } from 'react';
import type { FieldProps } from './FormGroup';
import { TextareaField } from './TextareaField';

interface Props extends FieldProps {
  rows: number;
  submitLabel: string;
  /**
   * Called with what was pasted; return true when it was taken, and the box empties for the next, or
   * the text to leave in the box (what was not read yet).
   */
  onCode(text: string): boolean | string | void;
  /** What the box holds when it appears: text left from an earlier press. */
  initialText?: string;
  /**
   * Sees a paste before the browser puts it in the box: returns the text to put there instead, or null
   * to let the browser paste as usual (so that undo works).
   */
  onPasteText?(pasted: string): string | null;
}

/**
 * A box to paste codes into, and its button. Spelling, capitals and autofill are off: they would
 * change the characters of a code.
 */
export function PasteCodeForm({
  rows,
  submitLabel,
  onCode,
  initialText = '',
  onPasteText,
  ...field
}: Props) {
  const [text, setText] = useState(initialText);
  const paste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const instead = onPasteText?.(event.clipboardData.getData('text'));
    if (instead === null || instead === undefined) return;
    event.preventDefault();
    const box = event.currentTarget;
    setText(text.slice(0, box.selectionStart) + instead + text.slice(box.selectionEnd));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const taken = onCode(text);
    if (taken === true) setText('');
    else if (typeof taken === 'string') setText(taken);
  };
  return (
    <form onSubmit={submit} noValidate>
      <TextareaField
        {...field}
        rows={rows}
        className="code-input"
        spellCheck={false}
        autoCapitalize="off"
        autoComplete="off"
        value={text}
        onChange={(e) => setText(e.target.value)}
        onPaste={paste}
      />
      <button type="submit" className="button secondary">
        {submitLabel}
      </button>
    </form>
  );
}
