import { Link } from 'react-router';
import { paths } from '../../components/paths';
import { useSnapshotStore } from '../../state/snapshotStore';

/** Results can be compared with any earlier snapshot. */
export function CompareLinks() {
  const snapshots = useSnapshotStore((s) => s.snapshots);
  if (snapshots.length === 0) return null;
  return (
    <section aria-labelledby="compare-title" className="no-print">
      <h2 id="compare-title">Compare with an earlier snapshot</h2>
      <ul>
        {[...snapshots].reverse().map((s) => (
          <li key={s.id}>
            <Link to={paths.compare.href(s.id)}>
              {s.label},{' '}
              {new Date(s.savedAt).toLocaleString('en-GB', {
                dateStyle: 'long',
                timeStyle: 'short',
              })}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
