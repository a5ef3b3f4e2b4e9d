import { Link } from 'react-router';
import { PageHeading } from '../../components/PageHeading';
import { paths } from '../../routing/paths';
import { DeleteAllSection } from './DeleteAllSection';
import { ExportSection } from './ExportSection';
import { ImportSection } from './ImportSection';
import { SnapshotsSection } from './SnapshotsSection';

/** Keep, move and compare: files, snapshots, and deleting everything. */
export function YourDataPage() {
  return (
    <>
      <PageHeading title="Save, move and compare" />
      <p className="lead">
        Your assessment is kept in this browser only. Here you can copy it, move it and compare it.
      </p>
      <p>
        Earlier rounds and snapshots, and what moved between them, are on{' '}
        <Link to={paths.history.href()}>your history</Link> page.
      </p>
      <ExportSection />
      <ImportSection />
      <SnapshotsSection />
      <DeleteAllSection />
    </>
  );
}
