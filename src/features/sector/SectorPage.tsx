import { Link } from 'react-router';
import { OpenToRender } from '../../components/OpenToRender';
import { PageHeading } from '../../components/PageHeading';
import { paths } from '../../routing/paths';
import { MIN_GROUPS_FOR_PICTURE } from '../../domain/sector/sectorFigures';
import { useSectorStore } from '../../state/sectorStore';
import { AddGroupResults } from './AddGroupResults';
import { GroupsCollected } from './GroupsCollected';
import { OneGroupBeside } from './OneGroupBeside';
import { SectorDownloads } from './SectorDownloads';
import { SectorPicture } from './SectorPicture';
import { useSectorView } from './useSectorView';

/**
 * For an officer running an innovation programme or a peer challenge: many councils' group results in
 * one picture, and a report for the Board. No names and no league table.
 */
const LIST_OPEN_UP_TO = 12;

export function SectorPage() {
  const count = useSectorStore((s) => s.entries.length);
  const view = useSectorView();
  return (
    <>
      <PageHeading title="The sector picture" caption="For programme officers" />
      <p className="lead">
        Collect councils' group results after their workshops and see the sector as a whole: where
        it is weakest, where councils differ and where they agree. The report and the files it makes
        hold the sector's figures only: no council is named or ranked.
      </p>
      <p>
        Everything here is kept on this device. Nothing is sent anywhere.{' '}
        <Link to={paths.privacy.href()}>Privacy</Link>
      </p>
      <AddGroupResults />
      <h2>The groups on this device</h2>
      {count > LIST_OPEN_UP_TO ? (
        // A programme's hundreds of councils: listed when asked for, so the picture opens at once.
        <OpenToRender summary={`Show the ${count} groups, to rename or remove one`}>
          <GroupsCollected />
        </OpenToRender>
      ) : (
        <GroupsCollected />
      )}
      {view ? (
        <>
          <SectorPicture view={view} />
          <OneGroupBeside view={view} />
          <SectorDownloads view={view} />
        </>
      ) : (
        <div className="notice" role="note">
          <h2>The picture needs at least {MIN_GROUPS_FOR_PICTURE} groups</h2>
          <p>
            {count === 0 ? 'No group has' : count === 1 ? 'One group has' : `${count} groups have`}{' '}
            been added. The picture is shown from {MIN_GROUPS_FOR_PICTURE} groups: with two, each
            council could subtract its own results from the sector's and read the other's.
          </p>
        </div>
      )}
    </>
  );
}
