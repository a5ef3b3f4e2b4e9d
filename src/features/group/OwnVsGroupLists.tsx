import type { OwnVsGroupAction } from '../../domain/group/ownVsGroup';
import { useContent } from '../../components/content/ContentContext';
import { groupAnswers, othersAnswered, yourAnswer } from './describe';

/** Where the member is the outlier: two or more points from everyone else. */
export function StandApartList({ actions }: { actions: OwnVsGroupAction[] }) {
  const { index, scale } = useContent();
  return (
    <>
      <h2>Where you stand apart</h2>
      {actions.length === 0 ? (
        <p>
          Nowhere: on every action someone else answered within one point of you, or between you and
          the others.
        </p>
      ) : (
        <>
          <p>
            The actions where your answer is two or more points from everyone else's. Worth asking:
            what do you see that they do not, or what do they see?
          </p>
          <ul className="own-vs-group-list" id="stand-apart-list">
            {actions.map((a) => (
              <li key={a.actionId}>
                <span className="caption">{index.sectionOf(a.sectionId).title}</span>
                <strong>{index.actionText(a.actionId)}</strong>
                <br />
                You answered “{yourAnswer(a, scale)}”; {othersAnswered(a.others, scale)}.
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

/** Where every answer in the group was within one point of the others. */
export function GroupAgreesList({
  actions,
  total,
  showOwn,
}: {
  actions: OwnVsGroupAction[];
  total: number;
  showOwn: boolean;
}) {
  const { index, scale } = useContent();
  return (
    <>
      <h2>Where the group agrees</h2>
      {actions.length === 0 ? (
        <p>On no action were all the group's answers within one point of each other.</p>
      ) : (
        <>
          <p>
            On {actions.length} of {total} actions, every answer was within one point of the others.
          </p>
          <details>
            <summary>
              Show the {actions.length} {actions.length === 1 ? 'action' : 'actions'}
            </summary>
            <ul className="own-vs-group-list" id="agrees-list">
              {actions.map((a) => (
                <li key={a.actionId}>
                  <strong>{index.actionText(a.actionId)}</strong>
                  <br />
                  The group: {groupAnswers(a, scale)}.
                  {showOwn && ` You: “${yourAnswer(a, scale)}”.`}
                </li>
              ))}
            </ul>
          </details>
        </>
      )}
    </>
  );
}
