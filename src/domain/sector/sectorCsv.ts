import type { Checklist, Scale } from '../content/types';
import type { CsvCell } from '../csv/csvText';
import type { Distribution } from './quantiles';
import type { SectorView } from './sectorView';

/** Scores to one decimal place: enough to check by hand, no false precision. */
const figure = (n: number | null) => (n === null ? '' : Math.round(n * 10) / 10);
const spread = (d: Distribution) => [d.median, d.min, d.max, d.q1, d.q3].map(figure);

/**
 * The sector's figures, one row per action then one per section: pooled answers and the spread of the
 * groups' scores. No row is a group's, and nothing carries a label, so no league table can be made.
 */
export function sectorRows(view: SectorView, checklist: Checklist, scale: Scale): CsvCell[][] {
  const { figures } = view;
  const header = [
    'Groups',
    'Participants',
    'From',
    'To',
    'Section',
    'Action id',
    'Action',
    ...scale.options.map((o) => `Answered "${o.label}"`),
    `Answered "${scale.notSure.label}"`,
    'Score, all participants pooled (0-100)',
    'Median group (0-100)',
    'Lowest group',
    'Highest group',
    'Lower quarter of groups below',
    'Upper quarter of groups above',
  ];
  const lead = [figures.groups, figures.participants, figures.from, figures.to];
  const lines: CsvCell[][] = [header];
  for (const section of checklist.sections) {
    for (const action of section.actions) {
      const a = view.actions.find((x) => x.actionId === action.id)!;
      lines.push([
        ...lead,
        section.title,
        action.id,
        action.text,
        ...a.counts,
        a.notSure,
        figure(a.score),
        ...spread(a.groups),
      ]);
    }
  }
  for (const section of checklist.sections) {
    const s = view.sections.find((x) => x.sectionId === section.id)!;
    const blanks = scale.options.map(() => '');
    lines.push([
      ...lead,
      section.title,
      '',
      'Whole section',
      ...blanks,
      '',
      figure(s.score),
      ...spread(s.groups),
    ]);
  }
  return lines;
}

export const SECTOR_CSV_NAME = 'key-actions-sector-picture.csv';
