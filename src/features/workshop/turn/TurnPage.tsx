import { useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { paths } from '../../../components/paths';
import type { TurnTaker } from '../../../domain/workshop/participants';
import { useTurnMode } from '../../../state/turnMode';
import { useWorkshopStore } from '../../../state/workshopStore';
import { useCurrentWorkshop } from '../useCurrentWorkshop';
import { checklist } from '../workshopContent';
import { TurnDone } from './TurnDone';
import { TurnExit } from './TurnExit';
import { TurnSection } from './TurnSection';
import { WhoIsAnswering } from './WhoIsAnswering';
import type { AnswerValue } from '../../../domain/scoring/answers';

type Step = { kind: 'who' } | { kind: 'section'; index: number } | { kind: 'done' };

/**
 * One participant's private turn on the shared device. Their answers live only in this component until
 * they finish; then they are saved to the workshop and no screen shows them again, so the next person
 * can neither see nor change them.
 */
export function TurnPage() {
  const workshop = useCurrentWorkshop();
  const finishTurn = useWorkshopStore((s) => s.finishTurn);
  const [step, setStep] = useState<Step>({ kind: 'who' });
  const [who, setWho] = useState<TurnTaker | null>(null);
  const [answers, setAnswers] = useState<Record<string, AnswerValue>>({});
  const [notes, setNotes] = useState<Record<string, string>>({});

  const setTurnMode = useTurnMode((s) => s.setActive);
  const navigate = useNavigate();
  const answering = step.kind === 'section';
  // While a member answers, the site's menus are hidden (Layout), so they cannot wander off into the
  // device owner's own results; leaving the page in any way brings them back.
  useEffect(() => {
    setTurnMode(answering);
    return () => setTurnMode(false);
  }, [answering, setTurnMode]);

  const go = (next: Step) => {
    setStep(next);
    window.scrollTo?.(0, 0);
  };

  if (step.kind === 'who') {
    return (
      <>
        <Link to={paths.workshop(workshop.id)} className="back-link">
          Back to the workshop
        </Link>
        <WhoIsAnswering
          workshop={workshop}
          onStart={(taker) => {
            setWho(taker);
            setAnswers({});
            setNotes({});
            go({ kind: 'section', index: 0 });
          }}
        />
      </>
    );
  }

  if (step.kind === 'done') {
    return (
      <TurnDone
        workshop={workshop}
        onNext={() => {
          setWho(null);
          go({ kind: 'who' });
        }}
      />
    );
  }

  const last = step.index === checklist.sections.length - 1;
  return (
    <>
      <TurnExit
        onEnd={() => {
          setAnswers({});
          setNotes({});
          navigate(paths.workshop(workshop.id));
        }}
      />
      <TurnSection
        key={step.index}
        index={step.index}
        answers={answers}
        notes={notes}
        onAnswer={(id, value) => setAnswers((a) => ({ ...a, [id]: value }))}
        onNote={(id, note) => setNotes((n) => ({ ...n, [id]: note }))}
        onBack={() =>
          go(step.index === 0 ? { kind: 'who' } : { kind: 'section', index: step.index - 1 })
        }
        submitLabel={last ? 'Finish and hide my answers' : 'Continue'}
        onContinue={() => {
          if (!last) return go({ kind: 'section', index: step.index + 1 });
          const kept = Object.fromEntries(Object.entries(notes).filter(([, n]) => n.trim() !== ''));
          finishTurn(workshop.id, who ?? { name: '' }, answers, kept);
          // Forget the answers here at once: nothing on this device shows them again.
          setAnswers({});
          setNotes({});
          go({ kind: 'done' });
        }}
      />
    </>
  );
}
