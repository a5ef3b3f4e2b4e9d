import { Link } from 'react-router';
import { paths } from '../../routing/paths';
import { useHydrated } from '../../components/useHydrated';
import { LastRoundLine } from './LastRoundLine';

interface Props {
  started: boolean;
  /** Every question has an answer: a finished round, whose results are ready to see. */
  complete: boolean;
  onContinue(): void;
  /** A finished round: open "Start a new round", which keeps this one in the history. */
  onNextRound(): void;
  /** An unfinished round: ask before clearing its answers. */
  onClear(): void;
}

/**
 * "Start now" for a first visit; "Continue where you left off" for someone part-way through; for a
 * finished round, "Start your next round" before "See your results" (issue 25). The landing is
 * rendered at build time, before anyone's answers are known, so that HTML holds all three, and an
 * inline script marks a returning visitor and a finished round before the first paint
 * (src/build/prerender/scripts.ts): the styles then show the right one, and nothing moves when the
 * app takes over and keeps only it.
 */
export function StartButtons({ started, complete, onContinue, onNextRound, onClear }: Props) {
  const hydrated = useHydrated();
  const marked = (key: string) => (hydrated ? undefined : key);
  const fresh = (
    <div className="button-group" data-prerendered-for={marked('new')}>
      <Link to={paths.aboutYou.href()} className="button">
        Start now
      </Link>
    </div>
  );
  const unfinished = (
    <div className="button-group" data-prerendered-for={marked('unfinished')}>
      <button type="button" className="button" onClick={onContinue}>
        Continue where you left off
      </button>
      <button type="button" className="button secondary" onClick={onClear}>
        Clear my answers
      </button>
    </div>
  );
  // "Start your next round" keeps this round as history: it never deletes anything.
  const finished = (
    <div className="finished-round" data-prerendered-for={marked('complete')}>
      <LastRoundLine />
      <div className="button-group">
        <button type="button" className="button" onClick={onNextRound}>
          Start your next round
        </button>
        <Link to={paths.results.href()} className="button secondary">
          See your results
        </Link>
      </div>
      <p className="hint">
        Your answers are kept as history, so that you can see what has moved.{' '}
        <Link to={paths.check.href()}>Check or change your answers</Link>
      </p>
    </div>
  );
  if (!hydrated)
    return (
      <>
        {fresh}
        {unfinished}
        {finished}
      </>
    );
  return !started ? fresh : complete ? finished : unfinished;
}
