import { Link } from 'react-router';
import { ChartPrintContext } from '../../components/charts/chartName';
import { PageHeading } from '../../components/PageHeading';
import { paths } from '../../routing/paths';
import { MIN_GROUPS_FOR_PICTURE } from '../../domain/sector/sectorFigures';
import { SectorPicture } from './SectorPicture';
import { useContent } from '../../components/content/ContentContext';
import { useSectorView } from './useSectorView';
import './sector.css';

/** The sector picture on A4 for the Board: the same figures as the page, without its controls. */
export function SectorReportPage() {
  const { checklist } = useContent();
  const view = useSectorView();
  if (!view) {
    return (
      <>
        <PageHeading title="The sector picture: report" caption="For the Board" />
        <p>
          The report needs the results of at least {MIN_GROUPS_FOR_PICTURE} groups.{' '}
          <Link to={paths.sector.href()}>Add group results</Link>
        </p>
      </>
    );
  }
  // Printed for the Board: the charts drawn at the printed width, in black and white (decision 012).
  return (
    <ChartPrintContext value>
      <div className="sector-report">
        <p className="no-print">
          <Link to={paths.sector.href()}>Back to the sector picture</Link> ·{' '}
          <button type="button" className="link-button" onClick={() => window.print()}>
            Print this report
          </button>
        </p>
        <PageHeading title="The sector picture" caption={`${checklist.title}: report`} />
        <p>
          Councils' group results from workshops on the leaflet "{checklist.title}", combined. No
          council is named or ranked: the figures are pooled answers, the median group and the
          range. Scores are out of 100: 0 is “Not at all” on every action, 100 “Fully – it is how we
          work”.
        </p>
        <SectorPicture view={view} report />
      </div>
    </ChartPrintContext>
  );
}
