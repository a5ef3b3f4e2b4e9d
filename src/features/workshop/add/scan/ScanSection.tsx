import { useRef, useState } from 'react';
import { CameraScan } from '../../../../components/scan/CameraScan';
import type { OnDuplicate } from '../../../../domain/workshop/participants';
import { ArrivalList, type ListedArrival } from './ArrivalList';
import { addScanned, receiveScan } from './receiveScan';
import { useContent } from '../../../../components/content/ContentContext';

/** Members' QR codes read by this device's camera, each added to the workshop as it arrives. */
export function ScanSection({ workshopId }: { workshopId: string }) {
  const content = useContent();
  const [arrivals, setArrivals] = useState<ListedArrival[]>([]);
  const nextId = useRef(0);

  const receive = (text: string) => {
    const arrival = receiveScan(workshopId, text, content);
    const id = nextId.current++;
    setArrivals((list) => [{ id, ...arrival }, ...list]);
  };

  const choose = (id: number, choice: OnDuplicate) =>
    setArrivals((list) =>
      list.map((a) =>
        a.id === id && a.kind === 'duplicate'
          ? { id, ...addScanned(workshopId, a.response, choice) }
          : a,
      ),
    );

  return (
    <section aria-labelledby="scan-heading">
      <h2 id="scan-heading">Scan QR codes</h2>
      <p>
        In the room, each member shows the QR code on their “Share your answers with a workshop”
        page. Scan them one after another: each is added as it is read. The camera's picture stays
        on this device.
      </p>
      {/* The list is of this time the camera is on: it starts again with the camera. */}
      <CameraScan onCode={receive} onStart={() => setArrivals([])}>
        <ArrivalList arrivals={arrivals} onChoose={choose} />
      </CameraScan>
    </section>
  );
}
