import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { JsonFileField } from '../../components/form/JsonFileField';
import { PageHeading } from '../../components/PageHeading';
import { paths } from '../../routing/paths';
import { readFileText } from '../../components/readFileText';
import { groupFigures } from '../../domain/group/figures';
import { scoreAssessment } from '../../domain/scoring/score';
import { groupScores } from '../../domain/sector/groupScores';
import { readSectorFile } from '../../domain/sector/sectorFile';
import type { SectorFigures } from '../../domain/sector/sectorFigures';
import { sectorView } from '../../domain/sector/sectorView';
import { standAgainst, type ScoresToCompare } from '../../domain/sector/standing';
import { useAssessmentStore } from '../../state/assessmentStore';
import { useWorkshopStore } from '../../state/workshopStore';
import { useResultsContent } from '../../components/content/useResearch';
import { BesideActionCharts } from './BesideActionCharts';
import { BesideChart } from './BesideChart';

/**
 * A leader's own results, or a workshop group's, beside the figures of a sector file that a programme
 * sent. Worked out on this device; the file holds the sector's figures only.
 */
export function BesideSectorPage() {
  const content = useResultsContent();
  const { checklist, scale } = content;
  const [sector, setSector] = useState<SectorFigures | null>(null);
  const [error, setError] = useState<string>();
  const [whose, setWhose] = useState('you');
  const answers = useAssessmentStore((s) => s.assessment.answers);
  const workshops = useWorkshopStore((s) => s.workshops);

  const open = async (file: File) => {
    const text = await readFileText(file);
    const read = text.ok ? readSectorFile(text.value, checklist, scale) : text;
    if (read.ok) {
      setSector(read.value);
      setError(undefined);
    } else setError(`“${file.name}” could not be opened: ${read.message}`);
  };

  const compared = useMemo(() => {
    if (!sector) return null;
    const view = sectorView(sector, content);
    const workshop = workshops.find((w) => w.id === whose);
    if (!workshop) {
      const own = scoreAssessment(checklist, scale, answers);
      const scores: ScoresToCompare = {
        actions: new Map(own.actions.map((a) => [a.actionId, a.score])),
        sections: new Map(own.sections.map((s) => [s.sectionId, s.score])),
        overall: own.overall,
      };
      return { who: 'You', standing: standAgainst(scores, view) };
    }
    const figures = groupFigures(workshop, checklist, scale);
    if (!figures.ok) return { who: workshop.title, problem: figures.message };
    return {
      who: `“${workshop.title}”`,
      standing: standAgainst(groupScores(figures.value, checklist), view),
    };
  }, [sector, whose, answers, workshops, content, checklist, scale]);

  return (
    <>
      <PageHeading title="Beside the sector" caption="Results" />
      <p className="lead">
        A programme officer can send councils a sector file: the figures of many councils' groups
        combined, with no council named. Open it to see your results, or a workshop group's, beside
        the sector.
      </p>
      <JsonFileField
        id="sector-file"
        label="Open the sector file"
        hint="The file the programme sent, named key-actions-sector-picture.json."
        error={error}
        onFile={(file) => void open(file)}
      />
      {sector && (
        <>
          <div className="form-group">
            <label htmlFor="beside-whose">Whose results</label>
            <select id="beside-whose" value={whose} onChange={(e) => setWhose(e.target.value)}>
              <option value="you">Your own answers on this device</option>
              {workshops.map((w) => (
                <option key={w.id} value={w.id}>
                  The group at “{w.title}”
                </option>
              ))}
            </select>
          </div>
          {compared && 'problem' in compared ? (
            <p>
              {compared.who}’s results cannot be set beside the sector: {compared.problem}
            </p>
          ) : (
            compared && (
              <>
                <BesideChart
                  id="beside-chart"
                  standing={compared.standing}
                  who={compared.who}
                  headingLevel={2}
                />
                <BesideActionCharts
                  id="beside-actions"
                  standing={compared.standing}
                  who={compared.who}
                  headingLevel={2}
                />
              </>
            )
          )}
        </>
      )}
      <p>
        <Link to={paths.results.href()}>See your own results</Link>
      </p>
    </>
  );
}
