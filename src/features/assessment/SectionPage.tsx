import { useEffect, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { NOTE_MAX_LENGTH, unansweredActions } from '../../domain/assessment/assessment';
import { AnswerQuestion } from '../../components/AnswerQuestion';
import { ErrorSummary, type FieldError } from '../../components/ErrorSummary';
import { focusField } from '../../components/focusField';
import { PageHeading } from '../../components/PageHeading';
import { paths, questionId } from '../../components/paths';
import { useAssessmentStore } from '../../state/assessmentStore';
import { NotFound } from '../../components/NotFound';
import { checklist, scale, useAssessment } from './useAssessment';

const options = scale.options.map((o) => ({ value: o.value, label: o.label }));
const notSure = { value: 'not-sure' as const, label: scale.notSure.label };

export function SectionPage() {
  const { sectionId } = useParams();
  const index = checklist.sections.findIndex((s) => s.id === sectionId);
  if (index < 0) return <NotFound />;
  // A new key per section resets errors when moving between sections.
  return <SectionForm key={sectionId} index={index} />;
}

function SectionForm({ index }: { index: number }) {
  const section = checklist.sections[index]!;
  const total = checklist.sections.length;
  const assessment = useAssessment();
  const setAnswer = useAssessmentStore((s) => s.setAnswer);
  const setNote = useAssessmentStore((s) => s.setNote);
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const returnToCheck = search.get('return') === 'check';
  const focusAction = search.get('focus');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);

  // Arriving from a Change link: put focus on that question, not the page heading.
  useEffect(() => {
    if (!focusAction) return;
    const base = questionId(focusAction);
    const checked = document.getElementById(base)?.querySelector<HTMLInputElement>('input:checked');
    focusField(checked?.id ?? `${base}-0`);
  }, [focusAction]);

  const next = returnToCheck
    ? paths.check
    : index + 1 < total
      ? paths.section(checklist.sections[index + 1]!.id)
      : paths.check;
  const back = returnToCheck
    ? paths.check
    : index > 0
      ? paths.section(checklist.sections[index - 1]!.id)
      : paths.aboutYou;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const missing = unansweredActions(checklist, assessment, section.id);
    const found = missing.map((actionId) => ({
      fieldId: `${questionId(actionId)}-0`,
      message: `Select how far you ${questionWithoutDoYou(actionId)}, or select "${scale.notSure.label}"`,
    }));
    setErrors(found);
    setAttempt((a) => a + 1);
    if (found.length === 0) navigate(next);
  };

  const errorFor = (actionId: string) =>
    errors.find((e) => e.fieldId === `${questionId(actionId)}-0`)?.message;
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
            value={assessment.answers[action.id]}
            onChange={(value) => {
              setAnswer(action.id, value);
              setErrors((current) =>
                current.filter((e) => e.fieldId !== `${questionId(action.id)}-0`),
              );
            }}
            error={errorFor(action.id)}
            note={assessment.notes[action.id] ?? ''}
            onNoteChange={(note) => setNote(action.id, note)}
            noteMaxLength={NOTE_MAX_LENGTH}
          />
        ))}
        <div className="button-group">
          <button type="submit" className="button">
            {returnToCheck ? 'Save and go back to your answers' : 'Continue'}
          </button>
        </div>
      </form>
    </>
  );
}

/** "Do you encourage creativity?" → "encourage creativity", for error messages. */
function questionWithoutDoYou(actionId: string): string {
  const action = checklist.sections.flatMap((s) => s.actions).find((a) => a.id === actionId)!;
  return action.question.replace(/^Do you /, '').replace(/\?$/, '');
}
