import { Link } from 'react-router';
import { paths } from '../../components/paths';
import { useHydrated } from '../../components/useHydrated';

interface Props {
  started: boolean;
  /** Every question has an answer: results are ready to see. */
  complete: boolean;
  onContinue(): void;
  onStartAgain(): void;
}

/**
 * "Start now" for a first visit; "Continue where you left off" for someone with saved answers. The
 * landing is rendered at build time, before anyone's answers are known, so that HTML holds both, and
 * an inline script marks a returning visitor before the first paint (src/build/prerender/scripts.ts):
 * the styles then show the right one, and nothing moves when the app takes over and keeps only it.
 */
export function StartButtons({ started, complete, onContinue, onStartAgain }: Props) {
  const hydrated = useHydrated();
  const fresh = (
    <div className="button-group" data-prerendered-for={hydrated ? undefined : 'new'}>
      <Link to={paths.aboutYou.href()} className="button">
        Start now
      </Link>
    </div>
  );
  const returning = (
    <div className="button-group" data-prerendered-for={hydrated ? undefined : 'returning'}>
      <button type="button" className="button" onClick={onContinue}>
        Continue where you left off
      </button>
      <button type="button" className="button secondary" onClick={onStartAgain}>
        Start again
      </button>
      {(complete || !hydrated) && (
        <Link to={paths.results.href()} data-prerendered-for={hydrated ? undefined : 'complete'}>
          See your results
        </Link>
      )}
    </div>
  );
  if (!hydrated)
    return (
      <>
        {fresh}
        {returning}
      </>
    );
  return started ? returning : fresh;
}
