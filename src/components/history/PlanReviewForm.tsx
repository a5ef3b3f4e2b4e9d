import { useState, type FormEvent, type ReactNode } from 'react';
import { Link } from 'react-router';
import { ErrorSummary } from '../form/ErrorSummary';
import { RadioGroup } from '../form/RadioGroup';
import { TextareaField } from '../form/TextareaField';
import { PageHeading } from '../PageHeading';
import { useContent } from '../content/ContentContext';
import {
  REVIEW_NOTE_MAX_LENGTH,
  REVIEW_OUTCOMES,
  reviewFor,
  type PlanReviewItem,
  type ReviewOutcome,
} from '../../domain/history/planReview';
import type { PlanItem } from '../../domain/plan/planItem';

type Draft = Record<string, { outcome: ReviewOutcome | ''; note: string }>;
const fieldId = (actionId: string) => `review-${actionId.replace(/\./g, '--')}`;

interface Props {
  title: string;
  /** Above the title: what the review belongs to (a workshop's title). */
  caption?: string;
  intro: ReactNode;
  plan: readonly PlanItem[];
  saved: readonly PlanReviewItem[] | null;
  /** What was committed to and the answer then, under each commitment's question. */
  hint(item: PlanItem): string;
  /** Whether the review was saved; the page moves on when it was. */
  onSave(review: PlanReviewItem[]): void;
  skip: { to: string; label: string };
}

/**
 * "Did we do what we said?": done, partly, not done or dropped for each commitment of a plan, with an
 * optional note. The same form for a leader's last round and a group's earlier workshop.
 */
export function PlanReviewForm(props: Props) {
  const { title, caption, intro, plan, saved, hint, onSave, skip } = props;
  const { actionText } = useContent().index;
  const [draft, setDraft] = useState<Draft>(() =>
    Object.fromEntries(
      (saved ?? []).map((r) => [r.actionId, { outcome: r.outcome, note: r.note }]),
    ),
  );
  const [attempt, setAttempt] = useState(0);
  const [showErrors, setShowErrors] = useState(false);
  const { review, missing } = reviewFor(plan, draft);
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
    onSave(review);
  };

  return (
    <>
      <ErrorSummary errors={errors} attempt={attempt} />
      <PageHeading title={title} caption={caption} hasError={errors.length > 0} />
      {intro}
      <form noValidate onSubmit={submit}>
        {plan.map((item) => {
          const id = fieldId(item.actionId);
          const value = draft[item.actionId];
          const error = showErrors && missing.includes(item.actionId);
          return (
            <RadioGroup
              key={item.actionId}
              id={id}
              legend={actionText(item.actionId)}
              hint={hint(item)}
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
          <Link to={skip.to}>{skip.label}</Link>
        </div>
      </form>
    </>
  );
}
