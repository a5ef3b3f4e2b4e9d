import { Link } from 'react-router';
import { PageHeading } from '../../components/PageHeading';
import { RenderLater } from '../../components/RenderLater';
import { paths } from '../../routing/paths';
import { ActionChangesTable } from './ActionChangesTable';
import { HistoryChart } from './HistoryChart';
import { roundDate } from '../../domain/display';
import { PlanReviews } from './PlanReviews';
import { ReminderSection } from './ReminderSection';
import { RoundsTable } from './RoundsTable';
import { useContent } from '../../components/content/ContentContext';
import { useRoundReport } from '../../state/personalReport';
import { useHistoryPoints } from './useHistoryPoints';

/** Every round and snapshot on this device: scores over time, what moved, and how each plan went. */
export function HistoryPage() {
  const content = useContent();
  // Worked out once here, from the content and what is saved; each part below is given its piece.
  const { entries, toReview: reviewable } = useRoundReport(content);
  const { points, scores, byId } = useHistoryPoints(content, entries);

  if (points.length < 2) {
    return (
      <>
        <PageHeading title="Your history" />
        <p className="lead">
          Your history shows how your answers move from one round to the next. There is nothing to
          compare yet.
        </p>
        <p>
          When you have finished a round, choose “Start again” on the start page: the round is kept
          here and you start a new one. You can also keep a snapshot at any time on the{' '}
          <Link to={paths.yourData.href()}>Save, move and compare</Link> page.
        </p>
        <ReminderSection />
      </>
    );
  }

  const previous = points.at(-2)!;
  const latest = points.at(-1)!;
  const kept = points.filter((p) => p.label !== 'Now').length;
  return (
    <>
      <PageHeading title="Your history" />
      <p className="lead">
        {kept} earlier {kept === 1 ? 'round or snapshot' : 'rounds and snapshots'} kept on this
        device, from {roundDate(points[0]!.date)}
        {latest.label === 'Now' ? ', and your answers now' : ` to ${roundDate(latest.date)}`}.
        Nothing is sent anywhere.
      </p>
      <HistoryChart scores={scores} />
      {/* Above: the first screen, painted first. The rest follows a part a turn. */}
      <RenderLater>
        <RoundsTable scores={scores} />
        <ActionChangesTable
          earlier={previous.answers}
          later={latest.answers}
          sinceLabel={roundDate(previous.date)}
        />
      </RenderLater>
      <RenderLater>
        <PlanReviews points={points} byId={byId} reviewable={reviewable?.id ?? null} />
        <ReminderSection />
        <div className="button-group no-print">
          <Link to={paths.results.href()}>Your results</Link>
          <Link to={paths.yourData.href()}>Save, move and compare</Link>
        </div>
      </RenderLater>
    </>
  );
}
