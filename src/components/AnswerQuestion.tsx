import { useId } from 'react';
import { RadioGroup } from './form/RadioGroup';

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
  const { idBase, question, caption, options, notSure, value, onChange, error, note } = props;
  const name = useId();
  const noteId = `${idBase}-note`;
  return (
    <RadioGroup
      id={idBase}
      groupId={idBase}
      className="question"
      legendClassName=""
      legend={
        <>
          {caption && <span className="caption">{caption}</span>}
          {question}
        </>
      }
      error={error}
      orBeforeLast
      options={[...options, notSure].map((option, index) => ({
        id: `${idBase}-${index}`,
        label: option.label,
        input: { name, checked: value === option.value, onChange: () => onChange(option.value) },
      }))}
    >
      <div className="note-field">
        <label htmlFor={noteId}>
          What makes you say that? <span className="hint">(optional)</span>
        </label>
        <textarea
          id={noteId}
          value={note}
          maxLength={props.noteMaxLength}
          rows={2}
          onChange={(event) => props.onNoteChange(event.target.value)}
        />
      </div>
    </RadioGroup>
  );
}
