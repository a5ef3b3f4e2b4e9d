import { Link } from 'react-router';
import { PageHeading } from '../../components/PageHeading';
import { paths } from '../../routing/paths';

export function DataDeletedPage() {
  return (
    <>
      <PageHeading title="All your data has been deleted" />
      <p>Nothing from this app is stored in this browser any more.</p>
      <p>
        <Link to={paths.home.href()}>Go to the start page</Link>
      </p>
    </>
  );
}
