import { useState } from 'react';
import type { CsvKind } from '../../../domain/workshop/csv';
import type { Workshop } from '../../../domain/workshop/workshop';
import { downloadCsv } from '../shared/exports';
import { useContent } from '../../../components/content/ContentContext';

const FILES: { kind: CsvKind; label: string }[] = [
  { kind: 'participants', label: 'Download the scores, one row per participant (CSV)' },
  { kind: 'responses', label: 'Download every answer, one row each (CSV)' },
  { kind: 'plan', label: 'Download the group action plan (CSV)' },
];

/** The workshop's spreadsheets. Each starts with the workshop's title and date (docs/formats.md). */
export function SpreadsheetDownloads({ workshop }: { workshop: Workshop }) {
  const content = useContent();
  const [failed, setFailed] = useState(false);
  const download = (kind: CsvKind) => {
    setFailed(false);
    downloadCsv(workshop, content, kind).catch(() => setFailed(true));
  };
  return (
    <>
      <ul className="plain-list link-list" aria-label="Spreadsheets">
        {FILES.filter((f) => f.kind !== 'plan' || workshop.plan.length > 0).map((f) => (
          <li key={f.kind}>
            <button type="button" className="link-button" onClick={() => download(f.kind)}>
              {f.label}
            </button>
          </li>
        ))}
      </ul>
      {failed && (
        <p className="notice error" role="alert">
          The spreadsheet could not be made: this page could not load the part of the app that
          writes it. Reload the page and try again; nothing has changed.
        </p>
      )}
    </>
  );
}
