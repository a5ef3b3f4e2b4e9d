import type { Ref } from 'react';
import { Link } from 'react-router';
import { paths } from '../../../routing/paths';
import { capitalise } from '../../../domain/display';
import type { ReadItem } from './readResponses';

export interface Outcome {
  added: number;
  replaced: number;
  skipped: number;
  problems: ReadItem[];
  /** False when the browser would not save them: never report a write that did not happen. */
  saved: boolean;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** What happened to each file and code: what went in, and one message for each that could not. */
export function ImportOutcome({
  outcome,
  workshopId,
  ref,
}: {
  outcome: Outcome;
  workshopId: string;
  ref: Ref<HTMLDivElement>;
}) {
  const { added, replaced, skipped, problems, saved } = outcome;
  const done = [
    added > 0 && `${plural(added, 'response', 'responses')} added`,
    replaced > 0 && `${plural(replaced, 'response', 'responses')} replaced`,
  ].filter(Boolean);
  return (
    <div ref={ref} tabIndex={-1} className="import-outcome">
      {done.length > 0 && !saved && (
        <div className="notice error" role="alert">
          <h2>The responses have not been saved</h2>
          <p>
            This browser would not save them (see the message at the top of the page), so none has
            been added. Keep the files and codes, and add them again once there is room.
          </p>
        </div>
      )}
      {done.length > 0 && saved && (
        <div className="notice success" role="status">
          <h2>{done.join(', ')}</h2>
          <p>
            <Link to={paths.workshop.href(workshopId)}>Back to the workshop</Link>
          </p>
        </div>
      )}
      {(problems.length > 0 || skipped > 0) && (
        <div className="notice error" role="alert">
          <h2>
            {problems.length > 0
              ? `${plural(problems.length, 'response', 'responses')} could not be added`
              : 'Some responses could not be added'}
          </h2>
          <ul>
            {problems.map((p, i) => (
              <li key={i}>
                {capitalise(p.label)} could not be added: {p.result.ok ? '' : p.result.message}
              </li>
            ))}
            {skipped > 0 && (
              <li>
                {plural(skipped, 'response was', 'responses were')} left out because the workshop is
                full.
              </li>
            )}
          </ul>
          <p>Nothing already in the workshop has changed.</p>
        </div>
      )}
    </div>
  );
}
