import { useEffect, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { paths } from '../../../routing/paths';
import { useTurnMode } from '../../../state/turnMode';
import { useWorkshopStore } from '../../../state/workshopStore';
import { useCurrentWorkshop } from '../shared/useCurrentWorkshop';
import { useContent } from '../../../components/content/ContentContext';
import { TurnDone } from './TurnDone';
import { TurnExit } from './TurnExit';
import { TurnSection } from './TurnSection';
import { useTurnInProgress } from './turnInProgress';
import { LostTurnNotice } from './LostTurnNotice';
import { WhoIsAnswering } from './WhoIsAnswering';

type Step = { kind: 'who' } | { kind: 'section'; index: number } | { kind: 'done' };

/**
 * One participant's private turn on the shared device. Each section is its own history entry, so the
 * browser's Back and Forward move between sections; the answers are held in memory until the turn ends,
 * then saved to the workshop and forgotten, so the next person can neither see nor change them.
 */
export function TurnPage() {
  const { checklist } = useContent();
  const workshop = useCurrentWorkshop();
  const finishTurn = useWorkshopStore((s) => s.finishTurn);
  const turn = useTurnInProgress();
  const location = useLocation();
  const navigate = useNavigate();
  const [problem, setProblem] = useState<string | null>(null);

  const saved = (location.state as { turnStep?: Step } | null)?.turnStep ?? { kind: 'who' };
  // A section with no turn in progress (a reload, or Back after a finished turn) starts a new turn.
  const ours = turn.workshopId === workshop.id && turn.who !== null;
  const step: Step = saved.kind === 'section' && !ours ? { kind: 'who' } : saved;

  // While a turn is on (useTurnMode, set by the turn's start and clear), the site's menus are hidden and
  // every other page leads back here, to the section the member was on.
  const turnAt = useTurnMode((s) => s.at);
  const section = step.kind === 'section' ? step.index : null;
  useEffect(() => {
    if (section !== null) turnAt(section);
  }, [section, turnAt]);
  const endTurn = () => {
    turn.clear();
    void navigate(paths.workshop.href(workshop.id));
  };

  const go = (next: Step) => {
    setProblem(null);
    void navigate(location.pathname, { state: { turnStep: next } });
    window.scrollTo?.(0, 0);
  };

  if (step.kind === 'who') {
    return (
      <>
        {ours ? (
          <TurnExit onEnd={endTurn} />
        ) : (
          <Link to={paths.workshop.href(workshop.id)} className="back-link">
            Back to the workshop
          </Link>
        )}
        <LostTurnNotice workshopId={workshop.id} />
        <WhoIsAnswering
          workshop={workshop}
          onStart={(taker) => {
            turn.start(workshop.id, taker);
            go({ kind: 'section', index: 0 });
          }}
        />
      </>
    );
  }

  if (step.kind === 'done') {
    return <TurnDone workshop={workshop} onNext={() => go({ kind: 'who' })} />;
  }

  const last = step.index === checklist.sections.length - 1;
  return (
    <>
      <TurnExit onEnd={endTurn} />
      <TurnSection
        key={step.index}
        index={step.index}
        answers={turn.answers}
        notes={turn.notes}
        onAnswer={turn.answer}
        onNote={turn.note}
        onBack={() =>
          go(step.index === 0 ? { kind: 'who' } : { kind: 'section', index: step.index - 1 })
        }
        submitLabel={last ? 'Finish and hide my answers' : 'Continue'}
        problem={problem}
        onContinue={() => {
          if (!last) return go({ kind: 'section', index: step.index + 1 });
          const kept = Object.fromEntries(
            Object.entries(turn.notes).filter(([, n]) => n.trim() !== ''),
          );
          const result = finishTurn(workshop.id, turn.who ?? { name: '' }, turn.answers, kept);
          // Not recorded: the answers stay here, so nothing is lost, and the participant is told why.
          if (result.kind === 'refused') return setProblem(FULL);
          if (result.kind !== 'saved') return setProblem(NOT_SAVED);
          // Forget the answers here at once: nothing on this device shows them again.
          turn.clear();
          go({ kind: 'done' });
        }}
      />
    </>
  );
}

const FULL =
  'Your answers could not be added: the workshop already has the most participants it can hold. Ask the facilitator.';
const NOT_SAVED =
  'Your answers could not be saved on this device (see the message at the top of the page). They are still here: ask the facilitator before you leave this page.';
