import { useState, type FormEvent } from 'react';
import { TextareaField } from '../../../components/form/TextareaField';
import { readResponseCodes, type ReadItem } from './readResponses';

export function CodeInput({ onItems }: { onItems(items: ReadItem[]): void }) {
  const [text, setText] = useState('');
  const [empty, setEmpty] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const items = readResponseCodes(text);
    setEmpty(items.length === 0);
    if (items.length === 0) return;
    setText('');
    onItems(items);
  };
  return (
    <form onSubmit={submit} noValidate>
      <TextareaField
        id="response-codes"
        label="Paste response codes"
        hint="One code a line. Each starts with KAI1-."
        error={empty ? 'Paste at least one response code' : undefined}
        rows={4}
        className="code-input"
        spellCheck={false}
        autoCapitalize="off"
        autoComplete="off"
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      <button type="submit" className="button secondary">
        Add the codes
      </button>
    </form>
  );
}
