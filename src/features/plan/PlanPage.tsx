import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import { useFieldArray, useForm, useWatch, type FieldErrors } from 'react-hook-form';
import { Link, useNavigate } from 'react-router';
import { toFormItem } from '../../domain/plan/planForm';
import { planFormSchema, type PlanFormValues } from '../../domain/plan/planFormSchema';
import { PLAN_LIMITS, type PlanItem } from '../../domain/plan/planItem';
import { PlanFull } from '../../components/PlanFull';
import { proposePlan, blankPlanItem } from '../../domain/plan/propose';
import { errorLinks } from '../../components/form/errorLinks';
import { ErrorSummary, type FieldError } from '../../components/form/ErrorSummary';
import { planErrorTarget } from '../../components/PlanItemFields';
import { usePersonalView } from '../../components/results/usePersonalView';
import { checklistIndex } from '../../domain/content/contentIndex';
import { PageHeading } from '../../components/PageHeading';
import { paths } from '../../components/paths';
import { useAssessmentStore } from '../../state/assessmentStore';
import { PlanItemCard, planFieldId } from './PlanItemCard';
import { PlanChangedElsewhere } from './PlanChangedElsewhere';
import { readDateDraft, withDraftDate } from './planDateDraft';
import { usePlanAutosave } from './usePlanAutosave';
import { usePlanPrompts } from './usePlanPrompts';
import { SubmitButton } from '../../components/form/SubmitButton';
import { UnmovedLastPlan, useUnmovedLastPlan } from '../history/UnmovedLastPlan';

const ANY_DAY = '0000-01-01';

const { actionText, actions: allActions } = checklistIndex;
const PLAN_FIELDS = ['what', 'who', 'day', 'measure'] as const;

function summaryErrors(errors: FieldErrors<PlanFormValues>): FieldError[] {
  const items = Array.isArray(errors.items) ? errors.items : [];
  return Array.from(items).flatMap((item, i) =>
    errorLinks(
      item,
      PLAN_FIELDS.map((field) => [field, planErrorTarget(planFieldId(i), field)] as const),
    ),
  );
}

export function PlanPage() {
  const assessment = useAssessmentStore((s) => s.assessment);
  const { weak } = usePersonalView(assessment.answers);
  const weakest = weak.map((a) => a.actionId);
  const unmoved = useUnmovedLastPlan();
  const navigate = useNavigate();
  const [attempt, setAttempt] = useState(0);
  const [toAdd, setToAdd] = useState('');

  // The first visit proposes the five weakest areas; after that the saved plan is the starting point.
  const initial = useMemo(
    () => (assessment.plan.length > 0 ? assessment.plan : proposePlan(weakest)),
    // Only on arriving: the form owns the values from then on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );
  // Any real date passes: a plan is reviewed months later, and a date gone by must not block it.
  const resolver = useMemo(() => zodResolver(planFormSchema(ANY_DAY)), []);
  const draft = useMemo(() => readDateDraft(), []);
  const formItems = (plan: readonly PlanItem[], boxes = readDateDraft()) =>
    plan.map((item) => withDraftDate(toFormItem(item, actionText(item.actionId)), boxes));
  const { register, control, handleSubmit, formState, reset } = useForm<PlanFormValues>({
    defaultValues: { items: formItems(initial, draft) },
    resolver,
    shouldFocusError: false,
  });
  const { fields, append, remove } = useFieldArray({ control, name: 'items' });

  const items = useWatch({ control, name: 'items' });
  const saving = usePlanAutosave(items, (plan) => reset({ items: formItems(plan) }));

  const prompts = usePlanPrompts(items.map((i) => i.actionId));
  const errors = summaryErrors(formState.errors);
  const available = allActions.filter((a) => !items.some((i) => i.actionId === a.id));
  const full = items.length >= PLAN_LIMITS.maxItems;

  return (
    <>
      <Link to={paths.results.href()} className="back-link">
        Back to your results
      </Link>
      <ErrorSummary errors={errors} attempt={attempt} />
      <PageHeading title="Plan your next steps" hasError={errors.length > 0} />
      <p className="lead">
        Choose up to {PLAN_LIMITS.maxItems} actions to work on, and say what you will do about each.
      </p>
      <p>
        {assessment.plan.length === 0 && weakest.length > 0
          ? 'Your weakest areas are proposed. Keep them, remove them or add others.'
          : 'Keep, remove or add actions. Your plan is saved as you type.'}
      </p>
      <PlanChangedElsewhere
        conflict={saving.conflict}
        followed={saving.followed}
        onTakeSaved={saving.takeSaved}
        onKeepThis={saving.keepThis}
      />
      <UnmovedLastPlan />
      <form
        noValidate
        onSubmit={handleSubmit(
          () => navigate(paths.summary.href()),
          () => setAttempt((a) => a + 1),
        )}
      >
        {fields.length === 0 && (
          <p className="notice">Your plan has no actions yet. Add one below.</p>
        )}
        {fields.map((field, index) => (
          <PlanItemCard
            key={field.id}
            index={index}
            actionText={field.actionText}
            register={register}
            errors={formState.errors.items?.[index]}
            prompt={prompts.get(items[index]?.actionId ?? '')}
            onRemove={() => remove(index)}
            mark={
              unmoved.has(items[index]?.actionId ?? '')
                ? 'In your last plan, and not moved since'
                : undefined
            }
          />
        ))}

        <section className="panel" aria-labelledby="add-action-title">
          <h2 id="add-action-title">Add an action</h2>
          {full ? (
            <PlanFull whose="Your plan" />
          ) : (
            <div className="add-action">
              <label htmlFor="add-action">Action to add</label>
              <select id="add-action" value={toAdd} onChange={(e) => setToAdd(e.target.value)}>
                <option value="">Choose an action</option>
                {available.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.text}
                  </option>
                ))}
              </select>
              <button
                type="button"
                className="button secondary"
                disabled={!toAdd}
                onClick={() => {
                  append(toFormItem(blankPlanItem(toAdd), actionText(toAdd)));
                  setToAdd('');
                }}
              >
                Add to plan
              </button>
            </div>
          )}
        </section>

        <SubmitButton label="Save plan and see your summary" />
      </form>
    </>
  );
}
