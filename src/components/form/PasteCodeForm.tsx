import { useState, type FormEvent } from 'react';
import type { FieldProps } from './FormGroup';
import { TextareaField } from './TextareaField';

interface Props extends FieldProps {
  rows: number;
  submitLabel: string;
  /** Called with what was pasted; return true when it was taken, and the box empties for the next. */
  onCode(text: string): boolean | void;
}

/**
 * A box to paste codes into, and its button. Spelling, capitals and autofill are off: they would
 * change the characters of a code.
 */
export function PasteCodeForm({ rows, submitLabel, onCode, ...field }: Props) {
  const [text, setText] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (onCode(text) === true) setText('');
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
      />
      <button type="submit" className="button secondary">
        {submitLabel}
      </button>
    </form>
  );
}
