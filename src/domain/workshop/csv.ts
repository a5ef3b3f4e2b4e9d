import type { Checklist, Scale } from '../content/types';
import { answerLabel } from '../answerLabel';
import { scoreAssessment } from '../scoring/score';
import type { CsvCell } from '../csv/csvText';
import { participantLabel, respondents, type Workshop } from './workshop';
import { slug } from '../response/slug';

/**
 * The workshop's three spreadsheets (docs/formats.md, "CSV files"), as rows: the writer in
 * ../csv/csvText.ts makes them text. Each starts with the workshop's title and date, so rows pasted
 * together from several workshops still say where they came from. Participants are labelled exactly as
 * on screen, so an anonymous workshop's files have no names in them.
 */
type Rows = CsvCell[][];

const workshopCells = (w: Workshop): CsvCell[] => [w.title, w.date ?? ''];

export const CSV_HEADER = [
  'Workshop',
  'Date',
  'Participant',
  'Section',
  'Action id',
  'Action',
  'Value',
  'Answer',
  'Note',
] as const;

/** Every answer: one row per participant and action, in participant then leaflet order. */
export function responsesRows(workshop: Workshop, checklist: Checklist, scale: Scale): Rows {
  const rows: Rows = [[...CSV_HEADER]];
  for (const p of respondents(workshop)) {
    const label = participantLabel(workshop, p);
    for (const section of checklist.sections) {
      for (const action of section.actions) {
        const answer = p.response.answers[action.id];
        rows.push([
          ...workshopCells(workshop),
          label,
          section.title,
          action.id,
          action.text,
          typeof answer === 'number' ? answer : '',
          answerLabel(scale, answer),
          p.response.notes[action.id] ?? '',
        ]);
      }
    }
  }
  return rows;
}

/** Scores as on screen: whole numbers 0–100; empty where there is none ("Not sure", unanswered). */
const scoreCell = (score: number | null): CsvCell => (score === null ? '' : Math.round(score));

/**
 * One row per participant: each action's answer and score (leaflet order), then each section's score
 * and the overall score, all from the scoring functions that draw the results pages.
 */
export function participantsRows(workshop: Workshop, checklist: Checklist, scale: Scale): Rows {
  const actions = checklist.sections.flatMap((s) => s.actions);
  const header = [
    'Workshop',
    'Date',
    'Participant',
    ...actions.flatMap((a) => [`${a.text}: answer`, `${a.text}: score (0–100)`]),
    ...checklist.sections.map((s) => `${s.title}: score (0–100)`),
    'Overall score (0–100)',
  ];
  const rows: Rows = [header];
  for (const p of respondents(workshop)) {
    const result = scoreAssessment(checklist, scale, p.response.answers);
    rows.push([
      ...workshopCells(workshop),
      participantLabel(workshop, p),
      ...result.actions.flatMap((a) => [
        answerLabel(scale, p.response.answers[a.actionId]),
        scoreCell(a.score),
      ]),
      ...result.sections.map((s) => scoreCell(s.score)),
      scoreCell(result.overall),
    ]);
  }
  return rows;
}

/** The group action plan: one row per agreed action, in the plan's order. */
export function planRows(workshop: Workshop, checklist: Checklist): Rows {
  const header = ['Workshop', 'Date', 'Section', 'Action id', 'Action'];
  const rows: Rows = [[...header, 'What the group will do', 'Owner', 'By when', 'Measure']];
  for (const item of workshop.plan) {
    const section = checklist.sections.find((s) => s.actions.some((a) => a.id === item.actionId));
    const action = section?.actions.find((a) => a.id === item.actionId);
    rows.push([
      ...workshopCells(workshop),
      section?.title ?? '',
      item.actionId,
      action?.text ?? '',
      item.what,
      item.who,
      item.byWhen ?? '',
      item.measure,
    ]);
  }
  return rows;
}

export type CsvKind = 'responses' | 'participants' | 'plan';

export function csvFileName(workshop: Workshop, kind: CsvKind = 'responses'): string {
  const s = slug(workshop.title) || 'workshop';
  return `key-actions-${kind}-${s}.csv`;
}
