import { PageHeading } from '../../../components/PageHeading';
import { capitalise, formatScore, listItemText } from '../../../domain/display';
import type { GroupView } from '../../../domain/workshop/groupView';

/** The behaviours of leaders in councils achieving more innovations, with the group's score for each. */
export function BehavioursSlide({ view }: { view: GroupView }) {
  return (
    <>
      <PageHeading
        title="What leaders in councils achieving more innovations do"
        caption="Creative Councils update, paragraph 16"
      />
      <p>Group score out of 100: the mean of each one's checklist actions.</p>
      <ul className="slide-list">
        {view.behaviours.map((b) => (
          <li key={b.findingId}>
            <span className="slide-item-title">{capitalise(listItemText(b.text))}</span>
            <span className="slide-item-figure">
              <strong>{formatScore(b.score)}</strong>
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
