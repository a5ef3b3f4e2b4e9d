import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { DateInputs } from '../../../components/DateInputs';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { PageHeading } from '../../../components/PageHeading';
import { paths } from '../../../components/paths';
import { NotFound } from '../../../components/NotFound';
import { todayIso } from '../../../domain/plan/date';
import { PLAN_LIMITS } from '../../../domain/plan/planItem';
import { useWorkshopStore } from '../../../state/workshopStore';
import { summaryErrors } from '../formErrors';
import { FieldMessage } from '../setup/DetailsForm';
import { useCurrentWorkshop } from '../useCurrentWorkshop';
import { checklist, useGroupView } from '../workshopContent';
import { fromPlanItem, planItemSchema, toPlanItem, type PlanItemForm } from './planSchema';

const FIELDS = [
  ['actionId', 'plan-action'],
  ['what', 'plan-what'],
  ['who', 'plan-who'],
  ['day', 'plan-date-day'],
  ['measure', 'plan-measure'],
] as const;

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
  const today = todayIso();
  const schema = useMemo(() => planItemSchema(today), [today]);
  const [attempt, setAttempt] = useState(0);
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<PlanItemForm>({
    resolver: zodResolver(schema),
    defaultValues: fromPlanItem(
      index === null ? undefined : workshop.plan[index],
      search.get('action') ?? '',
    ),
    shouldFocusError: false,
  });
  const summary = summaryErrors(errors, FIELDS);
  const weakIds = workshop.revealed ? weak.map((w) => w.actionId) : [];
  const title = index === null ? 'Add a group action' : `Change group action ${index + 1}`;

  const save = (v: PlanItemForm) => {
    const planItem = toPlanItem(v, today);
    const plan =
      index === null
        ? [...workshop.plan, planItem]
        : workshop.plan.map((p, i) => (i === index ? planItem : p));
    setPlan(workshop.id, plan);
    navigate(paths.workshopPlan(workshop.id));
  };

  const group = (name: keyof PlanItemForm) =>
    errors[name] ? 'form-group has-error' : 'form-group';
  const described = (name: keyof PlanItemForm, hint?: string) =>
    [hint, errors[name] && `plan-${name}-error`].filter(Boolean).join(' ') || undefined;

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
          {errors.actionId && (
            <FieldMessage id="plan-actionId-error" message={errors.actionId.message} />
          )}
          <select
            id="plan-action"
            aria-describedby={described('actionId')}
            {...register('actionId')}
          >
            <option value="">Select an action</option>
            {weakIds.length > 0 && (
              <optgroup label="The group's weakest areas">
                {weakIds.map((id) => (
                  <option key={id} value={id}>
                    {checklist.sections.flatMap((s) => s.actions).find((a) => a.id === id)!.text}
                  </option>
                ))}
              </optgroup>
            )}
            {checklist.sections.map((s) => (
              <optgroup key={s.id} label={s.title}>
                {s.actions
                  .filter((a) => !weakIds.includes(a.id))
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
          {errors.what && <FieldMessage id="plan-what-error" message={errors.what.message} />}
          <textarea
            id="plan-what"
            rows={3}
            maxLength={PLAN_LIMITS.what}
            aria-describedby={described('what')}
            {...register('what')}
          />
        </div>
        <div className={group('who')}>
          <label htmlFor="plan-who">
            Who owns it? <span className="hint">(optional)</span>
          </label>
          {errors.who && <FieldMessage id="plan-who-error" message={errors.who.message} />}
          <input
            type="text"
            id="plan-who"
            maxLength={PLAN_LIMITS.who}
            aria-describedby={described('who')}
            {...register('who')}
          />
        </div>
        <DateInputs
          idBase="plan-date"
          legend="By when? (optional)"
          hint="For example, 31 3 2027"
          error={errors.day?.message}
          day={register('day')}
          month={register('month')}
          year={register('year')}
        />
        <div className={group('measure')}>
          <label htmlFor="plan-measure">
            How will you know it is working? <span className="hint">(optional)</span>
          </label>
          {errors.measure && (
            <FieldMessage id="plan-measure-error" message={errors.measure.message} />
          )}
          <textarea
            id="plan-measure"
            rows={3}
            maxLength={PLAN_LIMITS.measure}
            aria-describedby={described('measure')}
            {...register('measure')}
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
