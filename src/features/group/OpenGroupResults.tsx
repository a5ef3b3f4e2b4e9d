import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { ErrorSummary } from '../../components/ErrorSummary';
import { paths } from '../../components/paths';
import { decodeGroupCode, encodeGroupCode } from '../../domain/group/groupCode';
import { readGroupResultsFile } from '../../domain/group/groupResultsFile';
import { readFileText } from '../workshop/readFile';
import { checklist, scale } from './groupContent';

/** Paste a group-results code or address, or open the group results file, when a camera is no use. */
export function OpenGroupResults() {
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const [error, setError] = useState<{ fieldId: string; message: string } | null>(null);
  const [attempt, setAttempt] = useState(0);

  const fail = (fieldId: string, message: string) => {
    setError({ fieldId, message });
    setAttempt((a) => a + 1);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = decodeGroupCode(text, checklist, scale);
    if (!result.ok) return fail('group-code', `The code could not be opened: ${result.message}`);
    const code = encodeGroupCode(result.value, checklist);
    if (code.ok) navigate(paths.group(code.value));
  };

  const open = async (file: File | undefined) => {
    if (!file) return;
    const read = await readFileText(file);
    const result = read.ok ? readGroupResultsFile(read.value, checklist, scale) : read;
    if (!result.ok)
      return fail('group-file', `“${file.name}” could not be opened: ${result.message}`);
    const code = encodeGroupCode(result.value, checklist);
    if (code.ok) navigate(paths.group(code.value));
  };

  const described = (id: string, hint: string) =>
    error?.fieldId === id ? `${hint} ${id}-error` : hint;

  return (
    <>
      <ErrorSummary errors={error ? [error] : []} attempt={attempt} />
      <form onSubmit={submit} noValidate>
        <div className={error?.fieldId === 'group-code' ? 'form-group has-error' : 'form-group'}>
          <label htmlFor="group-code">Paste the group results code or address</label>
          <p className="hint" id="group-code-hint">
            It starts with KAG1-, or is an address with /group/KAG1- in it.
          </p>
          {error?.fieldId === 'group-code' && (
            <p className="field-error" id="group-code-error">
              <span className="visually-hidden">Error:</span> {error.message}
            </p>
          )}
          <textarea
            id="group-code"
            rows={3}
            className="code-input"
            spellCheck={false}
            autoCapitalize="off"
            autoComplete="off"
            aria-describedby={described('group-code', 'group-code-hint')}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
        </div>
        <button type="submit" className="button secondary">
          Open the group results
        </button>
      </form>
      <div className={error?.fieldId === 'group-file' ? 'form-group has-error' : 'form-group'}>
        <label htmlFor="group-file">Or open the group results file</label>
        <p className="hint" id="group-file-hint">
          The file the facilitator gave you, named key-actions-group-results-….json.
        </p>
        {error?.fieldId === 'group-file' && (
          <p className="field-error" id="group-file-error">
            <span className="visually-hidden">Error:</span> {error.message}
          </p>
        )}
        <input
          type="file"
          id="group-file"
          accept=".json,application/json"
          aria-describedby={described('group-file', 'group-file-hint')}
          onChange={(event) => {
            const input = event.target;
            void open(input.files?.[0]).then(() => {
              input.value = '';
            });
          }}
        />
      </div>
    </>
  );
}
