import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import { useForm, useWatch, type FieldErrors, type Resolver } from 'react-hook-form';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { errorLinks } from '../../../components/form/errorLinks';
import { ErrorSummary } from '../../../components/form/ErrorSummary';
import { FormGroup } from '../../../components/form/FormGroup';
import { PageHeading } from '../../../components/PageHeading';
import { paths } from '../../../routing/paths';
import { NotFound } from '../../../components/NotFound';
import {
  PlanItemFields,
  planErrorTarget,
  type PlanField,
  type PlanItemWords,
} from '../../../components/PlanItemFields';
import { ANY_DATE, pastDateQuestion, todayIso } from '../../../domain/plan/date';
import { toFormItem, toPlanItem } from '../../../domain/plan/planForm';
import { planFormSchema, type PlanFormValues } from '../../../domain/plan/planFormSchema';
import { PLAN_LIMITS } from '../../../domain/plan/planItem';
import { useWorkshopStore } from '../../../state/workshopStore';
import { useCurrentWorkshop } from '../shared/useCurrentWorkshop';
import { useContent } from '../../../components/content/ContentContext';
import { useGroupWeakest } from '../shared/useGroupReport';
import { SubmitButton } from '../../../components/form/SubmitButton';

const ACTION_ID = 'plan-action';
const idFor = (field: PlanField) => (field === 'date' ? 'plan-date' : `plan-${field}`);
const FIELDS = [
  ['actionId', ACTION_ID],
  ...(['what', 'who', 'day', 'measure'] as const).map(
    (field) => [field, planErrorTarget(idFor, field)] as const,
  ),
] as const;
const NO_ACTION = 'Select the action this is about';
const WORDS: PlanItemWords = {
  what: 'What will the group do?',
  who: 'Who owns it?',
  byWhen: (
    <>
      By when? <span className="hint">(optional)</span>
    </>
  ),
  measure: 'How will you know it is working?',
  measureRows: 3,
};

/** Adds or changes one group action. */
export function GroupPlanItemPage() {
  const workshop = useCurrentWorkshop();
  const { item } = useParams();
  const isNew = item === 'new';
  const index = Number(item);
  if (!isNew && !(Number.isInteger(index) && index >= 0 && index < workshop.plan.length))
    return <NotFound />;
  if (isNew && workshop.plan.length >= PLAN_LIMITS.maxItems) return <NotFound />;
  return <PlanItemFormPage key={item} index={isNew ? null : index} />;
}

function PlanItemFormPage({ index }: { index: number | null }) {
  const { checklist, index: contentIndex } = useContent();
  const workshop = useCurrentWorkshop();
  const setPlan = useWorkshopStore((s) => s.setPlan);
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const weak = useGroupWeakest(workshop);
  const [attempt, setAttempt] = useState(0);

  // The personal plan's rules (domain/plan/planFormSchema), for a plan of one item at a time. The
  // schema names the action in its messages, so the action's text is filled in before it runs.
  const resolver = useMemo<Resolver<PlanFormValues>>(() => {
    // Any real date: a date gone by is asked about below, never refused (issue 25).
    const rules = zodResolver(planFormSchema(ANY_DATE, 'Who owns it'));
    return async (values, context, options) => {
      const item = values.items[0]!;
      const named = { items: [{ ...item, actionText: contentIndex.actionText(item.actionId) }] };
      const result = await rules(named, context, options);
      if (item.actionId) return result;
      const errors = (result.errors.items as unknown as Record<string, unknown>[] | undefined)?.[0];
      return {
        values: {},
        errors: {
          items: [{ ...errors, actionId: { type: 'required', message: NO_ACTION } }],
        } as FieldErrors<PlanFormValues>,
      };
    };
  }, [contentIndex]);

  const existing = index === null ? undefined : workshop.plan[index];
  const startAction = existing?.actionId ?? search.get('action') ?? '';
  const {
    register,
    handleSubmit,
    control,
    formState: { errors },
  } = useForm<PlanFormValues>({
    resolver,
    defaultValues: {
      items: [
        toFormItem(
          existing ?? { actionId: startAction, what: '', who: '', byWhen: null, measure: '' },
          contentIndex.actionText(startAction),
        ),
      ],
    },
    shouldFocusError: false,
  });
  const summary = errorLinks(errors.items?.[0], FIELDS);
  const [day = '', month = '', year = ''] = useWatch({
    control,
    name: ['items.0.day', 'items.0.month', 'items.0.year'],
  });
  const dateQuestion = pastDateQuestion({ day, month, year }, todayIso());

  // One group action per checklist action, as in the personal plan.
  const taken = new Set(workshop.plan.filter((_, i) => i !== index).map((p) => p.actionId));
  const weakIds = workshop.revealed ? weak.filter((id) => !taken.has(id)) : [];
  const title = index === null ? 'Add a group action' : `Change group action ${index + 1}`;

  const save = (values: PlanFormValues) => {
    const planItem = toPlanItem(values.items[0]!);
    const plan =
      index === null
        ? [...workshop.plan, planItem]
        : workshop.plan.map((p, i) => (i === index ? planItem : p));
    setPlan(workshop.id, plan);
    navigate(paths.workshopPlan.href(workshop.id));
  };

  return (
    <>
      <Link to={paths.workshopPlan.href(workshop.id)} className="back-link">
        Back to the plan
      </Link>
      <ErrorSummary errors={summary} attempt={attempt} />
      <PageHeading title={title} caption={workshop.title} hasError={summary.length > 0} />
      <form noValidate onSubmit={handleSubmit(save, () => setAttempt((a) => a + 1))}>
        <FormGroup
          id={ACTION_ID}
          label="Which action is this about?"
          error={errors.items?.[0]?.actionId?.message}
        >
          {(control) => (
            <select {...control} {...register('items.0.actionId')}>
              <option value="">Select an action</option>
              {weakIds.length > 0 && (
                <optgroup label="The group's weakest areas">
                  {weakIds.map((id) => (
                    <option key={id} value={id}>
                      {contentIndex.actionText(id)}
                    </option>
                  ))}
                </optgroup>
              )}
              {checklist.sections.map((s) => (
                <optgroup key={s.id} label={s.title}>
                  {s.actions
                    .filter((a) => !weakIds.includes(a.id) && !taken.has(a.id))
                    .map((a) => (
                      <option key={a.id} value={a.id}>
                        {a.text}
                      </option>
                    ))}
                </optgroup>
              ))}
            </select>
          )}
        </FormGroup>
        <PlanItemFields
          index={0}
          idFor={idFor}
          words={WORDS}
          register={register}
          errors={errors.items?.[0]}
          dateQuestion={dateQuestion}
        />
        <SubmitButton label="Save and return to the plan" />
      </form>
    </>
  );
}
