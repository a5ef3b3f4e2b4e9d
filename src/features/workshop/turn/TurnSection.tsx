import { useState, type FormEvent } from 'react';
import { AnswerQuestion } from '../../../components/AnswerQuestion';
import { ErrorSummary, type FieldError } from '../../../components/ErrorSummary';
import { PageHeading } from '../../../components/PageHeading';
import { questionId } from '../../../components/paths';
import { NOTE_MAX_LENGTH } from '../../../domain/assessment/assessment';
import type { AnswerValue } from '../../../domain/scoring/answers';
import { checklist, scale } from '../workshopContent';

const options = scale.options.map((o) => ({ value: o.value, label: o.label }));
const notSure = { value: 'not-sure' as const, label: scale.notSure.label };

interface Props {
  index: number;
  answers: Record<string, AnswerValue>;
  notes: Record<string, string>;
  onAnswer(actionId: string, value: AnswerValue): void;
  onNote(actionId: string, note: string): void;
  onBack(): void;
  onContinue(): void;
  submitLabel: string;
}

/** One section of the checklist during a turn: the same questions and rules as the self-assessment. */
export function TurnSection(props: Props) {
  const { index, answers, notes, onAnswer, onNote, onBack, onContinue, submitLabel } = props;
  const section = checklist.sections[index]!;
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = section.actions
      .filter((a) => answers[a.id] === undefined)
      .map((a) => ({
        fieldId: `${questionId(a.id)}-0`,
        message: `Select how far you ${a.question.replace(/^Do you /, '').replace(/\?$/, '')}, or select "${scale.notSure.label}"`,
      }));
    setErrors(found);
    setAttempt((n) => n + 1);
    if (found.length === 0) onContinue();
  };

  return (
    <>
      <button type="button" className="link-button back-link" onClick={onBack}>
        Back
      </button>
      <ErrorSummary errors={errors} attempt={attempt} />
      <PageHeading
        title={section.title}
        caption={`Your turn: section ${index + 1} of ${checklist.sections.length}`}
        hasError={errors.length > 0}
      />
      {section.intro && <p className="lead">{section.intro}</p>}
      <p className="hint">
        For each action, choose how far it describes what you do now. Choose "{scale.notSure.label}"
        if you cannot say.
      </p>
      <form onSubmit={submit} noValidate>
        {section.actions.map((action, i) => (
          <AnswerQuestion
            key={action.id}
            idBase={questionId(action.id)}
            caption={`Action ${i + 1} of ${section.actions.length}`}
            question={action.question}
            options={options}
            notSure={notSure}
            value={answers[action.id]}
            onChange={(value) => {
              onAnswer(action.id, value);
              setErrors((current) =>
                current.filter((e) => e.fieldId !== `${questionId(action.id)}-0`),
              );
            }}
            error={errors.find((e) => e.fieldId === `${questionId(action.id)}-0`)?.message}
            note={notes[action.id] ?? ''}
            onNoteChange={(note) => onNote(action.id, note)}
            noteMaxLength={NOTE_MAX_LENGTH}
          />
        ))}
        <div className="button-group">
          <button type="submit" className="button">
            {submitLabel}
          </button>
        </div>
      </form>
    </>
  );
}
