import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { PageHeading } from '../../../components/PageHeading';
import { paths } from '../../../routing/paths';
import { findDuplicates, type OnDuplicate } from '../../../domain/workshop/participants';
import { useWorkshopStore } from '../../../state/workshopStore';
import { useCurrentWorkshop } from '../shared/useCurrentWorkshop';
import { CodeInput, type CodeQueue } from './CodeInput';
import { DuplicateChoices } from './DuplicateChoices';
import { FileDrop } from './FileDrop';
import type { ReadItem, ReadyResponse } from './readResponses';
import { ScanSection } from './scan/ScanSection';
import { ImportOutcome, type Outcome } from './ImportOutcome';

type State =
  | { kind: 'choose' }
  | { kind: 'duplicates'; ready: ReadyResponse[]; duplicates: number[]; problems: ReadItem[] }
  | { kind: 'done'; outcome: Outcome };

/** Adds responses from many files and pasted codes at once; each bad one gets its own message. */
export function AddResponsesPage() {
  const workshop = useCurrentWorkshop();
  const addResponses = useWorkshopStore((s) => s.addResponses);
  const [state, setState] = useState<State>({ kind: 'choose' });
  const [codeQueue, setCodeQueue] = useState<CodeQueue>({ box: '', kept: null });
  const outcomeRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (state.kind === 'done') outcomeRef.current?.focus();
  }, [state]);

  const commit = (
    ready: ReadyResponse[],
    choices: Record<number, OnDuplicate>,
    problems: ReadItem[],
  ) => {
    const { result, ...counts } = addResponses(
      workshop.id,
      ready.map((r, i) => ({
        response: r.response,
        source: r.source,
        onDuplicate: choices[i] ?? 'keep-both',
      })),
    );
    setState({
      kind: 'done',
      outcome: { ...counts, problems, saved: result.kind === 'saved' },
    });
  };

  const receive = (items: ReadItem[]) => {
    if (items.length === 0) return;
    const ready = items.flatMap((item) =>
      item.result.ok
        ? [{ label: item.label, source: item.source, response: item.result.value }]
        : [],
    );
    const problems = items.filter((item) => !item.result.ok);
    const duplicates = findDuplicates(
      workshop,
      ready.map((r) => r.response),
    );
    if (duplicates.length === 0) commit(ready, {}, problems);
    else setState({ kind: 'duplicates', ready, duplicates, problems });
  };

  return (
    <>
      <Link to={paths.workshop.href(workshop.id)} className="back-link">
        Back to the workshop
      </Link>
      {state.kind === 'duplicates' ? (
        <DuplicateChoices
          workshop={workshop}
          ready={state.ready}
          duplicates={state.duplicates}
          problems={state.problems}
          onAdd={(choices) => commit(state.ready, choices, state.problems)}
          onCancel={() => setState({ kind: 'choose' })}
        />
      ) : (
        <>
          <PageHeading title="Add responses" caption={workshop.title} />
          {state.kind === 'done' && (
            <ImportOutcome ref={outcomeRef} outcome={state.outcome} workshopId={workshop.id} />
          )}
          <p>
            Participants who answered on their own device send you a response file or a response
            code from the page “Share your answers with a workshop”. Add as many as you have at
            once. Answers already in this workshop are never lost: if the same person's answers
            arrive again, you choose what happens.
          </p>
          <ScanSection workshopId={workshop.id} />
          <h2>Response files</h2>
          <FileDrop onItems={receive} anonymous={workshop.anonymous} />
          <h2>Response codes</h2>
          <CodeInput onItems={receive} queue={codeQueue} onQueue={setCodeQueue} />
        </>
      )}
    </>
  );
}
