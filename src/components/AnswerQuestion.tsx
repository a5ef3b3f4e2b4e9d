import { useId } from 'react';

export interface AnswerOption {
  /** The stored value: a scale value, or "not-sure". */
  value: number | 'not-sure';
  label: string;
}

interface Props {
  /** Base for element ids; the first radio gets `${idBase}-0`, which error links target. */
  idBase: string;
  question: string;
  caption?: string;
  options: AnswerOption[];
  /** Shown after the scale, set apart: an answer that is counted but not scored. */
  notSure: AnswerOption;
  value: number | 'not-sure' | undefined;
  onChange(value: number | 'not-sure'): void;
  error?: string;
  note: string;
  onNoteChange(note: string): void;
  noteMaxLength: number;
}

/** One checklist question: a fieldset with the question as its legend, radios, and an optional note. */
export function AnswerQuestion(props: Props) {
  const {
    idBase,
    question,
    caption,
    options,
    notSure,
    value,
    onChange,
    error,
    note,
    onNoteChange,
    noteMaxLength,
  } = props;
  const name = useId();
  const errorId = `${idBase}-error`;
  const noteId = `${idBase}-note`;
  const radio = (option: AnswerOption, index: number, separated = false) => (
    <div className={separated ? 'radio separated' : 'radio'} key={String(option.value)}>
      <input
        type="radio"
        id={`${idBase}-${index}`}
        name={name}
        checked={value === option.value}
        onChange={() => onChange(option.value)}
      />
      <label htmlFor={`${idBase}-${index}`}>{option.label}</label>
    </div>
  );

  return (
    <div className={error ? 'question form-group has-error' : 'question form-group'} id={idBase}>
      <fieldset aria-describedby={error ? errorId : undefined}>
        <legend>
          {caption && <span className="caption">{caption}</span>}
          {question}
        </legend>
        {error && (
          <p className="field-error" id={errorId}>
            <span className="visually-hidden">Error:</span> {error}
          </p>
        )}
        <div className="radios">
          {options.map((option, i) => radio(option, i))}
          <p className="radio-divider" aria-hidden="true">
            or
          </p>
          {radio(notSure, options.length)}
        </div>
      </fieldset>
      <div className="note-field">
        <label htmlFor={noteId}>
          What makes you say that? <span className="hint">(optional)</span>
        </label>
        <textarea
          id={noteId}
          value={note}
          maxLength={noteMaxLength}
          rows={2}
          onChange={(event) => onNoteChange(event.target.value)}
        />
      </div>
    </div>
  );
}
