import type { ReactNode } from 'react';
import { downloadText } from './download';

/** A file made on this device, to save: its text, its name and its type. */
export interface FileToSave {
  text: string;
  name: string;
  type?: string;
}

interface Props {
  /** Makes the file when pressed (not before: it holds what is on the page at that moment). */
  file: () => FileToSave | Promise<FileToSave>;
  className?: string;
  children: ReactNode;
}

/** A button that saves a file made on this device; nothing leaves the browser. */
export function DownloadButton({ file, className = 'link-button', children }: Props) {
  return (
    <button
      type="button"
      className={className}
      onClick={() => void Promise.resolve(file()).then((f) => downloadText(f.text, f.name, f.type))}
    >
      {children}
    </button>
  );
}
