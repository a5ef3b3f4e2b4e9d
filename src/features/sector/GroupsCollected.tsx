import { ConfirmInRow } from '../../components/ConfirmInRow';
import { useState, type FormEvent } from 'react';
import { ScrollArea } from '../../components/ScrollArea';
import { ActionsHeader } from '../../components/DataTable';
import { TextField } from '../../components/form/TextField';
import { formatDate } from '../../domain/display';
import { SECTOR_LABEL_MAX_LENGTH } from '../../domain/sector/entries';
import { useSectorStore, type SectorEntry } from '../../state/sectorStore';

/**
 * The list of sources: the only place, with the one-group comparison, where the officer's labels are
 * shown. In the order added, never by score.
 */
export function GroupsCollected() {
  const entries = useSectorStore((s) => s.entries);
  if (entries.length === 0) return <p>No group results have been added on this device yet.</p>;
  return (
    <ScrollArea label="The groups on this device">
      <table>
        <caption>
          The {entries.length} groups' results on this device, in the order they were added
        </caption>
        <thead>
          <tr>
            <th scope="col">Label</th>
            <th scope="col" className="num">
              Participants
            </th>
            <th scope="col">Made</th>
            <ActionsHeader />
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <EntryRow key={e.id} entry={e} />
          ))}
        </tbody>
      </table>
    </ScrollArea>
  );
}

function EntryRow({ entry }: { entry: SectorEntry }) {
  const { relabel, remove } = useSectorStore();
  const [mode, setMode] = useState<'show' | 'rename' | 'remove'>('show');
  const [text, setText] = useState(entry.label);
  const [error, setError] = useState<string | null>(null);
  const id = `label-${entry.id}`;

  const save = (event: FormEvent) => {
    event.preventDefault();
    const result = relabel(entry.id, text);
    if (!result.ok) return setError(result.message);
    setError(null);
    setMode('show');
  };

  return (
    <tr>
      <th scope="row">
        {mode === 'rename' ? (
          <form onSubmit={save} noValidate className="inline-form">
            <TextField
              id={id}
              label={`New label for “${entry.label}”`}
              error={error ?? undefined}
              value={text}
              maxLength={SECTOR_LABEL_MAX_LENGTH}
              onChange={(e) => setText(e.target.value)}
            />
            <button type="submit" className="button secondary">
              Save the label
            </button>
          </form>
        ) : (
          entry.label
        )}
      </th>
      <td className="num">{entry.figures.participants}</td>
      <td>{formatDate(entry.madeAt.slice(0, 10))}</td>
      <td>
        {mode === 'remove' ? (
          <ConfirmInRow
            confirm={<>Yes, remove “{entry.label}”</>}
            onConfirm={() => remove(entry.id)}
            onKeep={() => setMode('show')}
          />
        ) : (
          <span className="row-actions">
            <button type="button" className="link-button" onClick={() => setMode('rename')}>
              Rename <span className="visually-hidden">“{entry.label}”</span>
            </button>
            <button type="button" className="link-button" onClick={() => setMode('remove')}>
              Remove <span className="visually-hidden">“{entry.label}”</span>
            </button>
          </span>
        )}
      </td>
    </tr>
  );
}
