import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import type { PlanFormItem, PlanFormValues } from '../../domain/plan/planFormSchema';
import { PLAN_LIMITS } from '../../domain/plan/planItem';
import {
  PlanItemFields,
  type PlanField,
  type PlanItemWords,
} from '../../components/PlanItemFields';
import { PlanPromptDetails } from './PlanPromptDetails';
import type { PlanPrompt } from './usePlanPrompts';

interface Props {
  index: number;
  actionText: string;
  register: UseFormRegister<PlanFormValues>;
  errors: FieldErrors<PlanFormItem> | undefined;
  prompt: PlanPrompt | undefined;
  onRemove(): void;
  /** A short remark under the heading, e.g. that the area was in the last plan and has not moved. */
  mark?: string;
  /** A question about the date, e.g. that it has passed (issue 25). */
  dateQuestion?: string | null;
}

/** Field ids follow `plan-${index}-${field}`; the date's boxes are `plan-${index}-day` and so on. */
export const planFieldId = (index: number) => (field: PlanField) =>
  field === 'date' ? `plan-${index}` : `plan-${index}-${field}`;

const WORDS: PlanItemWords = {
  what: 'What I will do',
  whatHint: `Up to ${PLAN_LIMITS.what} characters.`,
  who: 'Who I will involve',
  byWhen: (
    <>
      By when <span className="hint">(optional)</span>
    </>
  ),
  measure: 'How I will know it is working',
  measureRows: 2,
  smallDate: true,
};

/** One planned action: its fields, with a quote and a recommendation, and a way to remove it. */
export function PlanItemCard(props: Props) {
  const { index, actionText, register, errors, prompt, onRemove, mark, dateQuestion } = props;
  const titleId = `plan-${index}-title`;
  return (
    <section className="card plan-item" aria-labelledby={titleId}>
      <h2 id={titleId} tabIndex={-1}>
        <span className="caption">Action {index + 1}</span>
        {actionText}
      </h2>
      {mark && <p className="tag">{mark}</p>}
      {prompt && <PlanPromptDetails prompt={prompt} />}
      <PlanItemFields
        index={index}
        idFor={planFieldId(index)}
        words={WORDS}
        register={register}
        errors={errors}
        dateQuestion={dateQuestion}
      />
      <button type="button" className="button secondary" onClick={onRemove}>
        Remove <span className="visually-hidden">“{actionText}”</span> from plan
      </button>
    </section>
  );
}
