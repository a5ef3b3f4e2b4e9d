import { formatScore } from '../../../domain/display';
import { describeChange, type Change } from '../../../domain/scoring/compare';
import { useContent } from '../../../components/content/ContentContext';

/** The group's scores at the earlier workshop, as two more columns of the printed scores table. */
export interface ScoresThen {
  /** "2 Nov 2026": the earlier workshop's date. */
  label: string;
  sections: Change[];
  overall: Change;
}

export function ThenHeaders({ label }: { label: string }) {
  return (
    <>
      <th scope="col" className="num">
        Then ({label})
      </th>
      <th scope="col">Change</th>
    </>
  );
}

export function ThenCells({ change }: { change: Change }) {
  const { scale } = useContent();
  return (
    <>
      <td className="num">{formatScore(change.before)}</td>
      <td>{describeChange(change, scale.notSure.label)}</td>
    </>
  );
}
