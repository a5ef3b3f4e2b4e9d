import { Link } from 'react-router';
import { DownloadButton } from '../../components/DownloadButton';
import { paths } from '../../routing/paths';
import { csvText } from '../../domain/csv/csvText';
import { SECTOR_CSV_NAME, sectorRows } from '../../domain/sector/sectorCsv';
import { SECTOR_FILE_NAME, sectorFile } from '../../domain/sector/sectorFile';
import type { SectorView } from '../../domain/sector/sectorView';
import { useContent } from '../../components/content/ContentContext';

/** The report for the Board, and the sector's figures as files: no labels and no group's own row. */
export function SectorDownloads({ view }: { view: SectorView }) {
  const { checklist, scale } = useContent();
  return (
    <section aria-labelledby="share-sector-title">
      <h2 id="share-sector-title">Report and share the sector's figures</h2>
      <p>
        The report and both files hold the sector's figures only: pooled answers, the median group
        and the range. No label and no group's own figures are in them, so no one can make a league
        table from them.
      </p>
      <ul className="link-list">
        <li>
          <Link to={paths.sectorReport.href()}>Print the report for the Board</Link>
        </li>
        <li>
          <DownloadButton
            file={() => ({
              text: JSON.stringify(sectorFile(view.figures, new Date()), null, 2),
              name: SECTOR_FILE_NAME,
            })}
          >
            Save the sector file for councils
          </DownloadButton>{' '}
          (a leader or facilitator opens it to set their own results beside the sector)
        </li>
        <li>
          <DownloadButton
            file={async () => ({
              text: await csvText(sectorRows(view, checklist, scale)),
              name: SECTOR_CSV_NAME,
              type: 'text/csv',
            })}
          >
            Download the sector's figures for a spreadsheet (CSV)
          </DownloadButton>
        </li>
      </ul>
    </section>
  );
}
