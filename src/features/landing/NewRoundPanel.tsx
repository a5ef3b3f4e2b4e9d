import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { newId } from '../../domain/assessment/assessment';
import { useContent } from '../../components/content/ContentContext';
import { startNewRound, type NewRoundStart } from '../../domain/history/newRound';
import { RadioGroup } from '../../components/form/RadioGroup';
import { paths } from '../../routing/paths';
import { useAssessmentStore } from '../../state/assessmentStore';
import { useHistoryStore } from '../../state/historyStore';
import { CancelButton } from '../../components/form/CancelButton';

/**
 * Starting again after a finished round: the round is kept in the history first, then the new one
 * starts from the last answers or from blank. Nothing is deleted.
 */
export function NewRoundPanel({ onCancel }: { onCancel(): void }) {
  const { checklist } = useContent();
  const assessment = useAssessmentStore((s) => s.assessment);
  const replace = useAssessmentStore((s) => s.replace);
  const keepRound = useHistoryStore((s) => s.keepRound);
  const navigate = useNavigate();
  const [start, setStart] = useState<NewRoundStart>('last-answers');
  const [failed, setFailed] = useState<'round' | 'start' | null>(null);
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => panel.current?.focus(), []);

  const begin = () => {
    // The new round starts only once the finished one is really kept, and only if it is saved itself.
    if (keepRound(assessment, 'Round').kind !== 'saved') {
      setFailed('round');
      return;
    }
    if (replace(startNewRound(assessment, start, newId(), new Date())).kind !== 'saved') {
      setFailed('start');
      return;
    }
    if (assessment.plan.length > 0) navigate(paths.review.href());
    else
      navigate(
        start === 'blank' ? paths.section.href(checklist.sections[0]!.id) : paths.check.href(),
      );
  };

  return (
    <div
      className="notice"
      role="region"
      aria-labelledby="new-round-title"
      tabIndex={-1}
      ref={panel}
    >
      <h2 id="new-round-title">Start a new round</h2>
      <p>
        Your finished round is kept in your history on this device, so you can see what moved.
        {assessment.plan.length > 0 && ' Then you can review what you committed to last time.'}
      </p>
      <RadioGroup
        id="new-round-start"
        legend="How do you want to start?"
        options={[
          {
            id: 'new-round-last',
            label: 'From my last answers, changing those that have moved',
            input: {
              name: 'new-round-start',
              checked: start === 'last-answers',
              onChange: () => setStart('last-answers'),
            },
          },
          {
            id: 'new-round-blank',
            label: 'From blank, answering every question afresh',
            input: {
              name: 'new-round-start',
              checked: start === 'blank',
              onChange: () => setStart('blank'),
            },
          },
        ]}
      />
      {failed && (
        <p className="field-error" role="alert">
          {failed === 'round'
            ? 'Your finished round could not be kept, so nothing has changed.'
            : 'Your finished round is kept in your history, but the new round could not be started: your answers are as they were.'}{' '}
          See the message at the top of the page.
        </p>
      )}
      <div className="button-group">
        <button type="button" className="button" onClick={begin}>
          Start the new round
        </button>
        <CancelButton onCancel={onCancel} />
      </div>
    </div>
  );
}
