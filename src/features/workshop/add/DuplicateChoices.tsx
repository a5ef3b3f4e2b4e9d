import { useState, type FormEvent } from 'react';
import { ErrorSummary } from '../../../components/form/ErrorSummary';
import { RadioGroup } from '../../../components/form/RadioGroup';
import { PageHeading } from '../../../components/PageHeading';
import type { OnDuplicate } from '../../../domain/workshop/participants';
import { participantLabel, type Workshop } from '../../../domain/workshop/workshop';
import { capitalise } from '../../../domain/display';
import type { ReadItem, ReadyResponse } from './readResponses';
import { SubmitButton } from '../../../components/form/SubmitButton';

interface Props {
  workshop: Workshop;
  ready: ReadyResponse[];
  duplicates: number[];
  problems: ReadItem[];
  onAdd(choices: Record<number, OnDuplicate>): void;
  onCancel(): void;
}

/** For each response already in (same response id), the facilitator chooses: replace, or keep both. */
export function DuplicateChoices({
  workshop,
  ready,
  duplicates,
  problems,
  onAdd,
  onCancel,
}: Props) {
  const [choices, setChoices] = useState<Record<number, OnDuplicate>>({});
  const [attempt, setAttempt] = useState(0);
  const [showErrors, setShowErrors] = useState(false);
  const missing = duplicates.filter((i) => !choices[i]);
  const errors = showErrors
    ? missing.map((i) => ({
        fieldId: `dup-${i}-replace`,
        message: `Select what to do with ${ready[i]!.label}`,
      }))
    : [];

  const alreadyIn = (i: number) => {
    const id = ready[i]!.response.responseId;
    const existing = workshop.participants.find((p) => p.response?.responseId === id);
    return existing
      ? `the answers already in for ${participantLabel(workshop, existing)}`
      : `${ready.find((r, j) => j < i && r.response.responseId === id)!.label}, added just now`;
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setShowErrors(true);
    setAttempt((a) => a + 1);
    if (missing.length === 0) onAdd(choices);
  };

  return (
    <>
      <ErrorSummary errors={errors} attempt={attempt} />
      <PageHeading
        title={
          duplicates.length === 1
            ? 'One response is already in'
            : `${duplicates.length} responses are already in`
        }
        caption={workshop.title}
        hasError={errors.length > 0}
      />
      <p>
        These come from the same assessment as answers this workshop already has. Choose for each
        whether it replaces those answers or is kept as well, as another participant.
      </p>
      {problems.length > 0 && (
        <p className="hint">
          {problems.length} other {problems.length === 1 ? 'response' : 'responses'} could not be
          read; you will see why after this step.
        </p>
      )}
      <form onSubmit={submit} noValidate>
        {duplicates.map((i) => (
          <RadioGroup
            key={i}
            id={`dup-${i}`}
            legend={`${capitalise(ready[i]!.label)} comes from the same assessment as ${alreadyIn(i)}`}
            error={errors.find((e) => e.fieldId === `dup-${i}-replace`)?.message}
            options={(
              [
                ['replace', 'Replace the answers already in with these'],
                ['keep-both', 'Keep both, as two participants'],
              ] as const
            ).map(([value, label]) => ({
              id: `dup-${i}-${value}`,
              label,
              input: {
                name: `dup-${i}`,
                checked: choices[i] === value,
                onChange: () => setChoices((c) => ({ ...c, [i]: value })),
              },
            }))}
          />
        ))}
        <SubmitButton label="Add the responses">
          <button type="button" className="link-button" onClick={onCancel}>
            Cancel: add nothing
          </button>
        </SubmitButton>
      </form>
    </>
  );
}
