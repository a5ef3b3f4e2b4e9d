import { useState, type FormEvent } from 'react';
import { ErrorSummary } from '../../../components/form/ErrorSummary';
import { RadioGroup } from '../../../components/form/RadioGroup';
import { TextField } from '../../../components/form/TextField';
import { PageHeading } from '../../../components/PageHeading';
import { isFull, nextNumber, type TurnTaker } from '../../../domain/workshop/participants';
import { WORKSHOP_LIMITS, type Workshop } from '../../../domain/workshop/workshop';
import { SubmitButton } from '../../../components/form/SubmitButton';

const SOMEONE_ELSE = 'someone-else';

/** The start of a turn: who is answering (or, when anonymous, the number they will be shown as). */
export function WhoIsAnswering({
  workshop,
  onStart,
}: {
  workshop: Workshop;
  onStart(who: TurnTaker): void;
}) {
  const waiting = workshop.anonymous
    ? []
    : workshop.participants.filter((p) => p.response === null);
  const [choice, setChoice] = useState<string>('');
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const full = isFull(workshop);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (workshop.anonymous) return onStart({ name: '' });
    if (waiting.length > 0 && choice === '') {
      setError(full ? 'Select your name' : 'Select your name, or "Someone not on the list"');
      setAttempt((a) => a + 1);
      return;
    }
    if (choice !== '' && choice !== SOMEONE_ELSE) return onStart({ number: Number(choice) });
    onStart({ name: name.trim() });
  };

  const privacy = (
    <div className="inset">
      <p>
        Your answers are private. As soon as you finish they are hidden: no one using this device
        afterwards can see or change them. The group sees them only together with everyone else's,
        when the facilitator reveals the results.
      </p>
    </div>
  );

  const nameField = (
    <TextField
      id="turn-name"
      label="Your name"
      optional
      autoComplete="off"
      maxLength={WORKSHOP_LIMITS.name}
      value={name}
      onChange={(e) => setName(e.target.value)}
    />
  );
  const option = (id: string, label: string, value: string) => ({
    id,
    label,
    input: {
      name: 'turn-who',
      value,
      checked: choice === value,
      onChange: () => {
        setChoice(value);
        setError(null);
      },
    },
  });

  if (full && waiting.length === 0) {
    return (
      <>
        <PageHeading title="This workshop is full" caption={workshop.title} />
        <p>
          It already has {WORKSHOP_LIMITS.participants} participants, the most a workshop can hold,
          so no one else can answer here. Ask the facilitator.
        </p>
      </>
    );
  }

  return (
    <>
      <ErrorSummary
        errors={error ? [{ fieldId: 'turn-who-0', message: error }] : []}
        attempt={attempt}
      />
      <PageHeading title="Your turn to answer" caption={workshop.title} hasError={error !== null} />
      <p>
        You will answer the leaflet's twenty questions, in four short sections. It takes about ten
        minutes.
      </p>
      {privacy}
      <form onSubmit={submit} noValidate>
        {workshop.anonymous ? (
          <p>
            You take part anonymously: the group results show you as{' '}
            <strong>Participant {nextNumber(workshop)}</strong>, and your name is not asked for.
          </p>
        ) : waiting.length > 0 ? (
          <RadioGroup
            id="turn-who"
            legend="Who is answering?"
            error={error ?? undefined}
            orBeforeLast={!full}
            options={[
              ...waiting.map((p, i) => option(`turn-who-${i}`, p.name, String(p.number))),
              // A full workshop takes no one new: only those already listed can answer.
              ...(full
                ? []
                : [option(`turn-who-${waiting.length}`, 'Someone not on the list', SOMEONE_ELSE)]),
            ]}
          >
            {choice === SOMEONE_ELSE && <div className="conditional">{nameField}</div>}
          </RadioGroup>
        ) : (
          nameField
        )}
        <SubmitButton label="Start answering" />
      </form>
    </>
  );
}
