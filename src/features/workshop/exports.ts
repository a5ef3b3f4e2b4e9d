import { downloadText } from '../../components/download';
import { csvFileName, responsesCsv } from '../../domain/workshop/csv';
import type { Workshop } from '../../domain/workshop/workshop';
import { workshopFile, workshopFileName } from '../../domain/workshop/workshopFile';
import { checklist, scale } from './workshopContent';

export function downloadCsv(workshop: Workshop) {
  downloadText(
    responsesCsv(workshop, checklist, scale),
    csvFileName(workshop),
    'text/csv;charset=utf-8',
  );
}

export function downloadWorkshopFile(workshop: Workshop) {
  downloadText(
    JSON.stringify(workshopFile(workshop, new Date()), null, 2),
    workshopFileName(workshop),
    'application/json',
  );
}
