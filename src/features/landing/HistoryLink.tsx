import { Link } from 'react-router';
import { paths } from '../../routing/paths';
import { useHydrated } from '../../components/useHydrated';
import { useHistoryEntries } from '../../state/historyReads';

/** On the start page, once there is a history: the way back to it. */
export function HistoryLink() {
  const entries = useHistoryEntries();
  // Saved data: not in the landing rendered at build time, so not while React takes it over.
  const hydrated = useHydrated();
  if (!hydrated || entries.length === 0) return null;
  return (
    <p>
      <Link to={paths.history.href()}>See your history: earlier rounds and what moved</Link>
    </p>
  );
}
