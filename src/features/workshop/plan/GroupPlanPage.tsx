import { Link } from 'react-router';
import { PageHeading } from '../../../components/PageHeading';
import { paths } from '../../../routing/paths';
import { formatDate } from '../../../domain/display';
import { PLAN_LIMITS } from '../../../domain/plan/planItem';
import { PlanFull } from '../../../components/PlanFull';
import { useWorkshopStore } from '../../../state/workshopStore';
import { useCurrentWorkshop } from '../shared/useCurrentWorkshop';
import { useContent } from '../../../components/content/ContentContext';
import { useGroupWeakest } from '../shared/useGroupReport';

/** The group action plan: the actions the group agreed, each with an owner, a date and a measure. */
export function GroupPlanPage() {
  const { index } = useContent();
  const workshop = useCurrentWorkshop();
  const setPlan = useWorkshopStore((s) => s.setPlan);
  const weak = useGroupWeakest(workshop);
  const { plan } = workshop;
  const full = plan.length >= PLAN_LIMITS.maxItems;
  const suggestions = workshop.revealed
    ? weak.filter((id) => !plan.some((p) => p.actionId === id))
    : [];

  return (
    <>
      <Link to={paths.workshop.href(workshop.id)} className="back-link">
        Back to the workshop
      </Link>
      <PageHeading title="Group action plan" caption={workshop.title} />
      <p>
        Agree up to {PLAN_LIMITS.maxItems} actions as a group: what you will do, who owns it, by
        when, and how you will know it is working.
      </p>
      {plan.length === 0 ? (
        <p>No group actions agreed yet.</p>
      ) : (
        <ol className="plan-list">
          {plan.map((item, i) => (
            <li key={i} className="card">
              <h2 className="plan-action">{index.actionText(item.actionId)}</h2>
              <dl className="plan-details">
                <dt>What we will do</dt>
                <dd>{item.what}</dd>
                <dt>Owner</dt>
                <dd>{item.who || 'Not given'}</dd>
                <dt>By when</dt>
                <dd>{item.byWhen ? formatDate(item.byWhen) : 'Not given'}</dd>
                <dt>How we will know it is working</dt>
                <dd>{item.measure || 'Not given'}</dd>
              </dl>
              <p className="plan-item-actions">
                <Link to={paths.workshopPlanItem.href(workshop.id, i)}>
                  Change <span className="visually-hidden">group action {i + 1}</span>
                </Link>
                <button
                  type="button"
                  className="link-button"
                  onClick={() =>
                    setPlan(
                      workshop.id,
                      plan.filter((_, j) => j !== i),
                    )
                  }
                >
                  Remove <span className="visually-hidden">group action {i + 1}</span>
                </button>
              </p>
            </li>
          ))}
        </ol>
      )}
      {full ? (
        <PlanFull whose="The plan" />
      ) : (
        <div className="button-group">
          <Link to={paths.workshopPlanItem.href(workshop.id, 'new')} className="button">
            Add a group action
          </Link>
        </div>
      )}
      {!full && suggestions.length > 0 && (
        <>
          <h2>Suggested: the group's weakest areas</h2>
          <ul>
            {suggestions.map((id) => (
              <li key={id}>
                <Link
                  to={`${paths.workshopPlanItem.href(workshop.id, 'new')}?action=${encodeURIComponent(id)}`}
                >
                  Plan an action for “{index.actionText(id)}”
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
      {plan.length > 0 && workshop.revealed && (
        <p>
          <Link to={paths.workshopSummary.href(workshop.id)}>
            Print the group summary with this plan
          </Link>
        </p>
      )}
    </>
  );
}
