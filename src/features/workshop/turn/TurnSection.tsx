import type { FormEvent } from 'react';
import { ErrorSummary } from '../../../components/form/ErrorSummary';
import { PageHeading } from '../../../components/PageHeading';
import { SectionQuestions } from '../../../components/SectionQuestions';
import { useQuestionErrors } from '../../../components/useQuestionErrors';
import type { AnswerValue } from '../../../domain/scoring/answers';
import { useContent } from '../../../components/content/ContentContext';
import { SubmitButton } from '../../../components/form/SubmitButton';

interface Props {
  index: number;
  answers: Record<string, AnswerValue>;
  notes: Record<string, string>;
  onAnswer(actionId: string, value: AnswerValue): void;
  onNote(actionId: string, note: string): void;
  onBack(): void;
  onContinue(): void;
  submitLabel: string;
  /** Why the finished turn could not be recorded, if it could not. */
  problem?: string | null;
}

/** One section of the checklist during a turn: the same questions and rules as the self-assessment. */
export function TurnSection(props: Props) {
  const { checklist, scale } = useContent();
  const { index, answers, notes, onAnswer, onNote, onBack, onContinue, submitLabel, problem } =
    props;
  const section = checklist.sections[index]!;
  const questions = useQuestionErrors(section, answers, scale.notSure.label);
  const { errors, attempt } = questions;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (questions.check()) onContinue();
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
      <form onSubmit={submit} noValidate>
        <SectionQuestions
          section={section}
          scale={scale}
          answers={answers}
          notes={notes}
          onAnswer={onAnswer}
          onNote={onNote}
          questions={questions}
        />
        {problem && (
          <p className="notice error" role="alert">
            {problem}
          </p>
        )}
        <SubmitButton label={submitLabel} />
      </form>
    </>
  );
}
