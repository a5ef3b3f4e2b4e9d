import { useRef, useState } from 'react';
import { CameraScan } from '../../components/scan/CameraScan';
import { sourceFromCode } from '../../domain/sector/collect';
import { useSectorStore } from '../../state/sectorStore';
import { useContent } from '../../components/content/ContentContext';

interface Scanned {
  id: number;
  added: boolean;
  text: string;
}

/**
 * The group results' QR code, as the facilitator shows it at the end of a workshop, read by this
 * device's camera. Each code goes through the same check as a pasted one, and gets the same message.
 */
export function ScanGroupResults() {
  const { checklist, scale } = useContent();
  const add = useSectorStore((s) => s.add);
  const [scanned, setScanned] = useState<Scanned[]>([]);
  const nextId = useRef(0);

  const receive = (text: string) => {
    const read = sourceFromCode(text, checklist, scale, new Date());
    const result = read.ok ? add(read.value) : read;
    const id = nextId.current++;
    const item = result.ok
      ? {
          added: true,
          text: `The QR code: added as “${result.value.label}”, a group of ${result.value.figures.participants}.`,
        }
      : { added: false, text: `The QR code could not be added: ${result.message}` };
    setScanned((list) => [{ id, ...item }, ...list]);
  };

  const added = scanned.filter((s) => s.added).length;
  return (
    <div className="form-group">
      <p>
        In the room, the facilitator can show the group results as a QR code. Scan it with this
        device's camera: the group is added as soon as it is read. The camera's picture stays on
        this device.
      </p>
      <CameraScan onCode={receive} onStart={() => setScanned([])}>
        <h3>Scanned so far</h3>
        <p className="scan-count">
          <strong>{added}</strong> {added === 1 ? 'group' : 'groups'} added while scanning.
        </p>
        <div role="log" aria-live="polite" aria-label="Scanned QR codes">
          <ul className="scan-list">
            {scanned.map((s) => (
              <li key={s.id} className={`scan-item ${s.added ? 'scan-added' : 'scan-problem'}`}>
                {s.added ? <strong>{s.text}</strong> : s.text}
              </li>
            ))}
          </ul>
        </div>
      </CameraScan>
    </div>
  );
}
