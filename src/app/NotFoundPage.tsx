import { Link } from 'react-router';
import { PageHeading } from '../components/PageHeading';

export function NotFoundPage() {
  return (
    <>
      <PageHeading title="Page not found" />
      <p>
        If you followed a link, it may be out of date. <Link to="/">Go to the start page</Link>.
      </p>
    </>
  );
}
