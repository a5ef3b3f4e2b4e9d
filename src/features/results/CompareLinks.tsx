import { Link } from 'react-router';
import { OpenToRender } from '../../components/OpenToRender';
import { paths } from '../../routing/paths';
import { dateFormat } from '../../domain/display';
import { useSnapshotStore } from '../../state/snapshotStore';

/** Results can be compared with any earlier snapshot: a list one click away, not printed. */
export function CompareLinks() {
  const snapshots = useSnapshotStore((s) => s.snapshots);
  if (snapshots.length === 0) return null;
  return (
    <OpenToRender className="results-more no-print" summary="Compare with an earlier snapshot">
      <ul>
        {[...snapshots].reverse().map((s) => (
          <li key={s.id}>
            <Link to={paths.compare.href(s.id)}>
              {s.label},{' '}
              {dateFormat({ dateStyle: 'long', timeStyle: 'short' }).format(new Date(s.savedAt))}
            </Link>
          </li>
        ))}
      </ul>
    </OpenToRender>
  );
}
