import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import { useForm, type FieldErrors, type Resolver } from 'react-hook-form';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { DateInputs } from '../../../components/DateInputs';
import { ErrorSummary, type FieldError } from '../../../components/ErrorSummary';
import { PageHeading } from '../../../components/PageHeading';
import { paths } from '../../../components/paths';
import { NotFound } from '../../../components/NotFound';
import { todayIso } from '../../../domain/plan/date';
import { toFormItem, toPlanItem } from '../../../domain/plan/planForm';
import { planFormSchema, type PlanFormValues } from '../../../domain/plan/planFormSchema';
import { PLAN_LIMITS } from '../../../domain/plan/planItem';
import { useWorkshopStore } from '../../../state/workshopStore';
import { FieldMessage } from '../setup/DetailsForm';
import { useCurrentWorkshop } from '../useCurrentWorkshop';
import { actionText, checklist, useGroupView } from '../workshopContent';

const FIELD_IDS = {
  actionId: 'plan-action',
  what: 'plan-what',
  who: 'plan-who',
  day: 'plan-date-day',
  measure: 'plan-measure',
} as const;
const NO_ACTION = 'Select the action this is about';

function summaryErrors(errors: FieldErrors<PlanFormValues>): FieldError[] {
  const item = errors.items?.[0];
  if (!item) return [];
  return (Object.keys(FIELD_IDS) as (keyof typeof FIELD_IDS)[]).flatMap((field) => {
    const message = item[field]?.message;
    return message ? [{ fieldId: FIELD_IDS[field], message }] : [];
  });
}

/** Adds or changes one group action. */
export function PlanItemPage() {
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
  const workshop = useCurrentWorkshop();
  const setPlan = useWorkshopStore((s) => s.setPlan);
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const { weak } = useGroupView(workshop);
  const [attempt, setAttempt] = useState(0);

  // The personal plan's rules (domain/plan/planFormSchema), for a plan of one item at a time. The
  // schema names the action in its messages, so the action's text is filled in before it runs.
  const resolver = useMemo<Resolver<PlanFormValues>>(() => {
    const rules = zodResolver(planFormSchema(todayIso(), 'Who owns it'));
    return async (values, context, options) => {
      const item = values.items[0]!;
      const named = { items: [{ ...item, actionText: actionText(item.actionId) }] };
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
  }, []);

  const existing = index === null ? undefined : workshop.plan[index];
  const startAction = existing?.actionId ?? search.get('action') ?? '';
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<PlanFormValues>({
    resolver,
    defaultValues: {
      items: [
        toFormItem(
          existing ?? { actionId: startAction, what: '', who: '', byWhen: null, measure: '' },
          actionText(startAction),
        ),
      ],
    },
    shouldFocusError: false,
  });
  const summary = summaryErrors(errors);
  const fieldError = (field: keyof typeof FIELD_IDS) => errors.items?.[0]?.[field]?.message;

  // One group action per checklist action, as in the personal plan.
  const taken = new Set(workshop.plan.filter((_, i) => i !== index).map((p) => p.actionId));
  const weakIds = workshop.revealed
    ? weak.map((w) => w.actionId).filter((id) => !taken.has(id))
    : [];
  const title = index === null ? 'Add a group action' : `Change group action ${index + 1}`;

  const save = (values: PlanFormValues) => {
    const planItem = toPlanItem(values.items[0]!);
    const plan =
      index === null
        ? [...workshop.plan, planItem]
        : workshop.plan.map((p, i) => (i === index ? planItem : p));
    setPlan(workshop.id, plan);
    navigate(paths.workshopPlan(workshop.id));
  };

  const group = (field: keyof typeof FIELD_IDS) =>
    fieldError(field) ? 'form-group has-error' : 'form-group';
  const described = (field: keyof typeof FIELD_IDS) =>
    fieldError(field) ? `${FIELD_IDS[field]}-error` : undefined;

  return (
    <>
      <Link to={paths.workshopPlan(workshop.id)} className="back-link">
        Back to the plan
      </Link>
      <ErrorSummary errors={summary} attempt={attempt} />
      <PageHeading title={title} caption={workshop.title} hasError={summary.length > 0} />
      <form noValidate onSubmit={handleSubmit(save, () => setAttempt((a) => a + 1))}>
        <div className={group('actionId')}>
          <label htmlFor="plan-action">Which action is this about?</label>
          {fieldError('actionId') && (
            <FieldMessage id="plan-action-error" message={fieldError('actionId')} />
          )}
          <select
            id="plan-action"
            aria-describedby={described('actionId')}
            {...register('items.0.actionId')}
          >
            <option value="">Select an action</option>
            {weakIds.length > 0 && (
              <optgroup label="The group's weakest areas">
                {weakIds.map((id) => (
                  <option key={id} value={id}>
                    {actionText(id)}
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
        </div>
        <div className={group('what')}>
          <label htmlFor="plan-what">What will the group do?</label>
          {fieldError('what') && <FieldMessage id="plan-what-error" message={fieldError('what')} />}
          <textarea
            id="plan-what"
            rows={3}
            maxLength={PLAN_LIMITS.what}
            aria-describedby={described('what')}
            {...register('items.0.what')}
          />
        </div>
        <div className={group('who')}>
          <label htmlFor="plan-who">
            Who owns it? <span className="hint">(optional)</span>
          </label>
          {fieldError('who') && <FieldMessage id="plan-who-error" message={fieldError('who')} />}
          <input
            type="text"
            id="plan-who"
            maxLength={PLAN_LIMITS.who}
            aria-describedby={described('who')}
            {...register('items.0.who')}
          />
        </div>
        <DateInputs
          idBase="plan-date"
          legend={
            <>
              By when? <span className="hint">(optional)</span>
            </>
          }
          hint="For example, 31 3 2027"
          error={fieldError('day')}
          day={register('items.0.day')}
          month={register('items.0.month')}
          year={register('items.0.year')}
        />
        <div className={group('measure')}>
          <label htmlFor="plan-measure">
            How will you know it is working? <span className="hint">(optional)</span>
          </label>
          {fieldError('measure') && (
            <FieldMessage id="plan-measure-error" message={fieldError('measure')} />
          )}
          <textarea
            id="plan-measure"
            rows={3}
            maxLength={PLAN_LIMITS.measure}
            aria-describedby={described('measure')}
            {...register('items.0.measure')}
          />
        </div>
        <div className="button-group">
          <button type="submit" className="button">
            Save and return to the plan
          </button>
        </div>
      </form>
    </>
  );
}
