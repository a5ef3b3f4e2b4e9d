import { useEffect, useRef, useState, type FormEvent } from 'react';
import {
  participantLabel,
  WORKSHOP_LIMITS,
  type Workshop,
} from '../../../domain/workshop/workshop';
import type { WorkshopParticipant } from '../../../domain/workshop/workshop';
import { SubmitButton } from '../../../components/form/SubmitButton';
import { TextField } from '../../../components/form/TextField';
import { useWorkshopStore } from '../../../state/workshopStore';
import { CancelButton } from '../../../components/form/CancelButton';

interface Props {
  workshop: Workshop;
  participant: WorkshopParticipant;
  onDone(): void;
}

/**
 * Names a participant in a named workshop: answers that arrive as codes or files come in as
 * "Participant n", and the facilitator knows who they are. Never offered in an anonymous workshop.
 */
export function NameParticipantForm({ workshop, participant, onDone }: Props) {
  const rename = useWorkshopStore((s) => s.renameParticipant);
  const [name, setName] = useState(participant.name);
  const ref = useRef<HTMLFormElement>(null);
  useEffect(() => ref.current?.querySelector('input')?.focus(), []);
  const label = participantLabel(workshop, participant);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    rename(workshop.id, participant.number, name);
    onDone();
  };
  return (
    <form className="notice" ref={ref} onSubmit={submit} noValidate aria-label={`Name ${label}`}>
      <TextField
        id="participant-name"
        label={`Name for ${label}`}
        hint="Shown on this device's group pages, prints and exports. Leave empty to show the number."
        maxLength={WORKSHOP_LIMITS.name}
        value={name}
        onChange={(e) => setName(e.target.value)}
      />
      <SubmitButton label="Save the name">
        <CancelButton onCancel={onDone} />
      </SubmitButton>
    </form>
  );
}
