import type { Scale, Section } from '../domain/content/types';
import type { Answers, AnswerValue } from '../domain/scoring/answers';
import { NOTE_MAX_LENGTH } from '../domain/assessment/assessment';
import { AnswerQuestion } from './AnswerQuestion';
import { questionId } from '../routing/paths';

interface Props {
  section: Section;
  scale: Scale;
  answers: Answers;
  notes: Readonly<Record<string, string>>;
  onAnswer(actionId: string, value: AnswerValue): void;
  onNote(actionId: string, note: string): void;
  /** From useQuestionErrors: an answer clears its question's error. */
  questions: { errorFor(actionId: string): string | undefined; clear(actionId: string): void };
}

/** A section's questions, each a fieldset of radios with an optional note, as one page shows them. */
export function SectionQuestions({
  section,
  scale,
  answers,
  notes,
  onAnswer,
  onNote,
  questions,
}: Props) {
  const options = scale.options.map((o) => ({ value: o.value, label: o.label }));
  const notSure = { value: 'not-sure' as const, label: scale.notSure.label };
  return (
    <>
      <p className="hint">
        For each action, choose how far it describes what you do now. Choose "{scale.notSure.label}"
        if you cannot say.
      </p>
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
            questions.clear(action.id);
          }}
          error={questions.errorFor(action.id)}
          note={notes[action.id] ?? ''}
          onNoteChange={(note) => onNote(action.id, note)}
          noteMaxLength={NOTE_MAX_LENGTH}
        />
      ))}
    </>
  );
}
