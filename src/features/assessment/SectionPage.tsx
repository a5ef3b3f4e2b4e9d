import { useEffect, type FormEvent } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { ErrorSummary } from '../../components/form/ErrorSummary';
import { focusField } from '../../components/form/focusField';
import { PageHeading } from '../../components/PageHeading';
import { paths, questionId } from '../../routing/paths';
import { useAssessmentStore } from '../../state/assessmentStore';
import { NotFound } from '../../components/NotFound';
import { SectionQuestions } from '../../components/SectionQuestions';
import { useQuestionErrors } from '../../components/useQuestionErrors';
import { useContent } from '../../components/content/ContentContext';
import { useAssessment } from './useAssessment';
import { SubmitButton } from '../../components/form/SubmitButton';

export function SectionPage() {
  const { checklist } = useContent();
  const { sectionId } = useParams();
  const index = checklist.sections.findIndex((s) => s.id === sectionId);
  if (index < 0) return <NotFound />;
  // A new key per section resets errors when moving between sections.
  return <SectionForm key={sectionId} index={index} />;
}

function SectionForm({ index }: { index: number }) {
  const { checklist, scale } = useContent();
  const section = checklist.sections[index]!;
  const total = checklist.sections.length;
  const assessment = useAssessment();
  const setAnswer = useAssessmentStore((s) => s.setAnswer);
  const setNote = useAssessmentStore((s) => s.setNote);
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const returnToCheck = search.get('return') === 'check';
  const focusAction = search.get('focus');
  const questions = useQuestionErrors(section, assessment.answers, scale.notSure.label);
  const { errors, attempt } = questions;

  // Arriving from a Change link: put focus on that question, not the page heading.
  useEffect(() => {
    if (!focusAction) return;
    const base = questionId(focusAction);
    const checked = document.getElementById(base)?.querySelector<HTMLInputElement>('input:checked');
    focusField(checked?.id ?? `${base}-0`);
  }, [focusAction]);

  // Back to the row that was changed, with focus on it (issue 25).
  const next = returnToCheck
    ? paths.check.href({ focus: focusAction ?? undefined })
    : index + 1 < total
      ? paths.section.href(checklist.sections[index + 1]!.id)
      : paths.check.href();
  const back = returnToCheck
    ? paths.check.href({ focus: focusAction ?? undefined })
    : index > 0
      ? paths.section.href(checklist.sections[index - 1]!.id)
      : paths.aboutYou.href();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (questions.check()) navigate(next);
  };

  const answeredHere = section.actions.filter((a) => assessment.answers[a.id] !== undefined).length;

  return (
    <>
      <Link to={back} className="back-link">
        Back
      </Link>
      <ErrorSummary errors={errors} attempt={attempt} />
      <PageHeading
        title={section.title}
        caption={`Section ${index + 1} of ${total}`}
        hasError={errors.length > 0}
        takeFocus={!focusAction}
      />
      <div className="progress" aria-hidden="true">
        <div className="progress-bar">
          <span
            style={{ width: `${((index + answeredHere / section.actions.length) / total) * 100}%` }}
          />
        </div>
      </div>
      {section.intro && <p className="lead">{section.intro}</p>}
      <form onSubmit={submit} noValidate>
        <SectionQuestions
          section={section}
          scale={scale}
          answers={assessment.answers}
          notes={assessment.notes}
          onAnswer={setAnswer}
          onNote={setNote}
          questions={questions}
        />
        <SubmitButton label={returnToCheck ? 'Save and go back to your answers' : 'Continue'} />
      </form>
    </>
  );
}
