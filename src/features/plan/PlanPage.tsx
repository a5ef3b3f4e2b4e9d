import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import { useFieldArray, useForm, useWatch, type FieldErrors } from 'react-hook-form';
import { Link, useNavigate } from 'react-router';
import { toFormItem } from '../../domain/plan/planForm';
import {
  planFormSchema,
  type PlanFormItem,
  type PlanFormValues,
} from '../../domain/plan/planFormSchema';
import { PLAN_LIMITS, type PlanItem } from '../../domain/plan/planItem';
import { ANY_DATE, pastDateQuestion, todayIso } from '../../domain/plan/date';
import { proposePlan, blankPlanItem } from '../../domain/plan/propose';
import { weakestFirst } from '../../domain/scoring/priorities';
import { errorLinks } from '../../components/form/errorLinks';
import { ErrorSummary, type FieldError } from '../../components/form/ErrorSummary';
import { focusField } from '../../components/form/focusField';
import { planErrorTarget } from '../../components/PlanItemFields';
import { useResultsContent } from '../../components/content/useResearch';
import { PageHeading } from '../../components/PageHeading';
import { paths } from '../../routing/paths';
import { useAssessmentStore } from '../../state/assessmentStore';
import { PlanItemCard, planFieldId } from './PlanItemCard';
import { PlanChangedElsewhere } from './PlanChangedElsewhere';
import { readDateDraft, withDraftDate } from './planDateDraft';
import { usePlanAutosave } from './usePlanAutosave';
import { usePlanPrompts } from './usePlanPrompts';
import { SubmitButton } from '../../components/form/SubmitButton';
import { UnmovedLastPlan } from '../../components/history/UnmovedLastPlan';
import { usePersonalReport } from '../../state/personalReport';
import { AddActionSection } from './AddActionSection';
import { RemovedNotice } from './RemovedNotice';
import { answerLabel } from '../../domain/answerLabel';

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
  const content = useResultsContent();
  const { actionText } = content.index;
  // Worked out once here, from the content and what is saved; each part below is given its piece.
  const report = usePersonalReport(content);
  const { weak, result } = report.view;
  const weakest = weak.map((a) => a.actionId);
  const { lastPlan, last } = report;
  const unmoved = useMemo(() => new Set(report.unmoved), [report.unmoved]);
  const navigate = useNavigate();
  const [attempt, setAttempt] = useState(0);
  const [removed, setRemoved] = useState<{ index: number; item: PlanFormItem } | null>(null);

  // The first visit proposes last plan's unfinished commitments, then the three weakest areas; after
  // that the saved plan is the starting point.
  const initial = useMemo(
    () =>
      assessment.plan.length > 0 ? assessment.plan : proposePlan(weakest, lastPlan.unfinished),
    // Only on arriving: the form owns the values from then on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );
  // Whether this visit proposed the plan: the proposal is saved at once, so the store cannot say.
  const [proposed] = useState(() => assessment.plan.length === 0 && initial.length > 0);
  // Any real date passes: a plan is reviewed months later; a date gone by is asked about instead.
  // A row with nothing typed in it never blocks saving (issue 25).
  const resolver = useMemo(() => zodResolver(planFormSchema(ANY_DATE, undefined, true)), []);
  const draft = useMemo(() => readDateDraft(), []);
  const formItems = (plan: readonly PlanItem[], boxes = readDateDraft()) =>
    plan.map((item) => withDraftDate(toFormItem(item, actionText(item.actionId)), boxes));
  const { register, control, handleSubmit, formState, reset } = useForm<PlanFormValues>({
    defaultValues: { items: formItems(initial, draft) },
    resolver,
    shouldFocusError: false,
  });
  const { fields, append, remove, insert } = useFieldArray({ control, name: 'items' });

  const items = useWatch({ control, name: 'items' });
  const saving = usePlanAutosave(items, (plan) => reset({ items: formItems(plan) }));

  const prompts = usePlanPrompts(
    content,
    items.map((i) => i.actionId),
  );
  const errors = summaryErrors(formState.errors);
  const choices = weakestFirst(result.actions, content.findings)
    .filter((a) => !items.some((i) => i.actionId === a.actionId))
    .map((a) => ({
      id: a.actionId,
      text: actionText(a.actionId),
      answer: answerLabel(content.scale, assessment.answers[a.actionId]),
    }));
  const today = todayIso();

  const removeAt = (index: number) => {
    setRemoved({ index, item: items[index]! });
    remove(index);
  };
  const undo = () => {
    if (!removed) return;
    const at = Math.min(removed.index, items.length);
    insert(at, removed.item, { shouldFocus: false });
    setRemoved(null);
    requestAnimationFrame(() => focusField(`plan-${at}-title`));
  };

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
        {proposed
          ? `${lastPlan.unfinished.length > 0 ? 'What you did not finish last time comes first, then your' : 'Your'} weakest areas. Keep them, remove them or add others.`
          : 'Keep, remove or add actions. Your plan is saved as you type.'}
      </p>
      <PlanChangedElsewhere
        conflict={saving.conflict}
        followed={saving.followed}
        onTakeSaved={saving.takeSaved}
        onKeepThis={saving.keepThis}
      />
      <UnmovedLastPlan unmoved={report.unmoved} previous={last.previous} />
      {removed && <RemovedNotice actionText={removed.item.actionText} onUndo={undo} />}
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
        {fields.map((field, index) => {
          const id = items[index]?.actionId ?? '';
          const remark = lastPlan.remarks.get(id);
          const mark = unmoved.has(id)
            ? remark
              ? `${remark} Its answer has not moved since.`
              : 'In your last plan, and not moved since'
            : remark;
          return (
            <PlanItemCard
              key={field.id}
              index={index}
              actionText={field.actionText}
              register={register}
              errors={formState.errors.items?.[index]}
              prompt={prompts.get(id)}
              onRemove={() => removeAt(index)}
              mark={mark}
              dateQuestion={items[index] ? pastDateQuestion(items[index], today) : null}
            />
          );
        })}

        <AddActionSection
          choices={choices}
          full={items.length >= PLAN_LIMITS.maxItems}
          onAdd={(id) => {
            append(toFormItem(blankPlanItem(id), actionText(id)));
            setRemoved(null);
          }}
        />

        <SubmitButton label="Save plan and see your summary" />
      </form>
    </>
  );
}
