import { DataTable } from '../../components/DataTable';
import type { OwnVsGroupAction } from '../../domain/group/ownVsGroup';
import { useContent } from '../../components/content/ContentContext';
import { groupAnswers, groupAverage, yourAnswer } from './describe';

/** Every action: the member's answer, the group's average (0–4) and how many gave each answer. */
export function EveryActionTable({
  actions,
  showOwn,
}: {
  actions: OwnVsGroupAction[];
  showOwn: boolean;
}) {
  const { index, scale } = useContent();
  return (
    <>
      <h2>Every action</h2>
      <div className="table-scroll">
        <DataTable
          caption="Your answer and the group's, in leaflet order. The average is on the scale from 0 “Not at all” to 4 “Fully – it is how we work”."
          columns={[
            { label: 'Action' },
            ...(showOwn ? [{ label: 'Your answer' }] : []),
            { label: 'Group average', numeric: true },
            { label: "The group's answers" },
          ]}
          rows={actions.map((a) => ({
            key: a.actionId,
            header: index.actionText(a.actionId),
            cells: [
              ...(showOwn ? [yourAnswer(a, scale)] : []),
              groupAverage(a),
              groupAnswers(a, scale),
            ],
          }))}
        />
      </div>
    </>
  );
}
