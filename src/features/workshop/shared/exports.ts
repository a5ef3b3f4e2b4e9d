import { downloadText } from '../../../components/download';
import { csvText } from '../../../domain/csv/csvText';
import {
  csvFileName,
  participantsRows,
  planRows,
  responsesRows,
  type CsvKind,
} from '../../../domain/workshop/csv';
import type { Workshop } from '../../../domain/workshop/workshop';
import { workshopFile, workshopFileName } from '../../../domain/workshop/workshopFile';
import type { Checklist, Scale } from '../../../domain/content/types';

type Content = { checklist: Checklist; scale: Scale };

const rowsOf: Record<CsvKind, (w: Workshop, c: Content) => (string | number)[][]> = {
  responses: (w, c) => responsesRows(w, c.checklist, c.scale),
  participants: (w, c) => participantsRows(w, c.checklist, c.scale),
  plan: (w, c) => planRows(w, c.checklist),
};

/**
 * Makes and downloads one of the workshop's spreadsheets. The CSV writer is loaded on the first
 * download; if it cannot be (an old tab after an update, say), the promise rejects and the caller
 * says so.
 */
export async function downloadCsv(
  workshop: Workshop,
  content: Content,
  kind: CsvKind = 'responses',
) {
  const text = await csvText(rowsOf[kind](workshop, content));
  downloadText(text, csvFileName(workshop, kind), 'text/csv;charset=utf-8');
}

export function downloadWorkshopFile(workshop: Workshop) {
  downloadText(
    JSON.stringify(workshopFile(workshop, new Date()), null, 2),
    workshopFileName(workshop),
    'application/json',
  );
}
