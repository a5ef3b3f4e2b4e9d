import { useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { PageHeading } from '../../components/PageHeading';
import { paths } from '../../routing/paths';
import { decodeGroupCode } from '../../domain/group/groupCode';
import { ownVsGroup } from '../../domain/group/ownVsGroup';
import { useAssessmentStore } from '../../state/assessmentStore';
import { EveryActionTable } from './EveryActionTable';
import { useResultsContent } from '../../components/content/useResearch';
import { GroupAgreesList, StandApartList } from './OwnVsGroupLists';
import { OpenGroupResults } from './OpenGroupResults';
import { WeakAreasWithYours } from './WeakAreasWithYours';
import './group.css';

/**
 * A member's own answers against the group's, from the group-results code in the address (a phone's
 * camera app opens it) or a pasted code or file. Worked out on this device; nothing is sent anywhere.
 */
export function YouAndGroupPage() {
  const { code } = useParams();
  const content = useResultsContent();
  const { checklist, scale } = content;
  const figures = useMemo(
    () => (code ? decodeGroupCode(code, checklist, scale) : null),
    [code, checklist, scale],
  );
  const answers = useAssessmentStore((s) => s.assessment.answers);
  const answered = Object.keys(answers).length;
  const result = useMemo(
    () => (figures?.ok ? ownVsGroup(answers, figures.value, content) : null),
    [answers, figures, content],
  );

  if (!result) {
    return (
      <>
        <PageHeading title="You and the group" caption="Workshop results" />
        {figures && !figures.ok && (
          <div className="notice error" role="alert">
            <h2>These group results could not be opened</h2>
            <p>The code in the address could not be opened: {figures.message}</p>
          </div>
        )}
        <p className="lead">
          After a workshop, the facilitator shows a QR code of the group results. Scan it with your
          phone's camera, or paste the code or open the file here, to see your own answers against
          the group's.
        </p>
        <OpenGroupResults />
      </>
    );
  }

  return (
    <>
      <PageHeading title="You and the group" caption="Workshop results" />
      <p className="lead">
        Your answers on this device against the answers of the {result.participants} people in the
        workshop.
      </p>
      <p>
        This page is worked out on your device. Your answers are not sent anywhere, and the group
        results hold only how many people gave each answer: no names and no one's answers.
      </p>
      {answered === 0 && (
        <div className="notice" role="note">
          <p>
            There are no answers of yours on this device, so you see the group's figures only.{' '}
            <Link to={paths.home.href()}>Answer the questions</Link> and come back to this address
            to compare.
          </p>
        </div>
      )}
      {answered > 0 && <StandApartList actions={result.standApart} />}
      <GroupAgreesList
        actions={result.agrees}
        total={result.actions.length}
        showOwn={answered > 0}
      />
      <WeakAreasWithYours areas={result.weak} showOwn={answered > 0} />
      <EveryActionTable actions={result.actions} showOwn={answered > 0} />
      <p>
        <Link to={paths.results.href()}>See your own results</Link>
      </p>
    </>
  );
}
