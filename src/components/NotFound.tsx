import { Link } from 'react-router';
import { PageHeading } from './PageHeading';
import { paths } from '../routing/paths';

export function NotFound() {
  return (
    <>
      <PageHeading title="Page not found" />
      <p>
        If you followed a link, it may be out of date.{' '}
        <Link to={paths.home.href()}>Go to the start page</Link>.
      </p>
    </>
  );
}
