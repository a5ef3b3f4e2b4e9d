import { useState, type DragEvent } from 'react';
import { readResponseFiles, type ReadItem } from './readResponses';
import { useContent } from '../../../components/content/ContentContext';

/** A file picker for many files, inside an area that also takes files dragged onto it. */
export function FileDrop({
  onItems,
  anonymous,
}: {
  onItems(items: ReadItem[]): void;
  /** Files are then named "file 1", "file 2"…, never by their names. */
  anonymous: boolean;
}) {
  const content = useContent();
  const [over, setOver] = useState(false);
  const [reading, setReading] = useState(false);

  const read = async (files: FileList | null) => {
    if (!files || files.length === 0) return;
    setReading(true);
    const items = await readResponseFiles([...files], anonymous, content);
    setReading(false);
    onItems(items);
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    void read(event.dataTransfer.files);
  };

  return (
    <div
      className={over ? 'drop-zone over' : 'drop-zone'}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <label htmlFor="response-files">Choose response files</label>
      <p className="hint" id="response-files-hint">
        You can choose several at once, or drag and drop them here. Each file can be up to 1 MB.
      </p>
      <input
        type="file"
        id="response-files"
        multiple
        accept=".json,application/json"
        aria-describedby="response-files-hint"
        onChange={(event) => {
          const files = event.target.files;
          void read(files).then(() => {
            event.target.value = '';
          });
        }}
      />
      {reading && <p role="status">Reading the files…</p>}
    </div>
  );
}
