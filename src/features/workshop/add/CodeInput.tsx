import { useState, type FormEvent } from 'react';
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
      <div className={empty ? 'form-group has-error' : 'form-group'}>
        <label htmlFor="response-codes">Paste response codes</label>
        <p className="hint" id="response-codes-hint">
          One code a line. Each starts with KAI1-.
        </p>
        {empty && (
          <p className="field-error" id="response-codes-error">
            <span className="visually-hidden">Error:</span> Paste at least one response code
          </p>
        )}
        <textarea
          id="response-codes"
          rows={4}
          className="code-input"
          spellCheck={false}
          autoCapitalize="off"
          autoComplete="off"
          aria-describedby={
            empty ? 'response-codes-hint response-codes-error' : 'response-codes-hint'
          }
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </div>
      <button type="submit" className="button secondary">
        Add the codes
      </button>
    </form>
  );
}
