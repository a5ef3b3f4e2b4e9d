import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { checklistContent } from '../../domain/content/load';
import {
  REVIEW_NOTE_MAX_LENGTH,
  REVIEW_OUTCOMES,
  reviewFor,
  type ReviewOutcome,
} from '../../domain/history/planReview';
import { formatDate, formatDateTime } from '../../domain/display';
import { answerLabel } from '../../domain/answerLabel';
import { ErrorSummary } from '../../components/form/ErrorSummary';
import { RadioGroup } from '../../components/form/RadioGroup';
import { TextareaField } from '../../components/form/TextareaField';
import { PageHeading } from '../../components/PageHeading';
import { paths } from '../../components/paths';
import { useAssessmentStore } from '../../state/assessmentStore';
import { useHistoryStore } from '../../state/historyStore';
import { actionText } from './historyContent';
import { useRoundToReview } from './useHistory';

const { checklist, scale } = checklistContent;
type Draft = Record<string, { outcome: ReviewOutcome | ''; note: string }>;
const fieldId = (actionId: string) => `review-${actionId.replace(/\./g, '--')}`;

/** "Did I do what I said?": each commitment of the last round's plan, reviewed as the new round starts. */
export function PlanReviewPage() {
  const round = useRoundToReview();
  const current = useAssessmentStore((s) => s.assessment);
  const saveReview = useHistoryStore((s) => s.saveReview);
  const navigate = useNavigate();
  const [draft, setDraft] = useState<Draft>(() =>
    Object.fromEntries(
      (round?.review ?? []).map((r) => [r.actionId, { outcome: r.outcome, note: r.note }]),
    ),
  );
  const [attempt, setAttempt] = useState(0);
  const [showErrors, setShowErrors] = useState(false);
  const next =
    Object.keys(current.answers).length > 0
      ? paths.check.href()
      : paths.section.href(checklist.sections[0]!.id);

  if (!round) {
    return (
      <>
        <PageHeading title="Review your last plan" />
        <p>There is no earlier plan to review.</p>
        <p>
          <Link to={paths.history.href()}>See your history</Link>
        </p>
      </>
    );
  }

  const { review, missing } = reviewFor(round.assessment.plan, draft);
  const errors = showErrors
    ? missing.map((id) => ({
        fieldId: `${fieldId(id)}-0`,
        message: `Say what became of “${actionText(id)}”`,
      }))
    : [];
  const set = (actionId: string, change: Partial<Draft[string]>) =>
    setDraft((d) => ({
      ...d,
      [actionId]: { outcome: '', note: '', ...d[actionId], ...change },
    }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (missing.length > 0) {
      setShowErrors(true);
      setAttempt((a) => a + 1);
      return;
    }
    if (saveReview(round.id, review)) navigate(next);
  };

  return (
    <>
      <ErrorSummary errors={errors} attempt={attempt} />
      <PageHeading title="Did you do what you said?" hasError={errors.length > 0} />
      <p className="lead">
        In your round of {formatDateTime(round.savedAt)} you committed to{' '}
        {round.assessment.plan.length === 1
          ? 'one action'
          : `${round.assessment.plan.length} actions`}
        . Say what became of each. Your review is kept with that round and printed on your next
        summary.
      </p>
      <form noValidate onSubmit={submit}>
        {round.assessment.plan.map((item) => {
          const id = fieldId(item.actionId);
          const value = draft[item.actionId];
          const error = showErrors && missing.includes(item.actionId);
          return (
            <RadioGroup
              key={item.actionId}
              id={id}
              legend={actionText(item.actionId)}
              hint={`You committed to: ${item.what || 'nothing written'}${item.byWhen ? `, by ${formatDate(item.byWhen)}` : ''}. Your answer then: ${answerLabel(scale, round.assessment.answers[item.actionId])}.`}
              error={error ? 'Say what became of it' : undefined}
              options={REVIEW_OUTCOMES.map((o, i) => ({
                id: `${id}-${i}`,
                label: o.label,
                input: {
                  name: id,
                  checked: value?.outcome === o.value,
                  onChange: () => set(item.actionId, { outcome: o.value }),
                },
              }))}
            >
              <TextareaField
                id={`${id}-note`}
                label="What happened?"
                optional
                rows={2}
                maxLength={REVIEW_NOTE_MAX_LENGTH}
                value={value?.note ?? ''}
                onChange={(e) => set(item.actionId, { note: e.target.value })}
              />
            </RadioGroup>
          );
        })}
        <div className="button-group">
          <button type="submit" className="button">
            Save the review and continue
          </button>
          <Link to={next}>Skip the review for now</Link>
        </div>
      </form>
    </>
  );
}
