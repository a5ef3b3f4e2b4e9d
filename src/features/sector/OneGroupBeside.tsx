import { useMemo, useState } from 'react';
import { groupScores } from '../../domain/sector/groupScores';
import { standAgainst } from '../../domain/sector/standing';
import type { SectorView } from '../../domain/sector/sectorView';
import { useSectorStore } from '../../state/sectorStore';
import { useContent } from '../../components/content/ContentContext';
import { BesideActionCharts } from './BesideActionCharts';
import { BesideChart } from './BesideChart';

/** One group chosen by its label, beside the sector: the only other place a label is shown. */
export function OneGroupBeside({ view }: { view: SectorView }) {
  const { checklist } = useContent();
  const entries = useSectorStore((s) => s.entries);
  const [chosen, setChosen] = useState('');
  const entry = entries.find((e) => e.id === chosen);
  const standing = useMemo(
    () => (entry ? standAgainst(groupScores(entry.figures, checklist), view) : null),
    [entry, view, checklist],
  );
  return (
    <section aria-labelledby="one-group-title">
      <h2 id="one-group-title">One group beside the sector</h2>
      <div className="form-group">
        <label htmlFor="one-group">Choose a group</label>
        <select id="one-group" value={chosen} onChange={(e) => setChosen(e.target.value)}>
          <option value="">Choose…</option>
          {entries.map((e) => (
            <option key={e.id} value={e.id}>
              {e.label}
            </option>
          ))}
        </select>
      </div>
      {entry && standing && (
        <>
          <BesideChart
            id="one-group-chart"
            standing={standing}
            who={`“${entry.label}”`}
            headingLevel={3}
          />
          <BesideActionCharts
            id="one-group-actions"
            standing={standing}
            who={`“${entry.label}”`}
            headingLevel={3}
          />
        </>
      )}
    </section>
  );
}
