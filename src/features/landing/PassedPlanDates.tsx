import { Link } from 'react-router';
import { paths } from '../../routing/paths';
import { useHydrated } from '../../components/useHydrated';
import { useContent } from '../../components/content/ContentContext';
import { formatDate } from '../../domain/display';
import { todayIso } from '../../domain/plan/date';
import { useAssessmentStore } from '../../state/assessmentStore';

/** On the landing, after the app has taken it over: the plan's dates that have passed (issue 25). */
export function PassedPlanDates() {
  const { actionText } = useContent().index;
  const hydrated = useHydrated();
  const plan = useAssessmentStore((s) => s.assessment.plan);
  if (!hydrated) return null;
  const today = todayIso();
  const passed = plan.filter((p) => p.byWhen !== null && p.byWhen < today);
  if (passed.length === 0) return null;
  return (
    <div className="inset" role="note" aria-labelledby="passed-dates-title">
      <h2 id="passed-dates-title">
        {passed.length === 1 ? 'A date in your plan has passed' : 'Dates in your plan have passed'}
      </h2>
      <ul>
        {passed.map((p) => (
          <li key={p.actionId}>
            {actionText(p.actionId)}: by {formatDate(p.byWhen!)}
            {p.what && <> (“{p.what}”)</>}
          </li>
        ))}
      </ul>
      <p>
        Starting your next round, you say what became of each.{' '}
        <Link to={paths.plan.href()}>See your plan</Link>
      </p>
    </div>
  );
}
