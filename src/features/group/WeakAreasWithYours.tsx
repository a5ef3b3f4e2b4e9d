import { WeakAreaCard } from '../../components/results/WeakAreaCard';
import type { OwnVsGroup } from '../../domain/group/ownVsGroup';
import { formatScore } from '../../domain/display';
import { groupAnswers, yourAnswer } from './describe';
import { useContent } from '../../components/content/ContentContext';

/** The group's weakest areas, the member's own answer on each, and the research beside them. */
export function WeakAreasWithYours({
  areas,
  showOwn,
}: {
  areas: OwnVsGroup['weak'];
  showOwn: boolean;
}) {
  const { scale } = useContent();
  return (
    <>
      <h2>The group's weakest areas</h2>
      {areas.length === 0 ? (
        <p>No action has a group average of “To some extent” or below.</p>
      ) : (
        <>
          <p>
            The actions with the group's lowest average answers, with what other council leaders
            said, the Audit Commission's recommendations and examples from other councils.
          </p>
          {areas.map((area, i) => (
            <WeakAreaCard key={area.actionId} subject="the group's" area={area} rank={i + 1}>
              <p>
                Group score <strong>{formatScore(area.score)}</strong>. The group:{' '}
                {groupAnswers(area, scale)}.
                {showOwn && (
                  <>
                    {' '}
                    You: <strong>“{yourAnswer(area, scale)}”</strong>.
                  </>
                )}
              </p>
            </WeakAreaCard>
          ))}
        </>
      )}
    </>
  );
}
