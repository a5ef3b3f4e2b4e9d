import { useState, type FormEvent } from 'react';
import {
  participantLabel,
  type Workshop,
  type WorkshopParticipant,
} from '../../../domain/workshop/workshop';
import { useWorkshopStore } from '../../../state/workshopStore';
import { ConfirmPanel } from '../../../components/ConfirmPanel';
import { NameParticipantForm } from './NameParticipantForm';
import { ActionsHeader } from '../../../components/DataTable';

const STATUS: Record<string, string> = {
  'this-device': 'Answered on this device',
  file: 'Added from a response file',
  code: 'Added from a response code',
};

/** Who is taking part and whose answers are in. Never shows anyone's answers. */
export function ParticipantsSection({ workshop }: { workshop: Workshop }) {
  const removeParticipant = useWorkshopStore((s) => s.removeParticipant);
  const [removing, setRemoving] = useState<WorkshopParticipant | null>(null);
  const [naming, setNaming] = useState<WorkshopParticipant | null>(null);

  return (
    <>
      {workshop.participants.length === 0 ? (
        <p>No one has answered yet.</p>
      ) : (
        <table className="participants">
          <caption className="visually-hidden">
            Participants and whether their answers are in
          </caption>
          <thead>
            <tr>
              <th scope="col">Participant</th>
              <th scope="col">Answers</th>
              <ActionsHeader />
            </tr>
          </thead>
          <tbody>
            {workshop.participants.map((p) => (
              <tr key={p.number}>
                <th scope="row">{participantLabel(workshop, p)}</th>
                <td>
                  {p.response ? (
                    STATUS[p.response.source]
                  ) : (
                    <span className="tag">Still to answer</span>
                  )}
                </td>
                <td className="num">
                  {!workshop.anonymous && (
                    <>
                      <button type="button" className="link-button" onClick={() => setNaming(p)}>
                        {p.name.trim() === '' ? 'Name' : 'Rename'}{' '}
                        <span className="visually-hidden">{participantLabel(workshop, p)}</span>
                      </button>{' '}
                    </>
                  )}
                  <button type="button" className="link-button" onClick={() => setRemoving(p)}>
                    Remove <span className="visually-hidden">{participantLabel(workshop, p)}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {naming && !workshop.anonymous && (
        <NameParticipantForm
          key={naming.number}
          workshop={workshop}
          participant={naming}
          onDone={() => setNaming(null)}
        />
      )}
      {removing && (
        <ConfirmPanel
          id="remove-participant"
          title={`Remove ${participantLabel(workshop, removing)}?`}
          confirmLabel={`Yes, remove ${participantLabel(workshop, removing)}`}
          cancelLabel="No, keep them"
          onConfirm={() => {
            removeParticipant(workshop.id, removing.number);
            setRemoving(null);
          }}
          onCancel={() => setRemoving(null)}
        >
          <p>
            {removing.response
              ? 'Their answers are deleted from this workshop. You cannot undo this.'
              : 'They are taken off the list of participants.'}
          </p>
        </ConfirmPanel>
      )}
      {!workshop.anonymous && <AddNamesForm workshop={workshop} />}
    </>
  );
}

function AddNamesForm({ workshop }: { workshop: Workshop }) {
  const addNames = useWorkshopStore((s) => s.addNames);
  const [names, setNames] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    addNames(
      workshop.id,
      names.split(/\r?\n/).map((n) => n.trim()),
    );
    setNames('');
  };
  return (
    <details className="add-names">
      <summary>Add participants by name</summary>
      <form onSubmit={submit} noValidate>
        <div className="form-group">
          <label htmlFor="add-names">Names</label>
          <p className="hint" id="add-names-hint">
            One name a line. Names already on the list are not added twice.
          </p>
          <textarea
            id="add-names"
            rows={3}
            aria-describedby="add-names-hint"
            value={names}
            onChange={(e) => setNames(e.target.value)}
          />
        </div>
        <button type="submit" className="button secondary">
          Add to the list
        </button>
      </form>
    </details>
  );
}
