import { useEffect, useMemo, useRef, useState } from 'react';
import { toPlanItem } from '../../domain/plan/planForm';
import type { PlanFormItem } from '../../domain/plan/planFormSchema';
import type { PlanItem } from '../../domain/plan/planItem';
import { useAssessmentStore } from '../../state/assessmentStore';
import { writeDateDraft } from './planDateDraft';

// Read when needed, not as rendered: this page's own save may have changed it since the render.
const savedNow = () => useAssessmentStore.getState().assessment.plan;

const same = (a: readonly PlanItem[], b: readonly PlanItem[]) =>
  JSON.stringify(a) === JSON.stringify(b);

/**
 * Saves the plan form on every change, but never over a plan changed in another tab (issue 26 item 2)
 * or deleted there (item 1). The page remembers the plan it last saved or took in; a save is made
 * from that plan only. When the saved plan changes under the page: with nothing unsaved here, the
 * page simply shows the new plan and says so; with unsaved changes here, it stops saving and asks.
 */
export function usePlanAutosave(
  items: readonly PlanFormItem[],
  show: (plan: readonly PlanItem[]) => void,
) {
  const savedPlan = useAssessmentStore((s) => s.assessment.plan);
  const setPlan = useAssessmentStore((s) => s.setPlan);
  const written = useRef<readonly PlanItem[]>(savedPlan);
  const [conflict, setConflict] = useState(false);
  const [followed, setFollowed] = useState(false);
  const formPlan = useMemo(() => items.map((item) => toPlanItem(item)), [items]);

  // Saved on every change, like the answers (the first proposal too, once shown).
  useEffect(() => {
    writeDateDraft(items);
    if (conflict || same(formPlan, written.current)) return;
    const result = setPlan(formPlan, written.current);
    if (result.kind === 'saved') written.current = formPlan;
    else if (result.kind === 'changed-elsewhere') setConflict(true);
  }, [items, formPlan, conflict, setPlan]);

  // Another tab saved, or deleted, the plan.
  useEffect(() => {
    const saved = savedNow();
    if (same(saved, written.current)) return;
    if (same(formPlan, written.current)) {
      written.current = saved;
      show(saved);
      setFollowed(true);
    } else setConflict(true);
    // Only when the saved plan changes: typing here is the effect above.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [savedPlan]);

  return {
    conflict,
    followed,
    /** Shows the plan as saved, leaving what was typed here since. */
    takeSaved: () => {
      written.current = savedNow();
      show(written.current);
      setConflict(false);
    },
    /** Saves the plan on this page over the one saved elsewhere, as the user chose. */
    keepThis: () => {
      if (setPlan(formPlan, savedNow()).kind === 'saved') written.current = formPlan;
      setConflict(false);
    },
  };
}
