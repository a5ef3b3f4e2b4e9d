import { useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { useContent } from '../../components/content/ContentContext';
import { describeChange, type Change } from '../../domain/scoring/compare';
import { compareReport } from '../../domain/report/compareReport';
import { formatDateTime, formatScore } from '../../domain/display';
import { ChartFrame } from '../../components/ChartFrame';
import { DataTable } from '../../components/DataTable';
import { ScoreBars } from '../../components/charts/ScoreBars';
import { NotFound } from '../../components/NotFound';
import { PageHeading } from '../../components/PageHeading';
import { paths } from '../../routing/paths';
import { useAssessmentStore } from '../../state/assessmentStore';
import { useSnapshotStore } from '../../state/snapshotStore';

export function ComparePage() {
  const content = useContent();
  const { actionText, sectionById } = content.index;
  const formatChange = (c: Change) => describeChange(c, content.scale.notSure.label);
  const { snapshotId } = useParams();
  const snapshot = useSnapshotStore((s) => s.snapshots.find((x) => x.id === snapshotId));
  const current = useAssessmentStore((s) => s.assessment);
  // Worked out once here, from the content and what is saved; the parts below are given their piece.
  const report = useMemo(
    () => snapshot && compareReport(content, snapshot, current.answers),
    [content, snapshot, current.answers],
  );
  if (!snapshot || !report) return <NotFound />;
  const { comparison, actions, moved } = report;
  const when = formatDateTime(snapshot.savedAt);

  return (
    <>
      <Link to={paths.yourData.href()} className="back-link">
        Back to save, move and compare
      </Link>
      <PageHeading
        title="What has moved"
        caption={`Now compared with “${snapshot.label}”, ${when}`}
      />
      <p className="lead">
        Overall score: {formatScore(comparison.overall.before)} then,{' '}
        {formatScore(comparison.overall.after)} now (
        {formatChange(comparison.overall).toLowerCase()}). Actions done to a large extent or fully:{' '}
        {comparison.coverage.before} then, {comparison.coverage.after} now.
      </p>

      <ChartFrame
        id="compare-sections"
        title="Section scores, then and now"
        summary={`Section scores now against the snapshot from ${when}: ${comparison.sections
          .map((s) => `${sectionById.get(s.id)?.title} ${formatChange(s).toLowerCase()}`)
          .join('; ')}.`}
        chart={
          <ScoreBars
            axisLabel="Score out of 100"
            pair={{ now: 'Now', then: `Then (${when})` }}
            rows={comparison.sections.map((s) => ({
              label: sectionById.get(s.id)?.title ?? s.id,
              value: s.after,
              valueLabel: s.after === null ? 'No score now' : `${formatScore(s.after)} now`,
              then: {
                value: s.before,
                valueLabel: s.before === null ? 'No score then' : `${formatScore(s.before)} then`,
              },
            }))}
          />
        }
        table={
          <ChangeTable
            caption="Change in each section"
            rows={comparison.sections}
            label={(id) => sectionById.get(id)?.title ?? id}
          />
        }
      />

      <h2>Change in each action</h2>
      <p>
        {moved.length === 0
          ? 'No action has moved.'
          : `${moved.length} ${moved.length === 1 ? 'action has' : 'actions have'} moved; ${moved.length === 1 ? 'it is' : 'they are'} listed first.`}
      </p>
      <div className="table-scroll">
        <ChangeTable caption="Change in each action" rows={actions} label={actionText} />
      </div>
    </>
  );
}

function ChangeTable({
  caption,
  rows,
  label,
}: {
  caption: string;
  rows: Change[];
  label: (id: string) => string;
}) {
  const { scale } = useContent();
  const formatChange = (c: Change) => describeChange(c, scale.notSure.label);
  return (
    <DataTable
      caption={caption}
      columns={[
        { label: caption.includes('section') ? 'Section' : 'Action' },
        { label: 'Then', numeric: true },
        { label: 'Now', numeric: true },
        { label: 'Change', numeric: true },
      ]}
      rows={rows.map((r) => ({
        key: r.id,
        header: label(r.id),
        cells: [formatScore(r.before), formatScore(r.after), formatChange(r)],
      }))}
    />
  );
}
