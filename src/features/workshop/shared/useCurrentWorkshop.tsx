import { Outlet, useOutletContext, useParams } from 'react-router';
import { Link } from 'react-router';
import { PageHeading } from '../../../components/PageHeading';
import { paths } from '../../../routing/paths';
import type { Workshop } from '../../../domain/workshop/workshop';
import { useWorkshopStore } from '../../../state/workshopStore';

/** Finds the workshop named in the address, for every page under /workshops/:id. */
export function WorkshopGate() {
  const { id } = useParams();
  const workshop = useWorkshopStore((s) => s.workshops.find((w) => w.id === id));
  if (!workshop) return <WorkshopNotFound />;
  return <Outlet context={workshop} />;
}

export function WorkshopNotFound() {
  return (
    <>
      <PageHeading title="Workshop not found" />
      <p>
        There is no workshop at this address on this device. Workshops are kept only in the browser
        they were created or imported in.
      </p>
      <p>
        <Link to={paths.workshops.href()}>See your workshops</Link>
      </p>
    </>
  );
}

export const useCurrentWorkshop = () => useOutletContext<Workshop>();
